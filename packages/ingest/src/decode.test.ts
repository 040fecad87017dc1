import { describe, expect, it } from 'vitest'
import { decodeText, firstInvalidUtf8 } from './decode'
import { InputError } from './errors'

const bytes = (...values: number[]) => new Uint8Array(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

function refusal(input: Uint8Array, maxBytes?: number): InputError {
  try {
    decodeText(input, maxBytes === undefined ? {} : { maxBytes })
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeText(utf8('\uFEFFDéjà vu à Moscou'))).toBe('Déjà vu à Moscou')
  })

  it('decodes UTF-16 when a byte order mark says so', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x44, 0x00, 0xe9, 0x00))).toBe('Dé')
  })

  it('refuses Latin-1 bytes instead of guessing, giving the offset of the bad byte', () => {
    const error = refusal(bytes(0x44, 0xe9, 0x6a, 0xe0)) // "Déjà" in Latin-1
    expect(error.code).toBe('invalid-utf8')
    expect(error.message).toBe('not valid UTF-8 (bad byte 0xe9 at offset 1); convert it first, e.g. iconv -f latin1 -t utf-8')
  })

  it('refuses NUL bytes as binary data', () => {
    const error = refusal(utf8('abc\0def'))
    expect(error.code).toBe('binary')
    expect(error.message).toBe('binary data (NUL byte at offset 3), not text')
  })

  it('names images and archives by their magic numbers', () => {
    expect(refusal(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)).message).toBe('a PNG image, not text')
    expect(refusal(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16)).code).toBe('image')
    expect(refusal(utf8('GIF89a...')).code).toBe('image')
    const zip = refusal(bytes(0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0))
    expect(zip.code).toBe('archive')
    expect(zip.message).toMatch(/^a ZIP archive/)
    expect(refusal(utf8('%PDF-1.7\n')).message).toBe('a PDF document, not text')
  })

  it('does not mistake prose starting with "BM" for a bitmap', () => {
    expect(decodeText(utf8('BMW annonce des résultats.'))).toBe('BMW annonce des résultats.')
  })

  it('refuses text made mostly of control characters', () => {
    expect(refusal(utf8('\x01\x02\x03\x04abc\x05\x06')).code).toBe('binary')
  })

  it('refuses empty and whitespace-only input', () => {
    expect(refusal(bytes()).message).toBe('empty (0 bytes)')
    expect(refusal(utf8(' \n\t \r\n')).message).toBe('empty (only whitespace)')
  })

  it('refuses input over the size limit, saying both sizes', () => {
    const error = refusal(utf8('a'.repeat(3000)), 2048)
    expect(error.code).toBe('too-large')
    expect(error.message).toBe('2.9 kB, over the 2 kB limit')
    expect(decodeText(utf8('a'.repeat(2048)), { maxBytes: 2048 })).toHaveLength(2048)
  })
})

describe('firstInvalidUtf8', () => {
  it('finds overlong encodings, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1)
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0xed, 0xa0, 0x80))).toBe(2)
    expect(firstInvalidUtf8(bytes(0xe2, 0x82))).toBe(0)
    expect(firstInvalidUtf8(utf8('ok €'))).toBe(6)
  })
})
