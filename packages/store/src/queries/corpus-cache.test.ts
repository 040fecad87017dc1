import { describe, expect, it } from 'vitest'
import type { Database } from '../db/database'
import * as schema from '../schema.sqlite'
import { corpusCache, versionReader } from './corpus-cache'

/** a database whose articles table answers a count that the test changes, counting the reads */
function fakeDatabase() {
  const state = { articles: 1, reads: 0 }
  const db = {
    t: schema,
    all: async () => {
      state.reads++
      return [{ n: state.articles, last: state.articles, updated: '2026-12-01T00:00:00.000Z' }]
    },
  } as unknown as Database
  return { db, state }
}

describe('corpus version reader', () => {
  it('reads the version once for callers asking in the same synchronous run', async () => {
    const { db, state } = fakeDatabase()
    const read = versionReader(db)
    const versions = await Promise.all([read(), read(), read()])
    expect(versions).toEqual(['1:1:2026-12-01T00:00:00.000Z', '1:1:2026-12-01T00:00:00.000Z', '1:1:2026-12-01T00:00:00.000Z'])
    expect(state.reads).toBe(1)
  })

  it('reads again for a caller asking after the previous read, and sees the change', async () => {
    const { db, state } = fakeDatabase()
    const read = versionReader(db)
    expect(await read()).toBe('1:1:2026-12-01T00:00:00.000Z')
    state.articles = 2
    expect(await read()).toBe('2:2:2026-12-01T00:00:00.000Z')
    expect(state.reads).toBe(2)
  })
})

describe('corpus cache', () => {
  it('computes an answer once per version and again when the version changes', async () => {
    const { db, state } = fakeDatabase()
    const cache = corpusCache(versionReader(db))
    let computed = 0
    const compute = async () => ++computed
    expect([await cache.remember('stats', [], compute), await cache.remember('stats', [], compute)]).toEqual([1, 1])
    state.articles = 2
    expect(await cache.remember('stats', [], compute)).toBe(2)
  })
})
