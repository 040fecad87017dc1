import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { createClient, type Client, type InValue, type ResultSet, type Transaction } from '@libsql/client'
import type { SQL } from 'drizzle-orm'
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core'
import * as schema from '../schema.sqlite'
import type { Database, Executor, Row } from './database'
import { migrateSqlite } from './migrate'

const dialect = new SQLiteAsyncDialect()
/**
 * How long a writer waits for another process's write transaction. libsql waits synchronously
 * (the event loop pauses meanwhile, for at most one batch of the other writer). It must not be
 * short: a statement that fails with SQLITE_BUSY stays un-reset on its pooled connection until
 * garbage collection, and that connection then fails its next BEGIN / COMMIT.
 */
const BUSY_TIMEOUT_MS = 60_000
/** beyond the client's own wait, retries for a busy database (rare: lock hand-over races) */
const WRITE_WAIT_MS = 60_000
const CACHE_KIB = 16 * 1024

function toObjects<T>(rs: ResultSet): T[] {
  const { columns } = rs
  return rs.rows.map((row) => {
    const obj: Row = {}
    for (let i = 0; i < columns.length; i++) obj[columns[i]!] = row[i]
    return obj as T
  })
}

/** `retryBusy`: outside a transaction (reads only), a busy database is waited for, asynchronously */
function executorOn(target: Client | Transaction, retryBusy = false): Executor {
  const execute = (text: string, params: unknown[]) => target.execute({ sql: text, args: params as InValue[] })
  const raw = async <T>(text: string, params: unknown[]): Promise<T[]> =>
    toObjects<T>(await (retryBusy ? withBusyRetry(() => execute(text, params)) : execute(text, params)))
  return {
    raw,
    all: <T>(query: SQL) => {
      const q = dialect.sqlToQuery(query)
      return raw<T>(q.sql, q.params)
    },
    run: async (query: SQL) => {
      const q = dialect.sqlToQuery(query)
      await raw(q.sql, q.params)
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

function isBusy(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null
  return /SQLITE_BUSY|SQLITE_LOCKED|database is locked/i.test(`${e?.code ?? ''} ${e?.message ?? String(error)}`)
}

async function withBusyRetry<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + WRITE_WAIT_MS
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn()
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, Math.min(250, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random())))
    }
  }
}

export async function openSqlite(path: string): Promise<Database> {
  mkdirSync(dirname(path), { recursive: true })
  // the client's `timeout` is the busy timeout of every pooled connection, including the one a
  // transaction takes: a PRAGMA busy_timeout would only reach the connection that ran it.
  const client = createClient({ url: `file:${path}`, timeout: BUSY_TIMEOUT_MS })
  try {
    await serialised(path, async () => {
      await withBusyRetry(() => client.execute('PRAGMA journal_mode=WAL'))
      await withBusyRetry(() => migrateSqlite(client, path))
    })
  } catch (error) {
    client.close()
    throw error
  }
  // Write transactions get a client of their own with ONE connection, so per-connection settings
  // set before BEGIN reach the connection the transaction then takes (with a pool they might not,
  // and SQLite refuses to change the safety level inside a transaction).
  const writer = createClient({ url: `file:${path}`, timeout: BUSY_TIMEOUT_MS, concurrency: 1 })
  const base = executorOn(client, true)
  return {
    ...base,
    dialect: 'sqlite',
    location: path,
    t: schema,
    transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T> {
      return serialised(path, async () => {
        // Per connection, and a connection may be reopened after an error: cheap to repeat.
        // The default 2 MB page cache turns index upkeep into disk reads once the corpus outgrows
        // it. synchronous=NORMAL in WAL mode: a commit no longer waits for an fsync of the log
        // (which cost ~35 ms per batch here); a crash of the process loses nothing committed, and
        // the database stays consistent even on power loss, which may only undo the last commits.
        await writer.execute(`PRAGMA cache_size = -${CACHE_KIB}`)
        await writer.execute('PRAGMA synchronous = NORMAL')
        const tx = await withBusyRetry(() => writer.transaction('write'))
        try {
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
      writer.close()
      client.close()
    },
  }
}
