import { describe, expect, it } from 'vitest'
import { analyze } from './pipeline'

describe('sentiment (French)', () => {
  it('scores news words from the news lexicon and names them', () => {
    const a = analyze('Un pays dévasté par des années de conflit.', { lang: 'fr' })
    expect(a.sentiment.label).toBe('negative')
    expect(a.sentiment.negative.map((w) => w.term)).toEqual(['dévasté', 'conflit'])
    expect(a.sentences[0]!.sentiment).toBe(-0.793)
  })

  it('flips a word after ne ... pas and scales it after très', () => {
    const negated = analyze("Ce n'est pas bon.", { lang: 'fr' })
    expect(negated.sentiment.negative).toEqual([{ term: 'bon', weight: -0.56 }])
    const intensified = analyze("C'est très grave.", { lang: 'fr' })
    expect(intensified.sentiment.negative).toEqual([{ term: 'grave', weight: -0.75 }])
  })

  it('handles sans and jamais as negators', () => {
    const a = analyze('Une réussite sans succès. Jamais de paix.', { lang: 'fr' })
    expect(a.sentences.map((s) => s.sentiment)).toEqual([0.139, -0.433])
  })

  it('reads stabilité and renforcer as positive', () => {
    const a = analyze('Renforcer la stabilité de la région.', { lang: 'fr' })
    expect(a.sentiment).toMatchObject({ label: 'positive', score: 0.444 })
  })
})

describe('sentiment (English)', () => {
  it('uses AFINN with negation', () => {
    const a = analyze('This is not a good result. The talks were a great success.', { lang: 'en' })
    expect(a.sentences.map((s) => s.sentiment)).toEqual([-0.433, 0.793])
    expect(a.sentiment.positive.map((w) => w.term)).toEqual(['success', 'great'])
  })

  it('keeps every score in [-1, 1]', () => {
    const a = analyze('Terrible horrible catastrophic disaster war death killing massacre. '.repeat(20), { lang: 'en' })
    expect(a.sentiment.score).toBeGreaterThanOrEqual(-1)
    expect(a.sentiment.score).toBeLessThan(-0.9)
    for (const s of a.sentences) expect(Math.abs(s.sentiment)).toBeLessThanOrEqual(1)
  })

  it('leaves text in an unknown language neutral', () => {
    expect(analyze('Krieg und Frieden', { lang: 'und' }).sentiment).toEqual({ score: 0, label: 'neutral', positive: [], negative: [] })
  })
})
