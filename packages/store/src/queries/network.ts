import { sql } from 'drizzle-orm'
import type { CorpusFilter, NetworkEdge } from '../api'
import type { Database } from '../db/database'
import { clampLimit, filterConditions, whereClause } from './filter'

/** the strongest sentence-scope co-occurrence edges over the matching articles */
export async function network(db: Database, filter?: CorpusFilter, limit?: number, kind?: 'term' | 'entity'): Promise<NetworkEdge[]> {
  const n = clampLimit(limit, 100, 2000)
  const { articleEdges: ae, edgeTotals: et, articles: a } = db.t
  const conditions = filterConditions(db, filter)
  const oneKind = kind === 'term' || kind === 'entity' ? kind : null
  // ORDER BY matches the (kind,) count DESC, a, b indexes of edge_totals: no sort, LIMIT stops early
  const rows = conditions.length === 0
    ? await db.all<{ kind: 'term' | 'entity'; a: string; b: string; count: number; articles: number }>(sql`
        SELECT ${et.kind} AS "kind", ${et.a} AS "a", ${et.b} AS "b", ${et.count} AS "count", ${et.articles} AS "articles"
        FROM ${et}${whereClause(oneKind ? [sql`${et.kind} = ${oneKind}`] : [])}
        ORDER BY ${et.count} DESC NULLS LAST, ${et.a}, ${et.b} LIMIT ${n}`)
    : await db.all<{ kind: 'term' | 'entity'; a: string; b: string; count: number; articles: number }>(sql`
        SELECT ${ae.kind} AS "kind", ${ae.a} AS "a", ${ae.b} AS "b", sum(${ae.count}) AS "count", count(*) AS "articles"
        FROM ${ae} JOIN ${a} ON ${a.id} = ${ae.articleId}
        ${whereClause([...conditions, ...(oneKind ? [sql`${ae.kind} = ${oneKind}`] : [])])}
        GROUP BY ${ae.kind}, ${ae.a}, ${ae.b} ORDER BY sum(${ae.count}) DESC, ${ae.a}, ${ae.b} LIMIT ${n}`)
  return rows.map((r) => ({ a: r.a, b: r.b, kind: r.kind, count: Number(r.count), articles: Number(r.articles) }))
}
