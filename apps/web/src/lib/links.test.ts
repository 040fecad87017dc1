import { describe, expect, it } from 'vitest'
import { safeHttpUrl, termHref } from './links'

describe('safeHttpUrl', () => {
  it('links http and https addresses only', () => {
    expect(safeHttpUrl('https://example.org/a b')).toBe('https://example.org/a%20b')
    expect(safeHttpUrl(' http://example.org ')).toBe('http://example.org/')
    expect(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', '/relative', 'ftp://x.org/f', '', null].map(safeHttpUrl)).toEqual([null, null, null, null, null, null, null])
  })
})

describe('termHref', () => {
  it('encodes a term so that any text is one path segment', () => {
    expect(termHref('Bachar al-Assad')).toBe('/terms/Bachar%20al-Assad')
    expect(termHref('a/b?c#d')).toBe('/terms/a%2Fb%3Fc%23d')
  })
})
