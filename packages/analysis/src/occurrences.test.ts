import { describe, expect, it } from 'vitest'
import { findTermOccurrences } from './occurrences'

const text = 'Les relations Damas-Moscou. La Coopération militaire et les coopérations. Bachar al-Assad et M. Assad. Les bases militaires.'
const found = (term: string) => findTermOccurrences(text, term, { lang: 'fr' }).map((s) => text.slice(s.start, s.end))

describe('findTermOccurrences', () => {
  it('finds a term key (stem) and its display form, case and accent tolerant', () => {
    expect(found('cooper')).toEqual(['Coopération', 'coopérations'])
    expect(found('coopération')).toEqual(['Coopération', 'coopérations'])
    expect(found('COOPERATION')).toEqual(['Coopération', 'coopérations'])
  })

  it('finds phrases and entity names word by word', () => {
    expect(found('coopération militaire')).toEqual(['Coopération militaire'])
    expect(found('bases militaires')).toEqual(['bases militaires'])
    expect(found('Bachar al-Assad')).toEqual(['Bachar al-Assad'])
    expect(found('Damas-Moscou')).toEqual(['Damas-Moscou'])
  })

  it('finds a name inside a hyphenated name', () => {
    expect(found('Assad')).toEqual(['Assad', 'Assad'])
    expect(findTermOccurrences(text, 'Assad', { lang: 'fr' })[0]).toEqual({ start: text.indexOf('Assad'), end: text.indexOf('Assad') + 5 })
  })

  it('finds English words by stem and gives offsets into the original text', () => {
    const english = 'Markets’ rally: the market rallied.'
    expect(findTermOccurrences(english, 'markets', { lang: 'en' })).toEqual([{ start: 0, end: 7 }, { start: 20, end: 26 }])
  })

  it('returns nothing for an empty term or text', () => {
    expect(findTermOccurrences(text, '  ')).toEqual([])
    expect(findTermOccurrences('', 'guerre')).toEqual([])
  })
})
