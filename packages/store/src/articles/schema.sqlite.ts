import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

/** One row per distinct article text; the text and the full analysis live in `article_content`. */
export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalId: text('external_id'),
    title: text('title').notNull(),
    source: text('source'),
    url: text('url'),
    /** ISO date or date-time as given; null when unknown (never the ingest date) */
    publishedAt: text('published_at'),
    /** YYYY-MM-DD part of publishedAt: what date filters and timelines bucket on */
    publishedDay: text('published_day'),
    lang: text('lang').notNull(),
    contentHash: text('content_hash').notNull(),
    analysisVersion: text('analysis_version').notNull(),
    words: integer('words').notNull(),
    sentiment: real('sentiment').notNull(),
    sentimentLabel: text('sentiment_label').notNull(),
    dominantTheme: text('dominant_theme'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('articles_content_hash_uq').on(t.contentHash),
    index('articles_published_day_idx').on(t.publishedDay),
    index('articles_lang_idx').on(t.lang),
    index('articles_dominant_theme_idx').on(t.dominantTheme),
    index('articles_analysis_version_idx').on(t.analysisVersion),
    index('articles_created_at_idx').on(t.createdAt),
  ],
)

/** The bulky part of an article, kept apart so corpus scans over `articles` stay small. */
export const articleContent = sqliteTable('article_content', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  /** the full ArticleAnalysis as JSON, for the article page */
  analysis: text('analysis').notNull(),
})
