import { InputError } from './errors'
import { sniffBinaryFormat } from './magic'
import { DEFAULT_MAX_TEXT_BYTES, formatSize } from './size'

export interface DecodeOptions {
  /** refuse more bytes than this (default 5 MiB) */
  maxBytes?: number
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Bytes → text, strictly: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Never guesses Latin-1
 * or another legacy encoding, so a mis-encoded file is refused rather than stored garbled.
 * Throws an InputError: too-large, empty, image, archive, binary, invalid-utf8.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES
  if (bytes.length > maxBytes) {
    throw new InputError('too-large', `${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit`)
  }
  if (bytes.length === 0) throw new InputError('empty', 'empty (0 bytes)')

  const known = sniffBinaryFormat(bytes)
  if (known) throw new InputError(known.code, `${known.kind}, not text`)

  const text = decodeUnicode(bytes)
  const controls = countControlCharacters(text, 65536)
  if (controls > 0 && controls / Math.min(text.length, 65536) > 0.05) {
    throw new InputError('binary', 'binary data (many control characters), not text')
  }
  if (text.trim() === '') throw new InputError('empty', 'empty (only whitespace)')
  return text
}

function decodeUnicode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2))
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new InputError('binary', `binary data (NUL byte at offset ${nul}), not text`)
  }
  try {
    return utf8.decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    throw new InputError(
      'invalid-utf8',
      `not valid UTF-8 (bad byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}); ` +
        'convert it first, e.g. iconv -f latin1 -t utf-8',
    )
  }
}

function decodeWith(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
    if (text.includes('\0')) throw new InputError('binary', 'binary data (NUL characters), not text')
    return text
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError('invalid-utf8', `not valid ${encoding.toUpperCase()} despite its byte order mark`)
  }
}

/** Offset of the first byte that breaks UTF-8, for a message the user can act on. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let need = 0
    let min = 0
    if (b < 0x80) {
      i++
      continue
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let cp = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return bytes.length
}

/** C0/C1 control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function countControlCharacters(text: string, limit: number): number {
  let count = 0
  const end = Math.min(text.length, limit)
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || (c >= 0x7f && c <= 0x9f)) count++
  }
  return count
}
