import { createHash } from 'node:crypto'

/**
 * Text as the store keeps it: NUL and unpaired surrogates (which PostgreSQL cannot store and
 * SQLite would garble) become U+FFFD. One UTF-16 unit for one, so analysis offsets still hold.
 */
export function storableText(text: string): string {
  return text.replace(/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
}

/** what the content hash is computed over: NFC, whitespace runs collapsed to one space, trimmed */
export function normaliseForHash(text: string): string {
  return storableText(text).normalize('NFC').replace(/\s+/gu, ' ').trim()
}

/** sha256 hex of the normalised text: two texts differing only in Unicode form or spacing share it */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex')
}
