import { connection } from 'next/server'
import { openStore, type Store } from '@newslens/store'

// One store (one connection pool) per server process, shared across requests and hot reloads.
const holder = globalThis as typeof globalThis & { __newslensStore?: Promise<Store> }

/**
 * The store, opened once. Awaiting `connection()` first marks every caller as request-time
 * rendering: nothing read from the store is ever prerendered or cached at build time.
 */
export async function getStore(): Promise<Store> {
  await connection()
  if (!holder.__newslensStore) {
    holder.__newslensStore = openStore().catch((error: unknown) => {
      holder.__newslensStore = undefined
      throw error
    })
  }
  return holder.__newslensStore
}
