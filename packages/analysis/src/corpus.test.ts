import { describe, expect, it } from 'vitest'
import { documentFrequencies, keyness, sumTermCounts, tfidf } from './corpus'
import { analyze } from './pipeline'

const docs = [
  analyze('La guerre en Syrie. La guerre continue.', { lang: 'fr' }),
  analyze('Le match de football. Le football gagne.', { lang: 'fr' }),
  analyze('La guerre et le football.', { lang: 'fr' }),
]

describe('corpus helpers', () => {
  it('counts document frequencies by term key', () => {
    const df = documentFrequencies(docs)
    expect(df.documents).toBe(3)
    expect(df.df.get('guerr')).toBe(2)
    expect(df.df.get('football')).toBe(2)
    expect(df.df.get('syr')).toBe(1)
  })

  it('ranks a document’s terms by smoothed TF-IDF', () => {
    const ranked = tfidf(docs[0]!, documentFrequencies(docs))
    expect(ranked.map((t) => [t.display, t.tfidf])).toEqual([
      ['guerre', 0.6438],
      ['continue', 0.4233],
      ['Syrie', 0.4233],
    ])
  })

  it('finds the terms a group over-uses against a reference, with log-likelihood and log-ratio', () => {
    const target = sumTermCounts([docs[0]!])
    const reference = sumTermCounts([docs[1]!, docs[2]!])
    const key = keyness(target, reference)
    expect(key.map((k) => k.display)).toEqual(['continue', 'Syrie', 'guerre', 'gagne', 'match', 'football'])
    expect(key[2]).toEqual({ term: 'guerr', display: 'guerre', targetCount: 2, referenceCount: 1, ll: 0.8677, logRatio: 1.585 })
    expect(key.at(-1)).toMatchObject({ display: 'football', targetCount: 0, referenceCount: 3 })
    expect(key.at(-1)!.ll).toBeLessThan(0)
  })
})
