// Test-only: the databases the contract suite runs against. SQLite always (a temporary file);
// PostgreSQL at TEST_DATABASE_URL, in a uniquely named database created for the run and dropped
// after it, so parallel runs never see each other. With CI=true the PostgreSQL run must happen.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

export interface TestDatabase {
  url: string
  drop(): Promise<void>
}

export interface TestTarget {
  dialect: 'sqlite' | 'postgres'
  /** set when the target cannot run here and that is acceptable: the suite is skipped */
  skip?: string
  /** set when the target must run but cannot: every test of the suite fails with it */
  error?: string
  create(): Promise<TestDatabase>
}

const sqliteTarget: TestTarget = {
  dialect: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-store-'))
    return { url: `file:${join(dir, 'test.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) }
  },
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

async function postgresTarget(): Promise<TestTarget> {
  const url = process.env.TEST_DATABASE_URL
  const ci = process.env.CI === 'true'
  const unavailable = (reason: string): TestTarget => {
    if (ci) return { dialect: 'postgres', error: `PostgreSQL contract run required in CI: ${reason}`, create: () => Promise.reject(new Error(reason)) }
    console.warn(`NOTICE: PostgreSQL store tests skipped: ${reason}`)
    return { dialect: 'postgres', skip: reason, create: () => Promise.reject(new Error(reason)) }
  }
  if (!url) return unavailable('TEST_DATABASE_URL is not set')
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await probe.connect()
    await probe.query('SELECT 1')
  } catch (error) {
    return unavailable(`cannot reach TEST_DATABASE_URL (${(error as Error).message})`)
  } finally {
    await probe.end().catch(() => undefined)
  }
  return {
    dialect: 'postgres',
    async create() {
      const name = `newslens_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
      const admin = new pg.Client({ connectionString: url })
      await admin.connect()
      try {
        await admin.query(`CREATE DATABASE "${name}"`)
      } finally {
        await admin.end()
      }
      return {
        url: withDatabase(url, name),
        async drop() {
          const cleanup = new pg.Client({ connectionString: url })
          await cleanup.connect()
          try {
            await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
          } finally {
            await cleanup.end()
          }
        },
      }
    },
  }
}

export async function testTargets(): Promise<TestTarget[]> {
  return [sqliteTarget, await postgresTarget()]
}

/** a raw SQL connection to a test database, for fault injection and consistency checks */
export interface RawSql {
  query<T = Record<string, unknown>>(text: string): Promise<T[]>
  close(): Promise<void>
}

export async function rawSql(url: string): Promise<RawSql> {
  if (url.startsWith('file:')) {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url, timeout: 30_000 })
    return {
      query: async <T>(text: string) => {
        const rs = await client.execute(text)
        return rs.rows.map((row) => Object.fromEntries(rs.columns.map((c, i) => [c, row[i]]))) as T[]
      },
      close: async () => client.close(),
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return {
    query: async <T>(text: string) => (await client.query(text)).rows as T[],
    close: () => client.end(),
  }
}
