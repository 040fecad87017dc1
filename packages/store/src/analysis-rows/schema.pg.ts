import { doublePrecision, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'

/**
 * The article a row belongs to. Deliberately no FOREIGN KEY: these tables take ~200 rows per
 * article, and on PostgreSQL a foreign key fires a trigger and a lookup per row, a large share
 * of ingest time. Rows are only ever written in the transaction that writes their article, and
 * deleted in the one that deletes it (write/save.ts), so nothing can point at a missing article.
 */
const articleRef = () => integer('article_id').notNull()

export const articleTerms = pgTable(
  'article_terms',
  {
    articleId: articleRef(),
    term: text('term').notNull(),
    display: text('display').notNull(),
    count: integer('count').notNull(),
    relativeFrequency: doublePrecision('relative_frequency').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.term] }), index('article_terms_term_idx').on(t.term)],
)

/** Corpus-wide term totals, kept up to date on save and delete: the all-corpus top terms. */
export const termTotals = pgTable(
  'term_totals',
  {
    term: text('term').primaryKey(),
    display: text('display').notNull(),
    count: integer('count').notNull(),
    articles: integer('articles').notNull(),
  },
  (t) => [index('term_totals_count_idx').on(t.count.desc(), t.term)],
)

/**
 * Term totals per language: the dashboard's language filter is its most common one, and summing
 * per-article rows for a whole language takes about a second on the benchmark corpus.
 */
export const termLangTotals = pgTable(
  'term_lang_totals',
  {
    lang: text('lang').notNull(),
    term: text('term').notNull(),
    display: text('display').notNull(),
    count: integer('count').notNull(),
    articles: integer('articles').notNull(),
  },
  (t) => [primaryKey({ columns: [t.lang, t.term] }), index('term_lang_totals_count_idx').on(t.lang, t.count.desc(), t.term)],
)

/** Term totals per language and dominant theme ('' for none): see schema.sqlite.ts. */
export const termFacetTotals = pgTable(
  'term_facet_totals',
  {
    lang: text('lang').notNull(),
    theme: text('theme').notNull(),
    term: text('term').notNull(),
    display: text('display').notNull(),
    count: integer('count').notNull(),
    articles: integer('articles').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.lang, t.theme, t.term] }),
    index('term_facet_totals_count_idx').on(t.theme, t.lang, t.count.desc(), t.term),
  ],
)

export const articleThemes = pgTable(
  'article_themes',
  {
    articleId: articleRef(),
    theme: text('theme').notNull(),
    score: doublePrecision('score').notNull(),
    /** 1 = strongest theme of the article */
    rank: integer('rank').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.theme] }), index('article_themes_theme_idx').on(t.theme)],
)

export const articleSentences = pgTable(
  'article_sentences',
  {
    articleId: articleRef(),
    index: integer('idx').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    sentiment: doublePrecision('sentiment').notNull(),
    /** JSON array of theme ids */
    themes: text('themes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.index] })],
)

export const articleEdges = pgTable(
  'article_edges',
  {
    articleId: articleRef(),
    kind: text('kind').notNull(),
    scope: text('scope').notNull(),
    a: text('a').notNull(),
    b: text('b').notNull(),
    count: integer('count').notNull(),
    pmi: doublePrecision('pmi').notNull(),
    npmi: doublePrecision('npmi').notNull(),
    ll: doublePrecision('ll').notNull(),
    logDice: doublePrecision('log_dice').notNull(),
  },
  // rows are unique per (article, kind, scope, a, b) by construction; an index on the article is
  // all deletes and filtered network queries need, and much cheaper to maintain than that key
  (t) => [index('article_edges_article_idx').on(t.articleId)],
)

/** Corpus-wide co-occurrence totals (sentence scope), kept up to date on save and delete. */
export const edgeTotals = pgTable(
  'edge_totals',
  {
    kind: text('kind').notNull(),
    a: text('a').notNull(),
    b: text('b').notNull(),
    count: integer('count').notNull(),
    articles: integer('articles').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.a, t.b] }),
    index('edge_totals_count_idx').on(t.count.desc(), t.a, t.b),
    index('edge_totals_kind_count_idx').on(t.kind, t.count.desc(), t.a, t.b),
  ],
)
