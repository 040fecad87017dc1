import type { ArticleAnalysis, EntityType } from '@newslens/analysis'
import type { ArticleInput, BatchResult, SaveItem, SaveResult, Store } from './api'
import type { Database } from './db/database'
import { resolveLocation } from './db/location'
import { openPostgres } from './db/pg'
import { openSqlite } from './db/sqlite'
import { StoreInputError } from './errors'
import { findByHash, getArticle, listArticles, staleArticles } from './queries/articles'
import { termContexts } from './queries/contexts'
import { corpusCache, versionReader } from './queries/corpus-cache'
import { corpusStats, sentimentDistribution, themeShares, timeline, topTerms } from './queries/corpus'
import { getEntity, listEntities, topEntities } from './queries/entities'
import { network } from './queries/network'
import { prepareItem } from './write/prepare'
import { deleteArticle, replaceAnalysis, saveBatch, saveOne } from './write/save'

export interface OpenStoreOptions {
  /** overrides DATABASE_URL: `file:PATH` for SQLite, `postgres://...` for PostgreSQL */
  url?: string
}

/** Rows written since the store opened, across all tables: what the benchmark reports as rows/s. */
export interface WriteCounters {
  rows: number
}

export interface NewsLensStore extends Store {
  readonly counters: WriteCounters
  updateAnalysis(id: number, analysis: ArticleAnalysis): Promise<boolean>
}

function storeOn(db: Database): NewsLensStore {
  const counters: WriteCounters = { rows: 0 }
  const countRows = (rows: number) => { counters.rows += rows }
  let closed = false
  const readVersion = versionReader(db)
  const cache = corpusCache(readVersion)
  return {
    dialect: db.dialect,
    location: db.location,
    counters,

    saveArticle: async (article: ArticleInput, analysis: ArticleAnalysis): Promise<SaveResult> =>
      // prepareItem throws StoreInputError before any write
      saveOne(db, prepareItem(article, analysis), countRows),
    saveBatch: (items: SaveItem[]): Promise<BatchResult> => {
      if (!Array.isArray(items)) throw new StoreInputError('saveBatch takes an array of { article, analysis }')
      return saveBatch(db, items, countRows)
    },
    deleteArticle: (id) => deleteArticle(db, id),
    async updateAnalysis(id, analysis) {
      const stored = await getArticle(db, id)
      if (!stored) return false
      const item = prepareItem(
        { text: stored.text, title: stored.title, source: stored.source, url: stored.url, publishedAt: stored.publishedAt, externalId: stored.externalId },
        analysis,
      )
      return replaceAnalysis(db, id, item)
    },

    getArticle: (id) => getArticle(db, id),
    findByHash: (hash) => findByHash(db, hash),
    listArticles: (query) => listArticles(db, query),
    staleArticles: (version, limit) => staleArticles(db, version, limit),

    corpusVersion: readVersion,
    corpusStats: (filter) => cache.remember('stats', [filter], () => corpusStats(db, filter)),
    topTerms: (filter, limit) => cache.remember('terms', [filter, limit], () => topTerms(db, filter, limit)),
    themeShares: (filter) => cache.remember('themes', [filter], () => themeShares(db, filter)),
    timeline: (filter, bucket) => cache.remember('timeline', [filter, bucket], () => timeline(db, filter, bucket)),
    sentimentDistribution: (filter, bins) => cache.remember('sentiment', [filter, bins], () => sentimentDistribution(db, filter, bins)),

    listEntities: (query) => listEntities(db, query),
    topEntities: (filter, type?: EntityType, limit?: number) =>
      cache.remember('entities', [filter, type, limit], () => topEntities(db, filter, type, limit)),
    getEntity: (id) => getEntity(db, id),

    network: (filter, limit, kind?: 'term' | 'entity') => network(db, filter, limit, kind),
    termContexts: (term, filter, limit) => termContexts(db, term, filter, limit),

    async close() {
      if (closed) return
      closed = true
      await db.close()
    },
  }
}

/**
 * Opens (creating and migrating when needed) the store at `options.url`, else DATABASE_URL,
 * else the SQLite file data/newslens.db under the repo root.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<NewsLensStore> {
  const location = resolveLocation(options.url ?? process.env.DATABASE_URL)
  const db = location.dialect === 'sqlite' ? await openSqlite(location.path) : await openPostgres(location.url)
  return storeOn(db)
}
