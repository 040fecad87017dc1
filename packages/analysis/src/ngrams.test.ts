import { describe, expect, it } from 'vitest'
import { analyze } from './pipeline'

describe('ngrams', () => {
  it('keeps French noun phrases and never pairs stopwords', () => {
    const a = analyze('La coopération militaire progresse. Les bases militaires et la base militaire du pays. La coopération militaire reste.', { lang: 'fr' })
    expect(a.ngrams.slice(0, 2)).toEqual([
      { text: 'coopération militaire', n: 2, count: 2 },
      { text: 'bases militaires', n: 2, count: 2 },
    ])
    expect(a.ngrams.some((g) => /^(la|les|et|du) | (la|les|et|du)$/.test(g.text))).toBe(false)
  })

  it('allows a linking word inside a trigram that occurs twice', () => {
    const a = analyze("Le chef d'état-major parle. Le chef d'état-major répond. La Banque d'Angleterre.", { lang: 'fr' })
    expect(a.ngrams).toContainEqual({ text: "chef d'état-major", n: 3, count: 2 })
  })

  it('does not run a lower-case word into a name', () => {
    const a = analyze('Le président russe Vladimir Poutine a parlé.', { lang: 'fr' })
    expect(a.ngrams.map((g) => g.text)).toEqual(['président russe', 'Vladimir Poutine'])
  })

  it('finds English phrases, with a linking word, but not across sentences', () => {
    const a = analyze("Banks raised interest rates. Then interest rates fell. The Bank of England's officials met. Bank of England staff.", { lang: 'en' })
    expect(a.ngrams.slice(0, 3)).toEqual([
      { text: 'interest rates', n: 2, count: 2 },
      { text: 'Bank of England', n: 3, count: 2 },
      { text: 'Banks raised', n: 2, count: 1 },
    ])
    expect(a.ngrams.map((g) => g.text)).not.toContain('rates Then')
  })
})
