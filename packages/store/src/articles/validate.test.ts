import { describe, expect, it } from 'vitest'
import { contentHash, normaliseForHash } from './normalise'
import { prepareArticle, validatePublishedAt } from './validate'

describe('content hash', () => {
  it('ignores Unicode form, spacing and surrounding blanks', () => {
    expect(normaliseForHash('  Cafe\u0301\n\t à   Damas ')).toBe('Café à Damas')
    expect(contentHash('Café à Damas')).toBe(contentHash(' Cafe\u0301  à\nDamas'))
  })

  it('tells different texts apart, including case', () => {
    expect(contentHash('Damas')).not.toBe(contentHash('damas'))
  })
})

describe('validatePublishedAt', () => {
  it('accepts ISO dates and date-times, normalising the separator', () => {
    expect(validatePublishedAt('2026-11-29')).toBe('2026-11-29')
    expect(validatePublishedAt('2026-11-29 08:15')).toBe('2026-11-29T08:15')
    expect(validatePublishedAt('2026-11-29T08:15:00.123+01:00')).toBe('2026-11-29T08:15:00.123+01:00')
    expect(validatePublishedAt('')).toBeNull()
    expect(validatePublishedAt(null)).toBeNull()
  })

  it('rejects other formats and impossible dates with a message naming the value', () => {
    expect(() => validatePublishedAt('29 novembre 2026')).toThrow(/"29 novembre 2026" is not an ISO 8601 date/)
    expect(() => validatePublishedAt('2026-13-01')).toThrow(/not a calendar date/)
    expect(() => validatePublishedAt('2026-11-29T25:00')).toThrow(/impossible time/)
    expect(() => validatePublishedAt(20261129)).toThrow(/ISO 8601 date string/)
  })
})

describe('prepareArticle', () => {
  it('cuts a title taken from a long first line at a word', () => {
    const prepared = prepareArticle({ text: `${'mot '.repeat(80)}\nsuite` })
    expect(prepared.title.length).toBeLessThanOrEqual(201)
    expect(prepared.title.endsWith('mot…')).toBe(true)
    expect(prepared.publishedDay).toBeNull()
  })

  it('keeps the day of a date-time for bucketing', () => {
    expect(prepareArticle({ text: 'x', publishedAt: '2026-11-29T23:30:00-05:00' }).publishedDay).toBe('2026-11-29')
  })
})
