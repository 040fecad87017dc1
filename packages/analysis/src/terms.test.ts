import { describe, expect, it } from 'vitest'
import { analyze } from './pipeline'

describe('terms', () => {
  it('groups French words by stem, drops stopwords and shows the most frequent accented form', () => {
    const a = analyze("Les militaires et l'armée. Une coopération militaire, des coopérations militaires et la Coopération.", { lang: 'fr' })
    expect(a.terms.slice(0, 3)).toEqual([
      { term: 'militair', display: 'militaires', count: 3, relativeFrequency: 0.428571 },
      { term: 'cooper', display: 'coopération', count: 3, relativeFrequency: 0.428571 },
      { term: 'armé', display: 'armée', count: 1, relativeFrequency: 0.142857 },
    ])
    expect(a.terms.map((t) => t.display)).not.toContain('les')
  })

  it('counts a sentence-initial capital as the lower-case form', () => {
    const a = analyze('Cette guerre. La guerre continue. Guerre.', { lang: 'fr' })
    expect(a.terms[0]).toMatchObject({ display: 'guerre', count: 3 })
  })

  it('groups English words with the Porter stemmer and drops contractions', () => {
    const a = analyze("Markets rallied. The market's rally didn't last as markets fell.", { lang: 'en' })
    expect(a.terms.slice(0, 2)).toEqual([
      { term: 'market', display: 'markets', count: 3, relativeFrequency: 0.5 },
      { term: 'ralli', display: 'rallied', count: 2, relativeFrequency: 0.333333 },
    ])
    expect(a.terms.map((t) => t.display)).not.toContain("n't")
  })

  it('reports word, type and token counts', () => {
    const a = analyze('La Syrie et la Russie, la Syrie.', { lang: 'fr' })
    expect(a.stats).toEqual({ tokens: 9, words: 7, types: 2, sentences: 1, paragraphs: 1 })
  })
})
