import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { createClient, type Client, type InValue, type ResultSet, type Transaction } from '@libsql/client'
import type { SQL } from 'drizzle-orm'
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core'
import * as schema from '../schema.sqlite'
import type { Database, Executor, Row } from './database'
import { migrateSqlite } from './migrate'

const dialect = new SQLiteAsyncDialect()
/** how long a writer waits for another process's write transaction before giving up */
const BUSY_TIMEOUT_MS = 60_000
const CACHE_KIB = 16 * 1024

function toObjects<T>(rs: ResultSet): T[] {
  const { columns } = rs
  return rs.rows.map((row) => {
    const obj: Row = {}
    for (let i = 0; i < columns.length; i++) obj[columns[i]!] = row[i]
    return obj as T
  })
}

function executorOn(target: Client | Transaction): Executor {
  const raw = async <T>(text: string, params: unknown[]): Promise<T[]> =>
    toObjects<T>(await target.execute({ sql: text, args: params as InValue[] }))
  return {
    raw,
    all: <T>(query: SQL) => {
      const q = dialect.sqlToQuery(query)
      return raw<T>(q.sql, q.params)
    },
    run: async (query: SQL) => {
      const q = dialect.sqlToQuery(query)
      await target.execute({ sql: q.sql, args: q.params as InValue[] })
    },
  }
}

/**
 * One write transaction at a time per database file within this process. libsql waits for a busy
 * lock synchronously, blocking the event loop: a second in-process writer waiting in BEGIN
 * IMMEDIATE would stall the very transaction it waits for. Other processes are handled by the
 * busy timeout, since their transactions progress on their own.
 */
const writeQueues = new Map<string, Promise<unknown>>()

function serialised<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const previous = writeQueues.get(path) ?? Promise.resolve()
  const run = previous.then(fn, fn)
  const settled = run.then(() => undefined, () => undefined)
  writeQueues.set(path, settled)
  void settled.then(() => { if (writeQueues.get(path) === settled) writeQueues.delete(path) })
  return run
}

async function withBusyRetry<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn()
    } catch (error) {
      const busy = /SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message ?? error))
      if (!busy || attempt >= 5) throw error
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)))
    }
  }
}

export async function openSqlite(path: string): Promise<Database> {
  mkdirSync(dirname(path), { recursive: true })
  // the client's `timeout` is the busy timeout of every pooled connection, including the one a
  // transaction takes: a PRAGMA busy_timeout would only reach the connection that ran it
  const client = createClient({ url: `file:${path}`, timeout: BUSY_TIMEOUT_MS })
  try {
    await serialised(path, async () => {
      await withBusyRetry(() => client.execute('PRAGMA journal_mode=WAL'))
      await withBusyRetry(() => migrateSqlite(client))
    })
  } catch (error) {
    client.close()
    throw error
  }
  const base = executorOn(client)
  return {
    ...base,
    dialect: 'sqlite',
    location: path,
    t: schema,
    transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T> {
      return serialised(path, async () => {
        const tx = await withBusyRetry(() => client.transaction('write'))
        try {
          // per connection, and pooled connections come and go: cheap to repeat. The default 2 MB
          // page cache turns index upkeep into disk reads once the corpus outgrows it.
          await tx.execute(`PRAGMA cache_size = -${CACHE_KIB}`)
          const result = await fn(executorOn(tx))
          await tx.commit()
          return result
        } catch (error) {
          await tx.rollback().catch(() => undefined)
          throw error
        } finally {
          tx.close()
        }
      })
    },
    async close() {
      client.close()
    },
  }
}
