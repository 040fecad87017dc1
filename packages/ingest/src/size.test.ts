import { describe, expect, it } from 'vitest'
import { checkTextSize, formatSize, parseSize } from './size'

describe('sizes', () => {
  it('parses sizes with binary units, case and spaces aside', () => {
    expect(parseSize('5MB')).toBe(5 * 1024 * 1024)
    expect(parseSize('512 kB')).toBe(512 * 1024)
    expect(parseSize('1.5m')).toBe(1572864)
    expect(parseSize('1048576')).toBe(1048576)
  })

  it('refuses what is not a size', () => {
    expect(() => parseSize('five megs')).toThrow('"five megs" is not a size: write e.g. 5MB, 500kB or 1048576')
    expect(() => parseSize('0')).toThrow('"0" is not a positive size')
  })

  it('formats sizes the way the messages print them', () => {
    expect([formatSize(900), formatSize(3000), formatSize(5 * 1024 * 1024), formatSize(7.25 * 1024 * 1024)]).toEqual([
      '900 bytes',
      '2.9 kB',
      '5 MB',
      '7.3 MB',
    ])
  })

  it('counts the limit in UTF-8 bytes, not characters', () => {
    expect(() => checkTextSize('é'.repeat(600), 1024)).toThrow('1.2 kB of text, over the 1 kB limit')
    expect(() => checkTextSize('e'.repeat(1024), 1024)).not.toThrow()
  })
})
