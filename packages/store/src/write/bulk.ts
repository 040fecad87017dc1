import type { Column, Table } from 'drizzle-orm'
import { getTableName } from 'drizzle-orm'
import type { Database, Executor, Row } from '../db/database'

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
/** rows per statement: large enough to amortise a call, small enough to bound memory */
const MAX_ROWS_PER_STATEMENT = 5000

/**
 * Multi-row INSERT whose rows travel as ONE JSON parameter, unpacked by the database
 * (json_each on SQLite, json_array_elements on PostgreSQL). A VALUES list with a placeholder
 * per value costs a statement compile and a bound parameter per value, which dominated ingest
 * time at millions of rows; one JSON string is parsed in C. Table and column names, and the
 * PostgreSQL casts, come from the drizzle schema. `suffix` is an ON CONFLICT / RETURNING clause.
 */
export async function insertRows<T = Row>(
  db: Pick<Database, 'dialect'>,
  ex: Executor,
  table: Table,
  columns: Column[],
  rows: unknown[][],
  suffix = '',
): Promise<T[]> {
  if (rows.length === 0) return []
  const target = `INSERT INTO ${quote(getTableName(table))} (${columns.map((c) => quote(c.name)).join(', ')})`
  const text = db.dialect === 'sqlite'
    // WHERE true: without it SQLite would read ON CONFLICT as part of the SELECT's join syntax
    ? `${target} SELECT ${columns.map((_, i) => `value ->> ${i}`).join(', ')} FROM json_each(?) WHERE true ${suffix}`
    : `${target} SELECT ${columns.map((c, i) => `(r ->> ${i})::${c.getSQLType()}`).join(', ')} FROM json_array_elements(?::json) AS r ${suffix}`
  const out: T[] = []
  for (let i = 0; i < rows.length; i += MAX_ROWS_PER_STATEMENT) {
    const chunk = i === 0 && rows.length <= MAX_ROWS_PER_STATEMENT ? rows : rows.slice(i, i + MAX_ROWS_PER_STATEMENT)
    const result = await ex.raw<T>(text, [JSON.stringify(chunk)])
    for (const r of result) out.push(r)
  }
  return out
}
