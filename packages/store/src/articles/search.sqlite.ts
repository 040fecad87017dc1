import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * The SQLite full-text index: an FTS5 table keyed by article id holding folded title + text.
 * Created by a hand-written migration (drizzle-kit does not model virtual tables), so it is
 * declared here for its names only and kept out of schema.sqlite.ts.
 */
export const articleSearch = sqliteTable('article_search', {
  rowid: integer('rowid'),
  body: text('body'),
})
