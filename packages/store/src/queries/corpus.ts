import { sql } from 'drizzle-orm'
import type { Lang } from '@newslens/analysis'
import type { CorpusFilter, CorpusStats, CorpusTerm, SentimentBin, ThemeShare, TimeBucket, TimelinePoint } from '../api'
import type { Database } from '../db/database'
import { bucketStart, clampLimit, facetOf, filterConditions, whereClause } from './filter'

export async function corpusStats(db: Database, filter?: CorpusFilter): Promise<CorpusStats> {
  const a = db.t.articles
  const where = whereClause(filterConditions(db, filter))
  const [totals, langs] = await Promise.all([
    db.all<{ n: number; words: number | null; undated: number | null; first: string | null; last: string | null }>(sql`
      SELECT count(*) AS "n", sum(${a.words}) AS "words",
        sum(CASE WHEN ${a.publishedDay} IS NULL THEN 1 ELSE 0 END) AS "undated",
        min(${a.publishedDay}) AS "first", max(${a.publishedDay}) AS "last"
      FROM ${a}${where}`),
    db.all<{ lang: Lang; n: number }>(sql`SELECT ${a.lang} AS "lang", count(*) AS "n" FROM ${a}${where} GROUP BY ${a.lang} ORDER BY count(*) DESC, ${a.lang}`),
  ])
  const t = totals[0]
  return {
    articles: Number(t?.n ?? 0),
    words: Number(t?.words ?? 0),
    undated: Number(t?.undated ?? 0),
    languages: langs.map((l) => ({ lang: l.lang, articles: Number(l.n) })),
    firstDate: t?.first ?? null,
    lastDate: t?.last ?? null,
  }
}

type TermRow = { term: string; display: string; count: number; articles: number }

/**
 * Top terms: the whole corpus, a language, and a dominant theme (with or without a language)
 * read running totals; any other filter sums the per-article rows of the matching articles.
 */
export async function topTerms(db: Database, filter?: CorpusFilter, limit?: number): Promise<CorpusTerm[]> {
  const n = clampLimit(limit, 50, 1000)
  const { articles: a, articleTerms: at, termTotals: tt, termLangTotals: lt, termFacetTotals: ft } = db.t
  const conditions = filterConditions(db, filter)
  const facet = facetOf(db, filter)
  let rows: TermRow[]
  if (conditions.length === 0) {
    rows = await db.all<TermRow>(sql`
      SELECT ${tt.term} AS "term", ${tt.display} AS "display", ${tt.count} AS "count", ${tt.articles} AS "articles"
      FROM ${tt} ORDER BY ${tt.count} DESC NULLS LAST, ${tt.term} LIMIT ${n}`)
  } else if (facet?.lang !== undefined && facet.theme === undefined) {
    rows = await db.all<TermRow>(sql`
      SELECT ${lt.term} AS "term", ${lt.display} AS "display", ${lt.count} AS "count", ${lt.articles} AS "articles"
      FROM ${lt} WHERE ${lt.lang} = ${facet.lang} ORDER BY ${lt.count} DESC NULLS LAST, ${lt.term} LIMIT ${n}`)
  } else if (facet?.lang !== undefined && facet.theme !== undefined) {
    // read off term_facet_totals_count_idx in order
    rows = await db.all<TermRow>(sql`
      SELECT ${ft.term} AS "term", ${ft.display} AS "display", ${ft.count} AS "count", ${ft.articles} AS "articles"
      FROM ${ft} WHERE ${ft.theme} = ${facet.theme} AND ${ft.lang} = ${facet.lang}
      ORDER BY ${ft.count} DESC NULLS LAST, ${ft.term} LIMIT ${n}`)
  } else if (facet?.theme !== undefined) {
    // a theme across languages: at most one row per language and term to add up
    rows = await db.all<TermRow>(sql`
      SELECT ${ft.term} AS "term", max(${ft.display}) AS "display", sum(${ft.count}) AS "count", sum(${ft.articles}) AS "articles"
      FROM ${ft} WHERE ${ft.theme} = ${facet.theme} GROUP BY ${ft.term} ORDER BY sum(${ft.count}) DESC, ${ft.term} LIMIT ${n}`)
  } else {
    rows = await db.all<TermRow>(sql`
      SELECT ${at.term} AS "term", max(${at.display}) AS "display", sum(${at.count}) AS "count", count(*) AS "articles"
      FROM ${at} JOIN ${a} ON ${a.id} = ${at.articleId}${whereClause(conditions)}
      GROUP BY ${at.term} ORDER BY sum(${at.count}) DESC, ${at.term} LIMIT ${n}`)
  }
  return rows.map((r) => ({ term: r.term, display: r.display, count: Number(r.count), articles: Number(r.articles) }))
}

