import type { SQL } from 'drizzle-orm'
import type * as sqliteSchema from '../schema.sqlite'

export type Dialect = 'sqlite' | 'postgres'

/**
 * The tables, as drizzle objects. Queries only use them inside `sql` templates (for quoted,
 * schema-checked names), where the SQLite and PostgreSQL definitions render the same, so one
 * type serves both.
 */
export type Tables = typeof sqliteSchema

export type Row = Record<string, unknown>

/** Runs statements: the whole database, or one open transaction. */
export interface Executor {
  all<T = Row>(query: SQL): Promise<T[]>
  run(query: SQL): Promise<void>
  /** raw SQL with `?` placeholders, for generated bulk statements */
  raw<T = Row>(text: string, params: unknown[]): Promise<T[]>
}

export interface Database extends Executor {
  readonly dialect: Dialect
  readonly location: string
  readonly t: Tables
  /** a write transaction: committed when `fn` resolves, rolled back when it throws */
  transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T>
  close(): Promise<void>
}
