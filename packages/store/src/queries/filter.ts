import { sql, type SQL } from 'drizzle-orm'
import type { CorpusFilter, Paging } from '../api'
import type { Database } from '../db/database'
import { StoreInputError } from '../errors'
import { foldedWords } from '../fold'

const LANGS = new Set(['fr', 'en', 'und'])
const DAY = /^\d{4}-\d{2}-\d{2}/

function dayBound(value: string | undefined, name: string): string | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string' || !DAY.test(value)) throw new StoreInputError(`${name} must be an ISO date (YYYY-MM-DD)`)
  return value.slice(0, 10)
}

/**
 * A full-text query over folded words: every word must appear, the last one as a prefix (the
 * search box is typed into). Words are letters and digits only, so no operator can get in.
 */
export function fullTextMatch(db: Database, q: string, phrase = false): SQL | null {
  const words = foldedWords(q)
  if (words.length === 0) return null
  if (db.dialect === 'sqlite') {
    const expression = phrase ? `"${words.join(' ')}"*` : words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ')
    return sql`${db.t.articles.id} IN (SELECT rowid FROM "article_search" WHERE "article_search" MATCH ${expression})`
  }
  const expression = words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(phrase ? ' <-> ' : ' & ')
  return sql`to_tsvector('simple', ${db.t.articles}."search_text") @@ to_tsquery('simple', ${expression})`
}

/** the conditions of a CorpusFilter on the articles table, all values bound */
export function filterConditions(db: Database, filter: CorpusFilter | undefined): SQL[] {
  const a = db.t.articles
  const conditions: SQL[] = []
  if (!filter) return conditions
  if (filter.lang !== undefined && filter.lang !== null) {
    conditions.push(LANGS.has(filter.lang) ? sql`${a.lang} = ${filter.lang}` : sql`1 = 0`)
  }
  if (filter.theme) conditions.push(sql`${a.dominantTheme} = ${String(filter.theme)}`)
  const from = dayBound(filter.from, 'from')
  const to = dayBound(filter.to, 'to')
  if (from !== null) conditions.push(sql`${a.publishedDay} >= ${from}`)
  if (to !== null) conditions.push(sql`${a.publishedDay} <= ${to}`)
  if (typeof filter.q === 'string') {
    const match = fullTextMatch(db, filter.q)
    if (match) conditions.push(match)
  }
  return conditions
}

/**
 * The language and dominant theme of a filter that restricts by nothing else, so the facet
 * totals (term_facet_totals, entity_facet_totals) can answer; null for any other filter.
 */
export function facetOf(db: Database, filter: CorpusFilter | undefined): { lang?: string; theme?: string } | null {
  const conditions = filterConditions(db, filter)
  if (!filter || conditions.length === 0) return null
  const lang = filter.lang !== undefined && filter.lang !== null ? String(filter.lang) : undefined
  const theme = filter.theme ? String(filter.theme) : undefined
  if (lang !== undefined && !LANGS.has(lang)) return null
  return conditions.length === (lang === undefined ? 0 : 1) + (theme === undefined ? 0 : 1) ? { lang, theme } : null
}

export function whereClause(conditions: SQL[]): SQL {
  return conditions.length === 0 ? sql`` : sql` WHERE ${sql.join(conditions, sql` AND `)}`
}

/** true when the filter restricts nothing, so corpus totals can answer */
export function isWholeCorpus(db: Database, filter: CorpusFilter | undefined): boolean {
  return filterConditions(db, filter).length === 0
}

export function paging(p: Paging | undefined): { page: number; pageSize: number; offset: number } {
  const page = Number.isSafeInteger(p?.page) && p!.page! >= 1 ? p!.page! : 1
  const size = Number.isSafeInteger(p?.pageSize) && p!.pageSize! >= 1 ? Math.min(200, p!.pageSize!) : 25
  return { page, pageSize: size, offset: (page - 1) * size }
}

export function clampLimit(value: number | undefined, fallback: number, max: number): number {
  return Number.isSafeInteger(value) && value! >= 1 ? Math.min(max, value!) : fallback
}

/** ASC, or DESC NULLS LAST: SQLite's default for DESC, and what PostgreSQL's DESC indexes are built as */
export function direction(dir: unknown): SQL {
  return dir === 'asc' ? sql.raw('ASC') : sql.raw('DESC NULLS LAST')
}

/** SQL for the start of the time bucket holding a YYYY-MM-DD column, as YYYY-MM-DD */
export function bucketStart(db: Database, day: SQL, bucket: 'day' | 'week' | 'month'): SQL {
  if (bucket === 'day') return day
  if (bucket === 'month') return sql`substr(${day}, 1, 7) || '-01'`
  // weeks start on Monday (ISO 8601)
  return db.dialect === 'sqlite'
    ? sql`date(${day}, '-6 days', 'weekday 1')`
    : sql`to_char(date_trunc('week', (${day})::date), 'YYYY-MM-DD')`
}
