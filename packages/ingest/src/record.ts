import { parseDate } from './dates'
import { makeDraft, normalizeLang, isHttpUrl, type ArticleDraft } from './draft'
import { InputError, isInputError } from './errors'
import { DEFAULT_MAX_TEXT_BYTES, checkTextSize } from './size'

export interface RecordOptions {
  /** cap on the record's text (default 5 MiB) */
  maxBytes?: number
}

/**
 * Validates one JSON article record: `text` required; `title`, `date` (or `publishedAt`),
 * `source`, `url`, `lang`, `id` optional; other fields ignored. Throws an `invalid-record`,
 * `invalid-date` or `too-large` InputError naming the field.
 */
export function validateRecord(value: unknown, options: RecordOptions = {}): ArticleDraft {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('invalid-record', `expected a JSON object, got ${describe(value)}`)
  }
  const record = value as Record<string, unknown>
  const warnings: string[] = []

  if (!('text' in record)) throw new InputError('invalid-record', 'missing required field "text"')
  const text = record.text
  if (typeof text !== 'string') throw new InputError('invalid-record', `"text" must be a string, got ${describe(text)}`)
  if (text.trim() === '') throw new InputError('invalid-record', '"text" is empty')
  try {
    checkTextSize(text, options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES)
  } catch (error) {
    if (isInputError(error)) throw new InputError(error.code, `"text" is ${error.message}`)
    throw error
  }

  const title = optionalString(record, 'title')
  const source = optionalString(record, 'source')
  const url = optionalString(record, 'url')
  if (url !== null && url.trim() !== '' && !isHttpUrl(url)) {
    warnings.push(`url "${url.length > 60 ? `${url.slice(0, 57)}...` : url}" is not an http(s) link: stored as text`)
  }

  const dateField = 'date' in record ? 'date' : 'publishedAt' in record ? 'publishedAt' : null
  let publishedAt: string | null = null
  const rawDate = dateField === null ? null : optionalString(record, dateField)
  if (rawDate !== null && rawDate.trim() !== '') {
    try {
      publishedAt = parseDate(rawDate)
    } catch (error) {
      if (isInputError(error)) throw new InputError('invalid-date', `"${dateField}": ${error.message}`)
      throw error
    }
  }

  let lang: ArticleDraft['lang'] = null
  const rawLang = optionalString(record, 'lang')
  if (rawLang !== null && rawLang.trim() !== '') {
    lang = normalizeLang(rawLang)
    if (lang === null) throw new InputError('invalid-record', `"lang" must be a language code such as fr or en, got "${rawLang}"`)
    if (lang === 'und' && rawLang.trim().toLowerCase() !== 'und') {
      warnings.push(`lang "${rawLang}" is not supported (fr, en): analysed as und`)
    }
  }

  let externalId: string | null = null
  if (typeof record.id === 'number' && Number.isFinite(record.id)) externalId = String(record.id)
  else externalId = optionalString(record, 'id')

  return makeDraft({ text, title, source, url, publishedAt, lang, externalId, warnings })
}

function optionalString(record: Record<string, unknown>, field: string): string | null {
  const value = record[field]
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') {
    throw new InputError('invalid-record', `"${field}" must be a string, got ${describe(value)}`)
  }
  return value
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'a string'
  return `a ${typeof value}`
}
