import type { SQL } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import pg from 'pg'
import * as schema from '../schema.pg'
import type { Database, Executor, Tables } from './database'
import { redactUrl } from './location'
import { migratePg } from './migrate'

const dialect = new PgDialect()

// counts and sums come back as bigint / numeric strings by default; the store's values fit a double
const NUMERIC_OIDS = new Set([20, 1700])
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (NUMERIC_OIDS.has(oid)) return (value: string) => Number(value)
    return pg.types.getTypeParser(oid, format as 'text')
  },
} as pg.CustomTypesConfig

/** `?` placeholders (as the bulk statement builders write them) to PostgreSQL's `$n` */
function numbered(text: string): string {
  let n = 0
  return text.replace(/\?/g, () => `$${++n}`)
}

function executorOn(target: pg.Pool | pg.PoolClient): Executor {
  const query = async <T>(text: string, params: unknown[]): Promise<T[]> =>
    (await target.query({ text, values: params, types })).rows as T[]
  return {
    raw: (text, params) => query(numbered(text), params),
    all: <T>(q: SQL) => {
      const built = dialect.sqlToQuery(q)
      return query<T>(built.sql, built.params)
    },
    run: async (q: SQL) => {
      const built = dialect.sqlToQuery(q)
      await query(built.sql, built.params)
    },
  }
}

/** deadlock and serialisation failures: the whole transaction may simply run again */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string })?.code
  return code === '40P01' || code === '40001'
}

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 8 })
  // an idle client's error (server restart) must not crash the process
  pool.on('error', () => undefined)
  try {
    await migratePg(pool, redactUrl(url))
  } catch (error) {
    await pool.end()
    throw error
  }
  return {
    ...executorOn(pool),
    dialect: 'postgres',
    location: redactUrl(url),
    t: schema as unknown as Tables,
    async transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T> {
      for (let attempt = 0; ; attempt++) {
        const client = await pool.connect()
        try {
          await client.query('BEGIN')
          const result = await fn(executorOn(client))
          await client.query('COMMIT')
          return result
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined)
          if (!isRetryable(error) || attempt >= 4) throw error
        } finally {
          client.release()
        }
        await new Promise((r) => setTimeout(r, 20 * (attempt + 1) + Math.random() * 50))
      }
    },
    async close() {
      await pool.end()
    },
  }
}
