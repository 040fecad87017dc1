import { sql } from 'drizzle-orm'
import type { Database } from '../db/database'

/**
 * Remembers the answers of the corpus-wide aggregates (overview charts) until the corpus changes.
 * The corpus version is read from the database on every call, so an article saved, re-analysed or
 * deleted by any process (the CLI, another server) shows on the next page load; only the
 * aggregate work is saved, which is what keeps the overview cheap under load.
 */
const MAX_ENTRIES = 500

export interface CorpusCache {
  remember<T>(name: string, args: unknown[], compute: () => Promise<T>): Promise<T>
}

/**
 * A token that changes whenever an article is saved, re-analysed or deleted, by any process: the
 * article count, the highest id and the latest update. Cheap (one indexed aggregate), so callers
 * read it on every request and keep derived answers for as long as it stays the same.
 */
export async function corpusVersion(db: Database): Promise<string> {
  const a = db.t.articles
  const [row] = await db.all<{ n: number; last: number | null; updated: string | null }>(
    sql`SELECT count(*) AS "n", max(${a.id}) AS "last", max(${a.updatedAt}) AS "updated" FROM ${a}`,
  )
  return `${row?.n ?? 0}:${row?.last ?? 0}:${row?.updated ?? ''}`
}

/**
 * corpusVersion, read once for all the callers of one synchronous run (a page asking for eight
 * aggregates at once): the read starts after the last of them has asked, so each still sees
 * every write committed before it asked.
 */
export function versionReader(db: Database): () => Promise<string> {
  let next: Promise<string> | null = null
  return () => {
    next ??= Promise.resolve().then(() => {
      next = null
      return corpusVersion(db)
    })
    return next
  }
}

export function corpusCache(readVersion: () => Promise<string>): CorpusCache {
  const entries = new Map<string, { version: string; value: Promise<unknown> }>()
  return {
    async remember<T>(name: string, args: unknown[], compute: () => Promise<T>): Promise<T> {
      const key = `${name}:${JSON.stringify(args)}`
      const version = await readVersion()
      const hit = entries.get(key)
      if (hit && hit.version === version) return hit.value as Promise<T>
      const value = compute()
      entries.set(key, { version, value })
      // a failed query is not remembered
      value.catch(() => { if (entries.get(key)?.value === value) entries.delete(key) })
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!)
      return value
    },
  }
}
