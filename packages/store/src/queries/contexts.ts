import { sql } from 'drizzle-orm'
import { findTermOccurrences, type Lang } from '@newslens/analysis'
import type { CorpusFilter, TermContext } from '../api'
import type { Database } from '../db/database'
import { clampLimit, filterConditions, fullTextMatch, whereClause } from './filter'

const CONTEXT_CHARS = 80
const CANDIDATE_ARTICLES = 200

const squash = (s: string) => s.replace(/\s+/g, ' ')

/**
 * Keyword in context: candidate articles come from SQL (the term key in article_terms, or the
 * words as a phrase in the full-text index), then the engine's findTermOccurrences locates the
 * occurrences in their text (stems, display forms, phrases and entity names alike).
 */
export async function termContexts(db: Database, term: string, filter?: CorpusFilter, limit?: number): Promise<TermContext[]> {
  if (typeof term !== 'string' || term.trim() === '') return []
  const n = clampLimit(limit, 50, 1000)
  const { articles: a, articleContent: c, articleTerms: at, articleSentences: s } = db.t
  // candidates: articles holding the term key, plus those whose full text holds the words as a
  // phrase; a UNION (not OR) so each side uses its own index
  const byKey = sql`SELECT ${at.articleId} FROM ${at} WHERE ${at.term} = ${term.trim()}`
  const phrase = fullTextMatch(db, term, true)
  const candidates = sql`${a.id} IN (${phrase ? sql`${byKey} UNION SELECT ${a.id} FROM ${a} WHERE ${phrase}` : byKey})`
  const rows = await db.all<{ id: number; title: string; text: string; lang: Lang }>(sql`
    SELECT ${a.id} AS "id", ${a.title} AS "title", ${a.lang} AS "lang", ${c.text} AS "text" FROM ${a} JOIN ${c} ON ${c.articleId} = ${a.id}
    ${whereClause([...filterConditions(db, filter), candidates])}
    ORDER BY ${a.publishedDay} IS NULL, ${a.publishedDay} DESC, ${a.id} DESC LIMIT ${CANDIDATE_ARTICLES}`)
  const out: TermContext[] = []
  for (const row of rows) {
    const text = String(row.text)
    const occurrences = findTermOccurrences(text, term.trim(), { lang: row.lang === 'und' ? undefined : row.lang, limit: n - out.length })
    if (occurrences.length === 0) continue
    const sentences = await db.all<{ idx: number; start: number; end: number }>(sql`
      SELECT ${s.index} AS "idx", ${s.start} AS "start", ${s.end} AS "end" FROM ${s} WHERE ${s.articleId} = ${row.id} ORDER BY ${s.start}`)
    for (const o of occurrences) {
      const sentence = sentences.find((x) => Number(x.start) <= o.start && o.start < Number(x.end))
      out.push({
        articleId: Number(row.id),
        title: row.title,
        sentenceIndex: sentence ? Number(sentence.idx) : -1,
        left: squash(text.slice(Math.max(0, o.start - CONTEXT_CHARS), o.start)).trimStart(),
        match: text.slice(o.start, o.end),
        right: squash(text.slice(o.end, o.end + CONTEXT_CHARS)).trimEnd(),
        start: o.start,
        end: o.end,
      })
      if (out.length >= n) return out
    }
  }
  return out
}
