import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstInOrder } from './first-in-order'

const byCountThenTerm = (a: { term: string; count: number }, b: { term: string; count: number }): number => b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)

describe('firstInOrder', () => {
  it('keeps the most counted terms, ties in alphabetical order', () => {
    const terms = [
      { term: 'paix', count: 2 },
      { term: 'armée', count: 5 },
      { term: 'guerre', count: 5 },
      { term: 'aide', count: 2 },
      { term: 'base', count: 1 },
    ]
    expect(firstInOrder(terms, 3, byCountThenTerm).map((t) => t.term)).toEqual(['armée', 'guerre', 'aide'])
  })

  it('gives the head of a full sort for any items and limit', () => {
    const item = fc.record({ term: fc.string({ maxLength: 3 }), count: fc.integer({ min: 0, max: 4 }) })
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (t) => t.term, maxLength: 60 }), fc.integer({ min: 1, max: 25 }), (items, limit) => {
        const sorted = [...items].sort(byCountThenTerm).slice(0, limit)
        expect(firstInOrder([...items], limit, byCountThenTerm)).toEqual(sorted)
      }),
    )
  })
})
