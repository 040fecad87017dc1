import { resolveLocation } from './db/location'
import { openPostgres } from './db/pg'
import { openSqlite } from './db/sqlite'

/** Creates or upgrades the database at `url` (else DATABASE_URL, else the default file); returns where. */
export async function migrate(url?: string): Promise<string> {
  const location = resolveLocation(url ?? process.env.DATABASE_URL)
  // opening applies pending migrations under the dialect's lock
  const db = location.dialect === 'sqlite' ? await openSqlite(location.path) : await openPostgres(location.url)
  const where = db.location
  await db.close()
  return where
}
