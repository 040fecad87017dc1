import { describe, expect, it } from 'vitest'
import { csvCell, csvRow } from './csv'

describe('csv', () => {
  it('quotes cells holding commas, quotes, line breaks or edge spaces', () => {
    expect(csvRow(['a,b', 'say "hi"', 'two\nlines', ' padded', 'plain'])).toBe('"a,b","say ""hi""","two\nlines"," padded",plain\r\n')
  })

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"')
    expect(csvCell('+33 1 23')).toBe("'+33 1 23")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('-0.5 points')).toBe("'-0.5 points")
    expect(csvCell(-0.5)).toBe('-0.5')
  })

  it('joins lists and leaves missing values empty', () => {
    expect(csvRow([['ministre', 'président'], null, undefined, 3, true])).toBe('ministre; président,,,3,true\r\n')
  })
})
