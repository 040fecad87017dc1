import type { ArticleInput } from '../api'
import { StoreInputError } from '../errors'
import { contentHash, storableText } from './normalise'

export interface PreparedArticle {
  externalId: string | null
  title: string
  source: string | null
  url: string | null
  publishedAt: string | null
  publishedDay: string | null
  text: string
  contentHash: string
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/
const TITLE_MAX = 200

/**
 * Checks an ISO 8601 date or date-time and returns it with a `T` separator; null for empty.
 * Parsing other formats ("29 novembre 2026", RFC 2822) is the ingesting app's job.
 */
export function validatePublishedAt(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'string') throw new StoreInputError('publishedAt must be an ISO 8601 date string or null')
  const trimmed = value.trim()
  if (trimmed === '') return null
  const m = ISO_DATE.exec(trimmed)
  if (!m) throw new StoreInputError(`publishedAt "${trimmed.slice(0, 40)}" is not an ISO 8601 date (YYYY-MM-DD[THH:MM[:SS]][Z|±HH:MM])`)
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new StoreInputError(`publishedAt "${trimmed}" is not a calendar date`)
  }
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    throw new StoreInputError(`publishedAt "${trimmed}" has an impossible time`)
  }
  return trimmed.replace(' ', 'T')
}

function optionalString(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'string') throw new StoreInputError(`${field} must be a string or null`)
  const cleaned = storableText(value).trim()
  return cleaned === '' ? null : cleaned
}

/** a title for an article given none: its first non-empty line, cut at a word near 200 chars */
function titleFromText(text: string): string {
  const line = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '') ?? ''
  if (line.length <= TITLE_MAX) return line || '(untitled)'
  const cut = line.slice(0, TITLE_MAX)
  const space = cut.lastIndexOf(' ')
  return `${space > TITLE_MAX / 2 ? cut.slice(0, space) : cut}…`
}

export function prepareArticle(input: ArticleInput): PreparedArticle {
  if (input === null || typeof input !== 'object') throw new StoreInputError('article must be an object')
  if (typeof input.text !== 'string') throw new StoreInputError('article text must be a string')
  const text = storableText(input.text)
  if (text.trim() === '') throw new StoreInputError('article text is empty')
  const publishedAt = validatePublishedAt(input.publishedAt)
  return {
    externalId: optionalString(input.externalId, 'externalId'),
    title: optionalString(input.title, 'title') ?? titleFromText(text),
    source: optionalString(input.source, 'source'),
    url: optionalString(input.url, 'url'),
    publishedAt,
    publishedDay: publishedAt?.slice(0, 10) ?? null,
    text,
    contentHash: contentHash(text),
  }
}
