import { describe, expect, it } from 'vitest'
import { titleFromText } from './title'

describe('titleFromText', () => {
  it('takes the first sentence without its final period', () => {
    expect(titleFromText('Le sommet a eu lieu à Moscou. Les ministres ont parlé.')).toBe('Le sommet a eu lieu à Moscou')
  })

  it('does not stop at abbreviations, initials or acronyms', () => {
    expect(titleFromText('M. Dupont a rencontré Mme Martin à Paris. Ensuite...')).toBe('M. Dupont a rencontré Mme Martin à Paris')
    expect(titleFromText('John F. Kennedy spoke in the U.S. Senate today. More later.')).toBe(
      'John F. Kennedy spoke in the U.S. Senate today',
    )
  })

  it('keeps a question or exclamation mark', () => {
    expect(titleFromText('Who won? Nobody knows.')).toBe('Who won?')
  })

  it('uses the first paragraph only', () => {
    expect(titleFromText('\n\n  Headline without a period\nThe body starts here.')).toBe('Headline without a period')
  })

  it('cuts a long sentence at a word boundary and marks the cut', () => {
    const text = `${'coopération militaire '.repeat(10)}fin.`
    const title = titleFromText(text, 50)
    expect(title).toBe('coopération militaire coopération militaire…')
    expect(title.length).toBeLessThanOrEqual(51)
  })
})
