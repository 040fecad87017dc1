import { doublePrecision, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'

/**
 * One row per distinct entity across the corpus (merged by type + normalised name), carrying
 * running totals kept up to date on save and delete so the entity table needs no aggregation.
 */
export const entities = pgTable(
  'entities',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    /** lower-case, accents and punctuation stripped: the merge key and the name search column */
    nameKey: text('name_key').notNull(),
    mentions: integer('mentions').notNull(),
    articles: integer('articles').notNull(),
    /** sum of per-article sentiment; mean = sentimentSum / articles */
    sentimentSum: doublePrecision('sentiment_sum').notNull(),
  },
  (t) => [
    uniqueIndex('entities_type_name_key_uq').on(t.type, t.nameKey),
    // one index per entity-table sort, matching its ORDER BY (ties: most mentioned, then name)
    index('entities_mentions_idx').on(t.mentions.desc(), t.nameKey),
    index('entities_articles_idx').on(t.articles.desc(), t.mentions.desc(), t.nameKey),
    index('entities_name_idx').on(t.nameKey, t.mentions.desc()),
    index('entities_type_idx').on(t.type, t.mentions.desc(), t.nameKey),
  ],
)

export const articleEntities = pgTable(
  'article_entities',
  {
    /** no FOREIGN KEY, as for the analysis rows (see analysis-rows/schema) */
    articleId: integer('article_id').notNull(),
    entityId: integer('entity_id')
      .notNull()
      .references(() => entities.id),
    count: integer('count').notNull(),
    sentiment: doublePrecision('sentiment').notNull(),
    /** JSON arrays */
    roles: text('roles').notNull(),
    aliases: text('aliases').notNull(),
    /** JSON array of {start, end} offsets into the article text */
    mentions: text('mentions').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.entityId] }), index('article_entities_entity_idx').on(t.entityId)],
)

/** Roles and aliases of an entity across the corpus, with the number of articles giving each. */
export const entityLabels = pgTable(
  'entity_labels',
  {
    entityId: integer('entity_id')
      .notNull()
      .references(() => entities.id),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    labelKey: text('label_key').notNull(),
    articles: integer('articles').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entityId, t.kind, t.label] }), index('entity_labels_key_idx').on(t.labelKey)],
)

/** Entity totals per language and dominant theme ('' for none): see schema.sqlite.ts. */
export const entityFacetTotals = pgTable(
  'entity_facet_totals',
  {
    lang: text('lang').notNull(),
    theme: text('theme').notNull(),
    entityId: integer('entity_id').notNull(),
    mentions: integer('mentions').notNull(),
    articles: integer('articles').notNull(),
    sentimentSum: doublePrecision('sentiment_sum').notNull(),
  },
  (t) => [primaryKey({ columns: [t.lang, t.theme, t.entityId] }), index('entity_facet_totals_theme_idx').on(t.theme, t.lang)],
)
