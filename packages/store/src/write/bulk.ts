import type { Column, Table } from 'drizzle-orm'
import { getTableName } from 'drizzle-orm'
import type { Database, Executor, Row } from '../db/database'

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
/**
 * JSON characters per statement: enough to amortise a call, small enough that the copy the
 * driver binds (freed only when its statement object is garbage-collected) stays small.
 */
const MAX_JSON_PER_STATEMENT = 512 * 1024

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
  /** value arrays, or their JSON text when it was made earlier (outside the write transaction) */
  rows: unknown[][] | string[],
  suffix = '',
  options: { wide?: boolean } = {},
): Promise<T[]> {
  if (rows.length === 0) return []
  const target = `INSERT INTO ${quote(getTableName(table))} (${columns.map((c) => quote(c.name)).join(', ')})`
  if (options.wide) return insertValues<T>(ex, target, columns.length, rows.map((r) => (typeof r === 'string' ? JSON.parse(r) as unknown[] : r)), suffix)
  const text = db.dialect === 'sqlite'
    // WHERE true: without it SQLite would read ON CONFLICT as part of the SELECT's join syntax
    ? `${target} SELECT ${columns.map((_, i) => `value ->> ${i}`).join(', ')} FROM json_each(?) WHERE true ${suffix}`
    : `${target} SELECT ${columns.map((c, i) => `(r ->> ${i})::${c.getSQLType()}`).join(', ')} FROM json_array_elements(?::json) AS r ${suffix}`
  const out: T[] = []
  let parts: string[] = []
  let size = 0
  const flush = async () => {
    const result = await ex.raw<T>(text, [`[${parts.join(',')}]`])
    for (const r of result) out.push(r)
    parts = []
    size = 0
  }
  for (const row of rows) {
    const json = typeof row === 'string' ? row : JSON.stringify(row)
    if (size > 0 && size + json.length > MAX_JSON_PER_STATEMENT) await flush()
    parts.push(json)
    size += json.length + 1
  }
  if (parts.length > 0) await flush()
  return out
}

const WIDE_ROWS_PER_STATEMENT = 200

/**
 * Few rows with large values (article text, analysis JSON): plain bound parameters, so the
 * values are not escaped into, and parsed back out of, a JSON document.
 */
async function insertValues<T>(ex: Executor, target: string, width: number, rows: unknown[][], suffix: string): Promise<T[]> {
  const tuple = `(${new Array<string>(width).fill('?').join(', ')})`
  const out: T[] = []
  for (let i = 0; i < rows.length; i += WIDE_ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + WIDE_ROWS_PER_STATEMENT)
    const params = chunk.flat().map((v) => (v === undefined ? null : v))
    const result = await ex.raw<T>(`${target} VALUES ${new Array<string>(chunk.length).fill(tuple).join(', ')} ${suffix}`, params)
    for (const r of result) out.push(r)
  }
  return out
}

/** One article's rows for a per-article table, as the JSON text of their value arrays (no id). */
export interface ArticleRowsGroup {
  articleId: number
  /** `[[v1, v2, ...], ...]`: the row values after the article id column */
  json: string
  count: number
}

/**
 * Multi-row INSERT of per-article rows whose first column is the article id: the rows of each
 * article were serialised once, before the write transaction (in the caller's worker), and only
 * their article id is spliced in here, as an object key: `{"id": [[...], ...], ...}`, unpacked by
 * a nested json_each / json_array_elements. (A key rather than `[id, rows]`: SQLite would parse
 * the whole article's JSON again for every row to read the id.) Returns the number of rows.
 */
export async function insertArticleRows(
  db: Pick<Database, 'dialect'>,
  ex: Executor,
  table: Table,
  columns: Column[],
  groups: ArticleRowsGroup[],
): Promise<number> {
  const target = `INSERT INTO ${quote(getTableName(table))} (${columns.map((c) => quote(c.name)).join(', ')})`
  const rest = columns.slice(1)
  const text = db.dialect === 'sqlite'
    ? `${target} SELECT CAST(a.key AS INTEGER), ${rest.map((_, i) => `r.value ->> ${i}`).join(', ')} FROM json_each(?) AS a, json_each(a.value) AS r`
    : `${target} SELECT a.key::${columns[0]!.getSQLType()}, ${rest.map((c, i) => `(r ->> ${i})::${c.getSQLType()}`).join(', ')} ` +
      'FROM json_each(?::json) AS a, json_array_elements(a.value) AS r'
  let rows = 0
  let parts: string[] = []
  let size = 0
  const flush = async () => {
    await ex.raw(text, [`{${parts.join(',')}}`])
    parts = []
    size = 0
  }
  for (const g of groups) {
    if (g.count === 0) continue
    if (size > 0 && size + g.json.length > MAX_JSON_PER_STATEMENT) await flush()
    parts.push(`"${g.articleId}":${g.json}`)
    size += g.json.length + 16
    rows += g.count
  }
  if (parts.length > 0) await flush()
  return rows
}
