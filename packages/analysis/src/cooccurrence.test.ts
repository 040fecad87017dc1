import { describe, expect, it } from 'vitest'
import { association } from './cooccurrence'
import { analyze } from './pipeline'

describe('association measures', () => {
  it('computes PMI, NPMI, log-likelihood and logDice from a 2x2 table', () => {
    expect(association(3, 3, 3, 4)).toEqual({ pmi: 0.415, npmi: 1, ll: 4.499, logDice: 14 })
    expect(association(1, 2, 2, 10)).toEqual({ pmi: 1.322, npmi: 0.398, ll: 1.207, logDice: 13 })
  })
})

describe('co-occurrence', () => {
  it('counts French terms by sentence and by window, with the window size and minimum count options', () => {
    const a = analyze('La Syrie et la Russie. La Syrie, la Russie et Moscou. La Russie et la Syrie signent. Moscou rit.', {
      lang: 'fr',
      entities: false,
      cooccurrence: { window: 3, minCount: 2 },
    })
    expect(a.cooccurrences).toEqual([
      { a: 'Syrie', b: 'Russie', kind: 'term', scope: 'sentence', count: 3, pmi: 0.415, npmi: 1, ll: 4.499, logDice: 14 },
      { a: 'Syrie', b: 'Russie', kind: 'term', scope: 'window', count: 3, pmi: 0.585, npmi: 0.337, ll: 1.726, logDice: 13.415 },
      { a: 'Syrie', b: 'signent', kind: 'term', scope: 'window', count: 2, pmi: 0.737, npmi: 0.317, ll: 1.265, logDice: 13.193 },
      { a: 'Russie', b: 'Moscou', kind: 'term', scope: 'window', count: 2, pmi: 0, npmi: 0, ll: 0, logDice: 12.83 },
    ])
  })

  it('keeps only the top-k pairs per scope', () => {
    const a = analyze('Markets, banks and investors rallied. Banks and investors and markets fell. Investors, markets, banks.', {
      lang: 'en',
      entities: false,
      cooccurrence: { topK: 1, minCount: 1 },
    })
    expect(a.cooccurrences.map((c) => [c.scope, c.a, c.b, c.count])).toEqual([
      ['sentence', 'banks', 'investors', 3],
      ['window', 'banks', 'investors', 4],
    ])
  })

  it('never crosses a sentence with a window', () => {
    const a = analyze('Alpha beta. Gamma delta. Alpha beta. Gamma delta.', { lang: 'en', entities: false, cooccurrence: { window: 10 } })
    expect(a.cooccurrences.filter((c) => c.scope === 'window').map((c) => [c.a, c.b].sort().join('+'))).toEqual(['Alpha+beta', 'Gamma+delta'])
  })
})
