import { sql, type SQL } from 'drizzle-orm'
import { findTermOccurrences, type Lang } from '@newslens/analysis'
import type { CorpusFilter, TermContext } from '../api'
import type { Database } from '../db/database'
import { clampLimit, filterConditions, fullTextMatch, whereClause } from './filter'

const CONTEXT_CHARS = 80
/** candidate articles per source: a small multiple of the contexts asked for, bounded */
const candidateCount = (limit: number) => Math.min(500, 2 * limit + 10)
/** texts fetched per round trip: small first (a frequent term fills the limit from a few articles), then growing */
const FIRST_CHUNK = 4
const MAX_CHUNK = 64

const squash = (s: string) => s.replace(/\s+/g, ' ')

interface Hit { articleId: number; title: string; text: string; start: number; end: number }

/**
 * Keyword in context. Candidate article ids come from SQL, best first: articles holding the term
 * key, most occurrences first (article_terms); then, only when those do not fill `limit`, the
 * newest articles holding the words as a phrase in the full-text index (display forms, entity
 * names, phrases). Texts are then fetched a few at a time (never the analysis JSON) and the
 * engine's findTermOccurrences locates the occurrences, stopping once `limit` are found.
 */
export async function termContexts(db: Database, term: string, filter?: CorpusFilter, limit?: number): Promise<TermContext[]> {
  if (typeof term !== 'string' || term.trim() === '') return []
  const wanted = term.trim()
  const n = clampLimit(limit, 50, 1000)
  const k = candidateCount(n)
  const { articles: a, articleTerms: at } = db.t
  const conditions = filterConditions(db, filter)

  const hits: Hit[] = []
  const seen = new Set<number>()
  const scan = async (ids: number[]) => {
    const fresh = ids.filter((id) => !seen.has(id))
    for (const id of fresh) seen.add(id)
    for (let i = 0, size = FIRST_CHUNK; i < fresh.length && hits.length < n; i += size, size = Math.min(MAX_CHUNK, size * 2)) {
      await collect(db, fresh.slice(i, i + size), wanted, n, hits)
    }
  }

  // term keys are lower case: a display form ("UK") finds its key ("uk") too
  const keys = [...new Set([wanted, wanted.toLowerCase()])]
  const byKey = await db.all<{ id: number }>(sql`
    SELECT ${at.articleId} AS "id" FROM ${at} JOIN ${a} ON ${a.id} = ${at.articleId}
    ${whereClause([sql`${at.term} IN (${sql.join(keys.map((k) => sql`${k}`), sql`, `)})`, ...conditions])}
    ORDER BY ${at.count} DESC, ${at.articleId} DESC LIMIT ${k}`)
  await scan(byKey.map((r) => Number(r.id)))

  const phrase = fullTextMatch(db, wanted, true)
  if (hits.length < n && phrase) {
    const byPhrase = await db.all<{ id: number }>(sql`
      SELECT ${a.id} AS "id" FROM ${a}${whereClause([...conditions, phrase])}
      ORDER BY ${a.publishedDay} IS NULL, ${a.publishedDay} DESC, ${a.id} DESC LIMIT ${k}`)
    await scan(byPhrase.map((r) => Number(r.id)))
  }
  return withSentences(db, hits)
}

/** locates the term in the texts of `ids` (kept in that order), appending up to `n` hits in all */
async function collect(db: Database, ids: number[], term: string, n: number, hits: Hit[]): Promise<void> {
  if (ids.length === 0) return
  const { articles: a, articleContent: c } = db.t
  const rows = await db.all<{ id: number; title: string; text: string; lang: Lang }>(sql`
    SELECT ${a.id} AS "id", ${a.title} AS "title", ${a.lang} AS "lang", ${c.text} AS "text"
    FROM ${a} JOIN ${c} ON ${c.articleId} = ${a.id} WHERE ${a.id} IN (${idList(ids)})`)
  const byId = new Map(rows.map((r) => [Number(r.id), r]))
  for (const id of ids) {
    const row = byId.get(id)
    if (!row) continue
    const text = String(row.text)
    const occurrences = findTermOccurrences(text, term, { lang: row.lang === 'und' ? undefined : row.lang, limit: n - hits.length })
    for (const o of occurrences) hits.push({ articleId: id, title: row.title, text, start: o.start, end: o.end })
    if (hits.length >= n) return
  }
}

/** the contexts of the hits, each with the index of the sentence holding it (one query for all) */
async function withSentences(db: Database, hits: Hit[]): Promise<TermContext[]> {
  if (hits.length === 0) return []
  const s = db.t.articleSentences
  const ids = [...new Set(hits.map((h) => h.articleId))]
  const sentences = await db.all<{ article_id: number; idx: number; start: number; end: number }>(sql`
    SELECT ${s.articleId} AS "article_id", ${s.index} AS "idx", ${s.start} AS "start", ${s.end} AS "end" FROM ${s}
    WHERE ${s.articleId} IN (${idList(ids)}) ORDER BY ${s.articleId}, ${s.start}`)
  const byArticle = new Map<number, { idx: number; start: number; end: number }[]>()
  for (const r of sentences) {
    const list = byArticle.get(Number(r.article_id)) ?? []
    list.push({ idx: Number(r.idx), start: Number(r.start), end: Number(r.end) })
    byArticle.set(Number(r.article_id), list)
  }
  return hits.map((h) => {
    const sentence = byArticle.get(h.articleId)?.find((x) => x.start <= h.start && h.start < x.end)
    return {
      articleId: h.articleId,
      title: h.title,
      sentenceIndex: sentence ? sentence.idx : -1,
      left: squash(h.text.slice(Math.max(0, h.start - CONTEXT_CHARS), h.start)).trimStart(),
      match: h.text.slice(h.start, h.end),
      right: squash(h.text.slice(h.end, h.end + CONTEXT_CHARS)).trimEnd(),
      start: h.start,
      end: h.end,
    }
  })
}

function idList(ids: number[]): SQL {
  return sql.join(ids.map((id) => sql`${id}`), sql`, `)
}
