import { randomUUID } from 'node:crypto'
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
 * article count, the highest id and the latest update (one aggregate over the articles table, a
 * few ms for the benchmark corpus), read on every request; derived answers are kept for as long
 * as it stays the same.
 */
export async function corpusVersion(db: Database): Promise<string> {
  const a = db.t.articles
  const [row] = await db.all<{ n: number; last: number | null; updated: string | null }>(
    sql`SELECT count(*) AS "n", max(${a.id}) AS "last", max(${a.updatedAt}) AS "updated" FROM ${a}`,
  )
  return `${row?.n ?? 0}:${row?.last ?? 0}:${row?.updated ?? ''}`
}

/**
 * SQLite says cheaply whether the database may have changed since a connection last looked:
 * `data_version` moves when any other connection (another process, the store's own writer)
 * commits, `total_changes()` when this connection writes. Both are per connection, and the read
 * pool may hand out another one: a random marker in a temp table (seen by its connection only)
 * names the connection, so an answer is only ever compared with one from the same connection.
 * Null when this connection has no marker yet (it gets one).
 */
function sqliteChangeProbe(db: Database): () => Promise<string | null> {
  return async () => {
    try {
      const [row] = await db.all<{ conn: string | null; dv: number; changes: number }>(sql.raw(
        `SELECT (SELECT "marker" FROM temp."newslens_probe") AS "conn", (SELECT "data_version" FROM pragma_data_version) AS "dv", total_changes() AS "changes"`,
      ))
      return row?.conn ? `${row.conn}:${row.dv}:${row.changes}` : null
    } catch {
      // a connection without the table: create it, with a marker no other connection has (at
      // worst these land on another pooled connection, and the next probe tries again)
      try {
        await db.run(sql.raw(`CREATE TEMP TABLE IF NOT EXISTS "newslens_probe" ("marker" TEXT)`))
        await db.run(sql.raw(`DELETE FROM temp."newslens_probe"`))
        await db.run(sql`INSERT INTO temp."newslens_probe" ("marker") VALUES (${randomUUID()})`)
      } catch {
        // no marker: every read scans, as without the probe
      }
      return null
    }
  }
}

/**
 * corpusVersion, read once for all the callers of one synchronous run (a page asking for eight
 * aggregates at once): the read starts after the last of them has asked, so each still sees
 * every write committed before it asked. On SQLite the table scan behind corpusVersion is
 * skipped while the change probe (taken before it) gives the same answer.
 */
export function versionReader(db: Database): () => Promise<string> {
  const probe = db.dialect === 'sqlite' ? sqliteChangeProbe(db) : null
  let last: { probe: string; version: string } | null = null
  const read = async (): Promise<string> => {
    const before = probe ? await probe() : null
    if (before !== null && last?.probe === before) return last.version
    const version = await corpusVersion(db)
    last = before === null ? null : { probe: before, version }
    return version
  }
  let next: Promise<string> | null = null
  return () => {
    next ??= Promise.resolve().then(() => {
      next = null
      return read()
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
