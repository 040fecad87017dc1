// Property tests: for arbitrary Unicode, analyze never throws, offsets stay in bounds, and the
// result is the same every time.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze, findTermOccurrences } from './index'

const newsy = fc.array(
  fc.oneof(
    fc.constantFrom("l'armée", 'Damas-Moscou', 'M.', 'Dr.', 'U.S.', '«', '»', '3,5', '216 milliards', "n't", ' ', '\n', '. ', '! ', 'https://a.b/c', 'guerre', 'peace'),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(''))

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), newsy)

describe('analyze properties', () => {
  it('never throws and keeps every offset in bounds', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<'fr' | 'en' | undefined>('fr', 'en', undefined), (text, lang) => {
        const a = analyze(text, { lang })
        let previousEnd = 0
        for (const s of a.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(previousEnd)
          expect(s.end).toBeGreaterThan(s.start)
          expect(s.end).toBeLessThanOrEqual(text.length)
          previousEnd = s.end
        }
        for (const e of a.entities) for (const m of e.mentions) expect(m.start >= 0 && m.end <= text.length && m.start < m.end).toBe(true)
        expect(Math.abs(a.sentiment.score)).toBeLessThanOrEqual(1)
        for (const t of a.themes) expect(t.score > 0 && t.score <= 1).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)))
      }),
      { numRuns: 150 },
    )
  })

  it('finds term occurrences inside the text', () => {
    fc.assert(
      fc.property(anyText, fc.string({ maxLength: 12 }), (text, term) => {
        for (const span of findTermOccurrences(text, term)) {
          expect(span.start).toBeGreaterThanOrEqual(0)
          expect(span.end).toBeLessThanOrEqual(text.length)
          expect(span.start).toBeLessThan(span.end)
        }
      }),
      { numRuns: 200 },
    )
  })
})
