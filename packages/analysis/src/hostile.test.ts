// Hostile input (issue 7, engine part): no throw, no hang, offsets in bounds, nothing lost.
import { describe, expect, it } from 'vitest'
import { analyze, findTermOccurrences, type ArticleAnalysis } from './index'

function expectOffsetsInBounds(a: ArticleAnalysis, text: string): void {
  for (const s of a.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(0)
    expect(s.end).toBeLessThanOrEqual(text.length)
    expect(s.start).toBeLessThanOrEqual(s.end)
  }
  for (const e of a.entities) for (const m of e.mentions) expect(m.start >= 0 && m.end <= text.length && m.start < m.end).toBe(true)
}

describe('hostile input', () => {
  it('analyses empty and whitespace-only text as an empty analysis', () => {
    for (const text of ['', ' ', '\n\n\t  \r\n', '\u00a0\u2009\u3000']) {
      const a = analyze(text)
      expect(a.stats).toEqual({ tokens: 0, words: 0, types: 0, sentences: 0, paragraphs: 0 })
      expect(a.lang).toBe('und')
      expect(a.sentiment.label).toBe('neutral')
      expect(a.themes).toEqual([])
    }
  })

  it('takes one 1 MB "word" as one token without stemming it', () => {
    const word = 'x'.repeat(1 << 20)
    const a = analyze(word)
    expect(a.stats).toMatchObject({ tokens: 1, words: 1, sentences: 1 })
    expect(a.sentences[0]).toMatchObject({ start: 0, end: word.length })
    expect(a.terms[0]!.term.length).toBe(word.length)
  })

  it('analyses 20 MB of text, reporting every sentence', () => {
    const paragraph = "La coopération militaire entre la Syrie et la Russie s'intensifie. The talks went well.\n"
    const text = paragraph.repeat(Math.ceil((20 << 20) / paragraph.length))
    const a = analyze(text, { lang: 'fr' })
    expect(a.stats.sentences).toBe(2 * Math.ceil((20 << 20) / paragraph.length))
    expect(a.sentences.at(-1)!.end).toBe(text.length - 1)
    expect(a.terms.length).toBeLessThanOrEqual(500)
    expect(a.cooccurrences.length).toBeLessThanOrEqual(200)
  }, 60_000)

  it('treats NUL bytes and control characters as spaces', () => {
    const text = 'La\u0000guerre\u0007en\u001bSyrie\u0000.\u0000'
    const a = analyze(text, { lang: 'fr' })
    expect(a.terms.map((t) => t.display)).toEqual(['guerre', 'Syrie'])
    expectOffsetsInBounds(a, text)
  })

  it('survives lone surrogates and keeps offsets on the original text', () => {
    const text = 'a\ud800b guerre \udc00 paix\ud83d'
    const a = analyze(text, { lang: 'fr' })
    expect(a.terms.map((t) => t.display)).toEqual(['guerre', 'paix'])
    expect(findTermOccurrences(text, 'paix', { lang: 'fr' })).toEqual([{ start: text.indexOf('paix'), end: text.indexOf('paix') + 4 }])
  })

  it('handles right-to-left scripts, emoji and combining marks', () => {
    const text = 'مرحبا بالعالم 😀👍🏽 שלום Cafe\u0301 e\u0301te\u0301 🇫🇷'
    const a = analyze(text)
    expect(a.lang).toBe('und')
    expect(a.terms.map((t) => t.display)).toEqual(['مرحبا', 'بالعالم', 'שלום', 'Café', 'été'])
    expectOffsetsInBounds(a, text)
  })

  it('analyses text of only numbers or only punctuation without terms', () => {
    for (const text of ['12 345 678 3,14 2024', '!!! ??? ... ,,, ;;; «»', '$$$ %%% €€€']) {
      const a = analyze(text)
      expect(a.terms).toEqual([])
      expect(a.ngrams).toEqual([])
      expect(a.stats.tokens).toBeGreaterThan(0)
      expectOffsetsInBounds(a, text)
    }
  })

  it('reads HTML as text, keeping words and dropping no character from offsets', () => {
    const text = '<html><body><p class="x">La <b>guerre</b> en Syrie.</p><script>alert("x")</script></body></html>'
    const a = analyze(text, { lang: 'fr' })
    expect(a.terms.map((t) => t.display)).toEqual(expect.arrayContaining(['guerre', 'Syrie', 'script', 'alert']))
    expectOffsetsInBounds(a, text)
  })

  it('accepts a non-string without throwing', () => {
    expect(analyze(undefined as unknown as string).stats.tokens).toBe(0)
    expect(analyze(12345 as unknown as string).stats.tokens).toBe(1)
  })
})
