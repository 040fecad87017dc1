import { sql, type SQL } from 'drizzle-orm'
import type { ArticleAnalysis, Lang } from '@newslens/analysis'
import type { ArticleListQuery, ArticleSortKey, ArticleSummary, Page, StoredArticle } from '../api'
import type { Database, Row } from '../db/database'
import { direction, filterConditions, paging, whereClause } from './filter'

function sortColumn(db: Database, key: ArticleSortKey | undefined): SQL {
  const a = db.t.articles
  const columns: Record<ArticleSortKey, SQL> = {
    publishedAt: sql`${a.publishedDay}`,
    title: sql`lower(${a.title})`,
    sentiment: sql`${a.sentiment}`,
    words: sql`${a.words}`,
    dominantTheme: sql`${a.dominantTheme}`,
    createdAt: sql`${a.createdAt}`,
  }
  return (key && Object.hasOwn(columns, key) ? columns[key] : undefined) ?? columns.publishedAt
}

export function summaryColumns(db: Database): SQL {
  const a = db.t.articles
  return sql`${a.id} AS "id", ${a.title} AS "title", ${a.source} AS "source", ${a.url} AS "url",
    ${a.publishedAt} AS "published_at", ${a.lang} AS "lang", ${a.words} AS "words", ${a.sentiment} AS "sentiment",
    ${a.dominantTheme} AS "dominant_theme", ${a.createdAt} AS "created_at"`
}

export function toSummary(r: Row): ArticleSummary {
  return {
    id: Number(r.id),
    title: String(r.title),
    source: (r.source as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    publishedAt: (r.published_at as string | null) ?? null,
    lang: r.lang as Lang,
    words: Number(r.words),
    sentiment: Number(r.sentiment),
    dominantTheme: (r.dominant_theme as string | null) ?? null,
    createdAt: String(r.created_at),
  }
}

export async function listArticles(db: Database, query: ArticleListQuery = {}): Promise<Page<ArticleSummary>> {
  const a = db.t.articles
  const where = whereClause(filterConditions(db, query))
  const { page, pageSize, offset } = paging(query)
  const column = sortColumn(db, query.sort)
  const dir = direction(query.dir)
  const [rows, count] = await Promise.all([
    db.all(sql`SELECT ${summaryColumns(db)} FROM ${a}${where}
      ORDER BY ${column} IS NULL, ${column} ${dir}, ${a.publishedAt} ${dir}, ${a.id} ${dir} LIMIT ${pageSize} OFFSET ${offset}`),
    db.all<{ n: number }>(sql`SELECT count(*) AS "n" FROM ${a}${where}`),
  ])
  return { rows: rows.map(toSummary), total: Number(count[0]?.n ?? 0), page, pageSize }
}

export async function getArticle(db: Database, id: number): Promise<StoredArticle | null> {
  if (!Number.isSafeInteger(id)) return null
  const { articles: a, articleContent: c } = db.t
  const rows = await db.all(sql`SELECT ${summaryColumns(db)}, ${a.contentHash} AS "content_hash",
      ${a.analysisVersion} AS "analysis_version", ${a.externalId} AS "external_id", ${c.text} AS "text", ${c.analysis} AS "analysis"
    FROM ${a} JOIN ${c} ON ${c.articleId} = ${a.id} WHERE ${a.id} = ${id}`)
  const r = rows[0]
  if (!r) return null
  return {
    ...toSummary(r),
    text: String(r.text),
    contentHash: String(r.content_hash),
    analysisVersion: String(r.analysis_version),
    externalId: (r.external_id as string | null) ?? null,
    analysis: JSON.parse(String(r.analysis)) as ArticleAnalysis,
  }
}

export async function findByHash(db: Database, contentHash: string): Promise<number | null> {
  if (typeof contentHash !== 'string') return null
  const a = db.t.articles
  const rows = await db.all<{ id: number }>(sql`SELECT ${a.id} AS "id" FROM ${a} WHERE ${a.contentHash} = ${contentHash}`)
  return rows[0] ? Number(rows[0].id) : null
}

export async function staleArticles(db: Database, currentVersion: string, limit = 1000): Promise<number[]> {
  const a = db.t.articles
  const n = Number.isSafeInteger(limit) && limit > 0 ? limit : 1000
  const rows = await db.all<{ id: number }>(
    sql`SELECT ${a.id} AS "id" FROM ${a} WHERE ${a.analysisVersion} <> ${String(currentVersion)} ORDER BY ${a.id} LIMIT ${n}`)
  return rows.map((r) => Number(r.id))
}