export async function themeShares(db: Database, filter?: CorpusFilter): Promise<ThemeShare[]> {
  const { articles: a, articleThemes: th } = db.t
  const conditions = filterConditions(db, filter)
  const where = whereClause(conditions)
  const [total, dominant, scores] = await Promise.all([
    db.all<{ n: number }>(sql`SELECT count(*) AS "n" FROM ${a}${where}`),
    db.all<{ theme: string; n: number }>(sql`SELECT ${a.dominantTheme} AS "theme", count(*) AS "n" FROM ${a}
      ${whereClause([...conditions, sql`${a.dominantTheme} IS NOT NULL`])} GROUP BY ${a.dominantTheme}`),
    db.all<{ theme: string; mean: number }>(sql`SELECT ${th.theme} AS "theme", avg(${th.score}) AS "mean"
      FROM ${th} JOIN ${a} ON ${a.id} = ${th.articleId}${whereClause([...conditions, sql`${th.score} > 0`])} GROUP BY ${th.theme}`),
  ])
  const n = Number(total[0]?.n ?? 0)
  const byTheme = new Map<string, ThemeShare>()
  for (const s of scores) byTheme.set(s.theme, { theme: s.theme, articles: 0, share: 0, meanScore: Number(s.mean) })
  for (const d of dominant) {
    const entry = byTheme.get(d.theme) ?? { theme: d.theme, articles: 0, share: 0, meanScore: 0 }
    entry.articles = Number(d.n)
    entry.share = n > 0 ? Number(d.n) / n : 0
    byTheme.set(d.theme, entry)
  }
  return [...byTheme.values()].sort((x, y) => y.articles - x.articles || y.meanScore - x.meanScore || (x.theme < y.theme ? -1 : 1))
}

const BUCKETS = new Set<TimeBucket>(['day', 'week', 'month'])

export async function timeline(db: Database, filter?: CorpusFilter, bucket: TimeBucket = 'month'): Promise<TimelinePoint[]> {
  const a = db.t.articles
  const b = bucketStart(db, sql`${a.publishedDay}`, BUCKETS.has(bucket) ? bucket : 'month')
  const where = whereClause([...filterConditions(db, filter), sql`${a.publishedDay} IS NOT NULL`])
  const [points, themes] = await Promise.all([
    db.all<{ bucket: string; n: number; sentiment: number }>(sql`SELECT ${b} AS "bucket", count(*) AS "n", avg(${a.sentiment}) AS "sentiment"
      FROM ${a}${where} GROUP BY 1 ORDER BY 1`),
    db.all<{ bucket: string; theme: string; n: number }>(sql`SELECT ${b} AS "bucket", ${a.dominantTheme} AS "theme", count(*) AS "n"
      FROM ${a}${where} AND ${a.dominantTheme} IS NOT NULL GROUP BY 1, 2`),
  ])
  const byBucket = new Map<string, TimelinePoint>()
  for (const p of points) byBucket.set(p.bucket, { bucket: p.bucket, articles: Number(p.n), meanSentiment: Number(p.sentiment), themes: {} })
  for (const t of themes) {
    const point = byBucket.get(t.bucket)
    if (point) point.themes[t.theme] = Number(t.n)
  }
  return [...byBucket.values()]
}

export async function sentimentDistribution(db: Database, filter?: CorpusFilter, bins = 10): Promise<SentimentBin[]> {
  const a = db.t.articles
  const n = clampLimit(bins, 10, 100)
  const scaled = sql`((${a.sentiment} + 1) / 2.0 * ${n})`
  const bin = db.dialect === 'sqlite' ? sql`CAST(${scaled} AS INTEGER)` : sql`CAST(floor(${scaled}) AS INTEGER)`
  const rows = await db.all<{ bin: number; n: number }>(sql`SELECT
      CASE WHEN ${bin} >= ${n} THEN ${n - 1} WHEN ${bin} < 0 THEN 0 ELSE ${bin} END AS "bin", count(*) AS "n"
      FROM ${a}${whereClause(filterConditions(db, filter))} GROUP BY 1`)
  const counts = new Map(rows.map((r) => [Number(r.bin), Number(r.n)]))
  return Array.from({ length: n }, (_, i) => ({
    from: -1 + (2 * i) / n,
    to: -1 + (2 * (i + 1)) / n,
    articles: counts.get(i) ?? 0,
  }))
}
