import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks and ends rows with CRLF', () => {
    expect(toCsv(['name', 'n'], [['Assad, Bachar', 2], ['dit "non"\nhier', 1]])).toBe('name,n\r\n"Assad, Bachar",2\r\n"dit ""non""\nhier",1\r\n')
  })

  it('defuses text a spreadsheet would run as a formula, but keeps negative numbers', () => {
    expect(toCsv(['t', 'v'], [['=HYPERLINK("http://x")', -0.25], ['@SUM(A1)', null]])).toBe('t,v\r\n"\'=HYPERLINK(""http://x"")",-0.25\r\n\'@SUM(A1),\r\n')
  })
})
