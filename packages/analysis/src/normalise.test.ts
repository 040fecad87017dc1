import { describe, expect, it } from 'vitest'
import { fold, normalise } from './normalise'

describe('normalise', () => {
  it('straightens typographic apostrophes and quotes without moving any offset', () => {
    const text = 'L’armée “dit” ‘oui’'
    const out = normalise(text)
    expect(out).toBe('L\'armée "dit" \'oui\'')
    expect(out.length).toBe(text.length)
  })

  it('turns non-breaking spaces, control characters and NUL into spaces', () => {
    expect(normalise('216\u00a0000\u202f€\u0000x\u0007')).toBe('216 000 € x ')
  })

  it('replaces lone surrogates by U+FFFD and keeps valid pairs', () => {
    expect(normalise('a\ud800b\udc00c😀')).toBe('a\ufffdb\ufffdc😀')
  })

  it('reads a line break written as backslash and n as a space and a line break, but not before a lower-case letter', () => {
    expect(normalise('Par Steve Rosenberg\\nRédacteur en chef\\n\\n31 kcal dans C:\\new')).toBe('Par Steve Rosenberg \nRédacteur en chef \n \n31 kcal dans C:\\new')
  })

  it('keeps line breaks, which separate paragraphs', () => {
    expect(normalise('un\ndeux\r\ntrois')).toBe('un\ndeux\r\ntrois')
  })
})

describe('fold', () => {
  it('lower-cases and drops accents for tolerant matching', () => {
    expect(fold('Coopération ÉCONOMIQUE')).toBe('cooperation economique')
    expect(fold('Œuvre')).toBe('oeuvre')
  })
})
