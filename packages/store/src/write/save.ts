import { sql } from 'drizzle-orm'
import type { BatchResult, SaveItem, SaveResult } from '../api'
import type { Database, Executor } from '../db/database'
import { StoreInputError } from '../errors'
import { insertRows } from './bulk'
import { batchTotals, removeAnalysisRows, writeAnalysisRows, type BatchTotals } from './analysis'
import { prepareItem, type PreparedItem } from './prepare'

export interface WriteOutcome {
  results: SaveResult[]
  /** rows written across all tables (for throughput figures) */
  rows: number
}

/**
 * Stores prepared items in the caller's transaction. The unique index on content_hash decides
 * what is new: INSERT ... ON CONFLICT DO NOTHING, so two writers racing on one text both end up
 * pointing at the one row, whichever committed first.
 */
export async function writeItems(db: Database, tx: Executor, items: PreparedItem[], totals?: BatchTotals): Promise<WriteOutcome> {
  const { t } = db
  const now = new Date().toISOString()
  // input order, so ids follow ingest order; two PostgreSQL batches inserting the same texts in
  // opposite orders can deadlock, which the transaction retry absorbs
  const candidates = firstOfEachText(items)
  const a = t.articles
  const columns = [a.externalId, a.title, a.source, a.url, a.publishedAt, a.publishedDay, a.lang, a.contentHash,
    a.analysisVersion, a.words, a.sentiment, a.sentimentLabel, a.dominantTheme, a.createdAt, a.updatedAt]
  const pg = db.dialect === 'postgres'
  if (pg) columns.push((t.articles as unknown as { searchText: typeof a.title }).searchText)
  const inserted = await insertRows<{ id: number; content_hash: string }>(db, tx, a, columns,
    candidates.map(({ article: r, analysis, rows, words, sentiment, searchText }) => {
      const row: unknown[] = [r.externalId, r.title, r.source, r.url, r.publishedAt, r.publishedDay, analysis.lang, r.contentHash,
        analysis.version, words, sentiment, String(analysis.sentiment.label ?? 'neutral'), rows.dominantTheme, now, now]
      if (pg) row.push(searchText)
      return row
    }),
    'ON CONFLICT ("content_hash") DO NOTHING RETURNING "id", "content_hash"', { wide: true })

  const idByHash = new Map<string, number>()
  for (const r of inserted) idByHash.set(r.content_hash, Number(r.id))
  const newHashes = new Set(idByHash.keys())
  const missing = candidates.map((c) => c.article.contentHash).filter((h) => !idByHash.has(h))
  for (let i = 0; i < missing.length; i += 500) {
    const chunk = missing.slice(i, i + 500)
    const found = await tx.all<{ id: number; content_hash: string }>(
      sql`SELECT "id", "content_hash" FROM ${a} WHERE "content_hash" IN (${sql.join(chunk.map((h) => sql`${h}`), sql`, `)})`)
    for (const r of found) idByHash.set(r.content_hash, Number(r.id))
  }

  const stored = candidates
    .filter((c) => newHashes.has(c.article.contentHash))
    .map((item) => ({ id: idByHash.get(item.article.contentHash)!, item }))
  // totals computed beforehand hold only if every candidate turned out new
  const rows = inserted.length + (await writeAnalysisRows(db, tx, stored, stored.length === candidates.length ? totals : undefined))

  const claimed = new Set<string>()
  const results = items.map((item): SaveResult => {
    const hash = item.article.contentHash
    const id = idByHash.get(hash)
    if (id === undefined) throw new Error('article vanished while saving (deleted by a concurrent writer?)')
    const first = newHashes.has(hash) && !claimed.has(hash)
    claimed.add(hash)
    return first ? { status: 'inserted', id } : { status: 'duplicate', id }
  })
  return { results, rows }
}

/** the first item of each distinct text, in input order */
function firstOfEachText(items: PreparedItem[]): PreparedItem[] {
  const firstByHash = new Map<string, PreparedItem>()
  for (const item of items) if (!firstByHash.has(item.article.contentHash)) firstByHash.set(item.article.contentHash, item)
  return [...firstByHash.values()]
}

