import { describe, expect, it } from 'vitest'
import { parseDate } from './dates'

describe('parseDate', () => {
  it('keeps an ISO calendar date as it is', () => {
    expect(parseDate('2026-11-29')).toBe('2026-11-29')
  })

  it('turns an ISO date-time with an offset into UTC', () => {
    expect(parseDate('2026-11-29T23:30:00-05:00')).toBe('2026-11-30T04:30:00Z')
    expect(parseDate('2026-11-29T08:00:00Z')).toBe('2026-11-29T08:00:00Z')
    expect(parseDate('2026-11-29 08:00')).toBe('2026-11-29T08:00:00Z')
  })

  it('reads French dates with or without accents, weekday, "le" and "1er"', () => {
    expect(parseDate('29 novembre 2026')).toBe('2026-11-29')
    expect(parseDate('dimanche 29 novembre 2026')).toBe('2026-11-29')
    expect(parseDate('le 1er décembre 2026')).toBe('2026-12-01')
    expect(parseDate('3 aout 2025')).toBe('2025-08-03')
    expect(parseDate('3 Août 2025 à 14h30')).toBe('2025-08-03')
    expect(parseDate('12 févr. 2024')).toBe('2024-02-12')
  })

  it('reads English dates in both orders', () => {
    expect(parseDate('November 29, 2026')).toBe('2026-11-29')
    expect(parseDate('Nov. 29, 2026')).toBe('2026-11-29')
    expect(parseDate('Sunday, November 29th, 2026')).toBe('2026-11-29')
    expect(parseDate('29 November 2026')).toBe('2026-11-29')
    expect(parseDate('November 29, 2026 at 8:15 pm')).toBe('2026-11-29')
  })

  it('reads RFC 2822 dates and converts their zone to UTC', () => {
    expect(parseDate('Sun, 29 Nov 2026 08:00:00 +0000')).toBe('2026-11-29T08:00:00Z')
    expect(parseDate('29 Nov 2026 22:15 -0300')).toBe('2026-11-30T01:15:00Z')
    expect(parseDate('Sun, 29 Nov 2026 08:00:00 GMT')).toBe('2026-11-29T08:00:00Z')
  })

  it('reads numeric dates only when day and month cannot be confused', () => {
    expect(parseDate('29/11/2026')).toBe('2026-11-29')
    expect(parseDate('11/29/2026')).toBe('2026-11-29')
    expect(parseDate('2026/11/29')).toBe('2026-11-29')
    expect(() => parseDate('05/11/2026')).toThrow(/ambiguous date "05\/11\/2026"/)
  })

  it('refuses impossible days and months', () => {
    expect(() => parseDate('2026-02-30')).toThrow(/impossible date "2026-02-30"/)
    expect(() => parseDate('31 avril 2026')).toThrow(/impossible date/)
    expect(parseDate('29 février 2024')).toBe('2024-02-29')
    expect(() => parseDate('29 février 2026')).toThrow(/impossible date/)
    expect(() => parseDate('2026-11-29T25:00:00Z')).toThrow(/impossible time/)
  })

  it('refuses an RFC 2822 date whose weekday contradicts it', () => {
    expect(() => parseDate('Mon, 29 Nov 2026 08:00:00 +0000')).toThrow(/says Mon but 2026-11-29 is a Sunday/)
  })

  it('refuses what it cannot read and says which forms it accepts', () => {
    expect(() => parseDate('yesterday')).toThrow(/unreadable date "yesterday": use ISO 8601/)
    expect(() => parseDate('29 brumaire 2026')).toThrow(/unknown month "brumaire"/)
    expect(() => parseDate('   ')).toThrow(/empty date/)
    expect(() => parseDate('1732867200')).toThrow(/unreadable date/)
  })
})
