import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator'
import type { Client } from '@libsql/client'
import type { Pool } from 'pg'
import { repoRoot } from './location'
import type { Dialect } from './database'

/** the committed drizzle-kit output for a dialect: packages/store/drizzle/<sqlite|pg> */
export function migrationsFolder(dialect: Dialect): string {
  const sub = dialect === 'sqlite' ? 'sqlite' : 'pg'
  if (import.meta.url.startsWith('file:')) {
    const beside = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'drizzle', sub)
    if (existsSync(beside)) return beside
  }
  return join(repoRoot(), 'packages', 'store', 'drizzle', sub)
}

/** a statement with something to run: not blank, not only `--` comments */
function runnable(statement: string): boolean {
  return statement.replace(/--[^\n]*/g, '').trim() !== ''
}

/**
 * A database whose applied migrations are not all among the committed ones was made by another
 * migration history (an unreleased schema): refuse it clearly rather than half-migrate it.
 */
function checkHistory(all: MigrationMeta[], appliedHashes: string[], where: string): void {
  const known = new Set(all.map((m) => m.hash))
  if (appliedHashes.some((h) => !known.has(h))) {
    throw new Error(`the database at ${where} was created by a different (unreleased) schema version of @newslens/store; ` +
      'move it aside (a new one is created on the next open) or set DATABASE_URL to another database')
  }
}

function pending(all: MigrationMeta[], lastApplied: number | null): MigrationMeta[] {
  return all.filter((m) => lastApplied === null || lastApplied < m.folderMillis)
}

/**
 * Applies drizzle-kit migrations inside one write transaction (BEGIN IMMEDIATE), so a second
 * process opening the same fresh file waits for the first and then finds nothing to do.
 * Book-keeping uses drizzle's own `__drizzle_migrations` table, so `drizzle-kit migrate` agrees.
 */
export async function migrateSqlite(client: Client, where: string): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder: migrationsFolder('sqlite') })
  const tx = await client.transaction('write')
  try {
    await tx.execute('CREATE TABLE IF NOT EXISTS __drizzle_migrations (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric)')
    const applied = await tx.execute('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at')
    checkHistory(migrations, applied.rows.map((r) => String(r.hash)), where)
    const last = applied.rows.at(-1)
    const lastApplied = last ? Number(last.created_at) : null
    const todo = pending(migrations, lastApplied)
    for (const m of todo) {
      for (const stmt of m.sql) if (runnable(stmt)) await tx.execute(stmt)
      await tx.execute({ sql: 'INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)', args: [m.hash, m.folderMillis] })
    }
    await tx.commit()
    return todo.length
  } catch (error) {
    await tx.rollback().catch(() => undefined)
    throw error
  } finally {
    tx.close()
  }
}

/**
 * Applies drizzle-kit migrations in one transaction under a transaction-level advisory lock, so
 * concurrent openers of a fresh database serialise instead of racing on CREATE TABLE.
 */
export async function migratePg(pool: Pool, where: string): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder: migrationsFolder('postgres') })
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query("SELECT pg_advisory_xact_lock(hashtext('newslens:migrate'))")
    await client.query('CREATE SCHEMA IF NOT EXISTS drizzle')
    await client.query('CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)')
    const applied = await client.query<{ hash: string; created_at: string }>('SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY created_at')
    checkHistory(migrations, applied.rows.map((r) => r.hash), where)
    const last = applied.rows.at(-1)
    const lastApplied = last ? Number(last.created_at) : null
    const todo = pending(migrations, lastApplied)
    for (const m of todo) {
      for (const stmt of m.sql) if (runnable(stmt)) await client.query(stmt)
      await client.query('INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ($1, $2)', [m.hash, m.folderMillis])
    }
    await client.query('COMMIT')
    return todo.length
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
