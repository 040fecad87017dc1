import { describe, expect, it } from 'vitest'
import { InputError } from './errors'
import { jsonlLines, parseJsonlRecord, splitJsonl, type JsonlLine } from './jsonl'

const utf8 = (text: string) => new TextEncoder().encode(text)
const decode = (line: JsonlLine) => ('bytes' in line ? new TextDecoder().decode(line.bytes) : line.error.message)

function refusal(line: string | Uint8Array): string {
  try {
    parseJsonlRecord(line)
  } catch (error) {
    if (error instanceof InputError) return `${error.code}: ${error.message}`
    throw error
  }
  throw new Error('expected a refusal')
}

describe('splitJsonl', () => {
  it('numbers lines from 1, skips blank ones and handles CRLF and a BOM', () => {
    const lines = [...splitJsonl(utf8('\uFEFF{"a":1}\r\n\r\n  \n{"b":2}'))]
    expect(lines.map((l) => [l.line, decode(l)])).toEqual([
      [1, '{"a":1}'],
      [4, '{"b":2}'],
    ])
  })

  it('drops a line over the limit and reports it, keeping the next ones', () => {
    const lines = [...splitJsonl(utf8(`{"text":"${'x'.repeat(100)}"}\n{"text":"ok"}\n`), { maxLineBytes: 50 })]
    expect(lines.map((l) => [l.line, decode(l)])).toEqual([
      [1, 'line longer than 50 bytes'],
      [2, '{"text":"ok"}'],
    ])
  })
})

describe('jsonlLines', () => {
  it('joins lines split across chunks, even inside a multi-byte character', async () => {
    const all = utf8('{"text":"é"}\n{"text":"ü"}\n')
    async function* chunks() {
      for (let i = 0; i < all.length; i += 3) yield all.slice(i, i + 3)
    }
    const lines: string[] = []
    for await (const line of jsonlLines(chunks())) lines.push(decode(line))
    expect(lines).toEqual(['{"text":"é"}', '{"text":"ü"}'])
  })
})

describe('parseJsonlRecord', () => {
  it('keeps the known fields, parses the date and titles an untitled article', () => {
    const draft = parseJsonlRecord(
      '{"id":7,"text":"Le Parlement a voté la loi. Elle entre en vigueur lundi.","date":"29 novembre 2026","source":"AFP","url":"https://example.org/a","lang":"fr-FR","label":"politics"}',
    )
    expect(draft).toEqual({
      text: 'Le Parlement a voté la loi. Elle entre en vigueur lundi.',
      title: 'Le Parlement a voté la loi',
      titleFromText: true,
      source: 'AFP',
      url: 'https://example.org/a',
      publishedAt: '2026-11-29',
      lang: 'fr',
      externalId: '7',
      warnings: [],
    })
  })

  it('says what is wrong with a broken line', () => {
    expect(refusal('{"text": "unterminated')).toMatch(/^invalid-json: invalid JSON: /)
    expect(refusal('["text"]')).toBe('invalid-record: expected a JSON object, got an array')
    expect(refusal('{"title":"no text"}')).toBe('invalid-record: missing required field "text"')
    expect(refusal('{"text":42}')).toBe('invalid-record: "text" must be a string, got a number')
    expect(refusal('{"text":"  "}')).toBe('invalid-record: "text" is empty')
    expect(refusal('{"text":"ok","title":["x"]}')).toBe('invalid-record: "title" must be a string, got an array')
    expect(refusal('{"text":"ok","date":"hier"}')).toMatch(/^invalid-date: "date": unreadable date "hier"/)
    expect(refusal('{"text":"ok","lang":"!!"}')).toBe('invalid-record: "lang" must be a language code such as fr or en, got "!!"')
    expect(refusal(new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]))).toBe('invalid-utf8: line is not valid UTF-8')
  })

  it('refuses a text over the size limit', () => {
    expect(() => parseJsonlRecord(`{"text":"${'a'.repeat(5000)}"}`, { maxBytes: 1024 })).toThrow(
      '"text" is 4.9 kB of text, over the 1 kB limit',
    )
  })

  it('keeps hostile markup and a javascript: URL verbatim, warning that the URL is no link', () => {
    const draft = parseJsonlRecord(
      JSON.stringify({ text: '<script>alert(1)</script> texte', title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }),
    )
    expect(draft.text).toBe('<script>alert(1)</script> texte')
    expect(draft.title).toBe('<img src=x onerror=alert(1)>')
    expect(draft.url).toBe('javascript:alert(1)')
    expect(draft.warnings).toEqual(['url "javascript:alert(1)" is not an http(s) link: stored as text'])
  })

  it('analyses a language it does not know as und, and says so', () => {
    const draft = parseJsonlRecord('{"text":"Guten Tag","lang":"de"}')
    expect(draft.lang).toBe('und')
    expect(draft.warnings).toEqual(['lang "de" is not supported (fr, en): analysed as und'])
  })
})
