// Placeholder until the store lands.
export type * from './api'
import type { Store } from './api'

export interface OpenStoreOptions {
  /** overrides DATABASE_URL: `file:PATH` for SQLite, `postgres://...` for PostgreSQL */
  url?: string
}

export async function openStore(_options: OpenStoreOptions = {}): Promise<Store> {
  throw new Error('store not implemented yet')
}
