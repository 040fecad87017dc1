/**
 * The store's public API: what the CLI and the web app call. Both dialects (SQLite, PostgreSQL)
 * implement this one interface; the contract test suite runs against both.
 *
 * Dates are ISO strings: `publishedAt` is a calendar date or date-time ("2026-11-29" or
 * "2026-11-29T08:00:00Z"), never the ingest date; `null` when unknown.
 */
import type { ArticleAnalysis, EntityType, Lang } from '@newslens/analysis'

export interface ArticleInput {
  text: string
  title?: string | null
  source?: string | null
  url?: string | null
  publishedAt?: string | null
  /** caller's own id (e.g. a JSONL `id`), kept for traceability */
  externalId?: string | null
}

export interface SaveItem {
  article: ArticleInput
  analysis: ArticleAnalysis
}

export type SaveResult =
  | { status: 'inserted'; id: number }
  | { status: 'duplicate'; id: number }

export interface BatchFailure {
  /** index of the item in the batch given */
  index: number
  reason: string
}

export interface BatchResult {
  inserted: number
  duplicates: number
  failed: BatchFailure[]
  /** one per input item, in input order; null where the item failed */
  results: (SaveResult | null)[]
}

export interface CorpusFilter {
  lang?: Lang
  /** articles whose dominant (strongest) theme it is, as counted by themeShares */
  theme?: string
  /** inclusive ISO date bounds on publishedAt; when either is set, undated articles are left out */
  from?: string
  to?: string
  /** full-text search over title and text, accent and case insensitive */
  q?: string
}

export interface Paging {
  page?: number // 1-based, default 1
  pageSize?: number // default 25, max 200
}

export type SortDir = 'asc' | 'desc'

export interface Page<T> {
  rows: T[]
  total: number
  page: number
  pageSize: number
}

export interface ArticleSummary {
  id: number
  title: string
  source: string | null
  url: string | null
  publishedAt: string | null
  lang: Lang
  words: number
  sentiment: number
  dominantTheme: string | null
  createdAt: string
}

export interface StoredArticle extends ArticleSummary {
  text: string
  contentHash: string
  analysisVersion: string
  externalId: string | null
  analysis: ArticleAnalysis
}

export type ArticleSortKey = 'publishedAt' | 'title' | 'sentiment' | 'words' | 'dominantTheme' | 'createdAt'

export interface ArticleListQuery extends CorpusFilter, Paging {
  sort?: ArticleSortKey
  dir?: SortDir
}

export interface CorpusStats {
  articles: number
  words: number
  undated: number
  languages: { lang: Lang; articles: number }[]
  firstDate: string | null
  lastDate: string | null
}

export interface CorpusTerm {
  term: string
  display: string
  /** occurrences summed over the matching articles */
  count: number
  /** number of matching articles containing it */
  articles: number
}

export interface ThemeShare {
  theme: string
  /** articles whose dominant theme it is */
  articles: number
  /** articles / all matching articles */
  share: number
  /** mean document score of the theme over matching articles where it appears */
  meanScore: number
}

export type TimeBucket = 'day' | 'week' | 'month'

export interface TimelinePoint {
  /** bucket start as ISO date (YYYY-MM-DD) */
  bucket: string
  articles: number
  meanSentiment: number
  /** dominant-theme counts in the bucket */
  themes: Record<string, number>
}

export interface SentimentBin {
  /** bin lower bound in [-1, 1) */
  from: number
  to: number
  articles: number
}

/**
 * `roles`: by the number of distinct roles across the corpus (the `roles` of EntityRow come from
 * the same labels), ties by the alphabetically first role (folded, ascending), then name, then id.
 */
export type EntitySortKey = 'name' | 'type' | 'mentions' | 'articles' | 'sentiment' | 'roles'

export interface EntityListQuery extends Paging {
  type?: EntityType
  /** name search, accent and case insensitive, matches name or alias */
  q?: string
  sort?: EntitySortKey
  dir?: SortDir
  /** restrict counts to articles matching this filter */
  filter?: CorpusFilter
}

export interface EntityRow {
  id: number
  name: string
  type: EntityType
  mentions: number
  articles: number
  /** mean of per-article entity sentiment */
  sentiment: number
  roles: string[]
  aliases: string[]
}

export interface EntityDetail extends EntityRow {
  articleList: { id: number; title: string; publishedAt: string | null; mentions: number; roles: string[] }[]
  coMentions: { id: number; name: string; type: EntityType; articles: number }[]
  /** mentions per month of publication; undated left out */
  timeline: { bucket: string; mentions: number }[]
}

export interface NetworkEdge {
  a: string
  b: string
  kind: 'term' | 'entity'
  /** summed sentence-scope co-occurrence count over the matching articles */
  count: number
  articles: number
}

export interface TermContext {
  articleId: number
  title: string
  sentenceIndex: number
  left: string
  match: string
  right: string
  /** offsets of the match in the article text */
  start: number
  end: number
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres'
  /** where it is: the SQLite file path or the PostgreSQL URL without password */
  readonly location: string

  saveArticle(article: ArticleInput, analysis: ArticleAnalysis): Promise<SaveResult>
  saveBatch(items: SaveItem[]): Promise<BatchResult>
  deleteArticle(id: number): Promise<boolean>
  /**
   * Replaces a stored article's analysis after re-analysing its text (see staleArticles), in one
   * transaction, corpus totals included; false when the article does not exist. (Optional in the
   * interface; the store from openStore always has it.)
   */
  updateAnalysis?(id: number, analysis: ArticleAnalysis): Promise<boolean>

  getArticle(id: number): Promise<StoredArticle | null>
  findByHash(contentHash: string): Promise<number | null>
  listArticles(query?: ArticleListQuery): Promise<Page<ArticleSummary>>
  /** ids of articles analysed with another version than `currentVersion` */
  staleArticles(currentVersion: string, limit?: number): Promise<number[]>

  /**
   * An opaque token that changes whenever any process saves, re-analyses or deletes an article
   * (it comes back only when the corpus does, e.g. the newest article saved then deleted):
   * anything derived from the stored corpus may be kept while it stays the same.
   */
  corpusVersion(): Promise<string>
  corpusStats(filter?: CorpusFilter): Promise<CorpusStats>
  topTerms(filter?: CorpusFilter, limit?: number): Promise<CorpusTerm[]>
  themeShares(filter?: CorpusFilter): Promise<ThemeShare[]>
  timeline(filter?: CorpusFilter, bucket?: TimeBucket): Promise<TimelinePoint[]>
  sentimentDistribution(filter?: CorpusFilter, bins?: number): Promise<SentimentBin[]>

  listEntities(query?: EntityListQuery): Promise<Page<EntityRow>>
  topEntities(filter?: CorpusFilter, type?: EntityType, limit?: number): Promise<EntityRow[]>
  getEntity(id: number): Promise<EntityDetail | null>

  /** `kind` (optional) keeps only term or only entity edges */
  network(filter?: CorpusFilter, limit?: number, kind?: 'term' | 'entity'): Promise<NetworkEdge[]>
  /** keyword in context for a term key, display form or phrase, over matching articles */
  termContexts(term: string, filter?: CorpusFilter, limit?: number): Promise<TermContext[]>

  close(): Promise<void>
}