function reasonOf(error: unknown): string {
  if (error instanceof StoreInputError) return error.message
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]!.slice(0, 300)
}

/**
 * One transaction for the batch; if it fails, each item gets its own transaction so one bad
 * item costs only itself.
 */
export async function saveBatch(db: Database, items: SaveItem[], onRows?: (rows: number) => void): Promise<BatchResult> {
  const results: (SaveResult | null)[] = new Array(items.length).fill(null)
  const failed: BatchResult['failed'] = []
  const prepared: { index: number; item: PreparedItem }[] = []
  items.forEach((input, index) => {
    try {
      if (!input || typeof input !== 'object') throw new StoreInputError('batch item must be { article, analysis }')
      prepared.push({ index, item: prepareItem(input.article, input.analysis) })
    } catch (error) {
      failed.push({ index, reason: reasonOf(error) })
    }
  })

  if (prepared.length > 0) {
    try {
      const batch = prepared.map((p) => p.item)
      // summed before taking the write lock: while another writer holds it, this one is idle anyway
      const totals = batchTotals(firstOfEachText(batch))
      const outcome = await db.transaction((tx) => writeItems(db, tx, batch, totals))
      outcome.results.forEach((r, i) => { results[prepared[i]!.index] = r })
      onRows?.(outcome.rows)
    } catch {
      for (const { index, item } of prepared) {
        try {
          const outcome = await db.transaction((tx) => writeItems(db, tx, [item]))
          results[index] = outcome.results[0]!
          onRows?.(outcome.rows)
        } catch (error) {
          failed.push({ index, reason: reasonOf(error) })
        }
      }
    }
  }
  failed.sort((x, y) => x.index - y.index)
  return {
    inserted: results.filter((r) => r?.status === 'inserted').length,
    duplicates: results.filter((r) => r?.status === 'duplicate').length,
    failed,
    results,
  }
}

/** One prepared item in its own transaction; errors propagate as they are. */
export async function saveOne(db: Database, item: PreparedItem, onRows?: (rows: number) => void): Promise<SaveResult> {
  const outcome = await db.transaction((tx) => writeItems(db, tx, [item]))
  onRows?.(outcome.rows)
  return outcome.results[0]!
}

export async function deleteArticle(db: Database, id: number): Promise<boolean> {
  if (!Number.isSafeInteger(id)) return false
  const { t } = db
  return db.transaction(async (tx) => {
    if (!(await clearArticle(db, tx, id))) return false
    await tx.run(sql`DELETE FROM ${t.articles} WHERE "id" = ${id}`)
    return true
  })
}

/** Removes an article's analysis rows and content inside `tx`, leaving its row; false when absent. */
async function clearArticle(db: Database, tx: Executor, id: number): Promise<boolean> {
  const { t } = db
  const exists = await tx.all(sql`SELECT "id" FROM ${t.articles} WHERE "id" = ${id}`)
  if (exists.length === 0) return false
  await removeAnalysisRows(db, tx, id)
  await tx.run(sql`DELETE FROM ${t.articleContent} WHERE "article_id" = ${id}`)
  return true
}

/** Replaces a stored article's analysis (after re-analysis) in one transaction; false when absent. */
export async function replaceAnalysis(db: Database, id: number, item: PreparedItem): Promise<boolean> {
  if (!Number.isSafeInteger(id)) return false
  const { t } = db
  return db.transaction(async (tx) => {
    if (!(await clearArticle(db, tx, id))) return false
    const { analysis, rows, words, sentiment } = item
    await tx.run(sql`UPDATE ${t.articles} SET "lang" = ${analysis.lang}, "analysis_version" = ${analysis.version},
      "words" = ${words}, "sentiment" = ${sentiment}, "sentiment_label" = ${String(analysis.sentiment.label ?? 'neutral')},
      "dominant_theme" = ${rows.dominantTheme}, "updated_at" = ${new Date().toISOString()} WHERE "id" = ${id}`)
    await writeAnalysisRows(db, tx, [{ id, item }])
    return true
  })
}
