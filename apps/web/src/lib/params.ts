/**
 * URL parameters → store queries. Everything a URL can say is parsed against a whitelist here,
 * so a hostile `sort=1;DROP TABLE` or `lang=<script>` simply falls back to the default.
 */
import type { EntityType, Lang } from '@newslens/analysis'
import type { ArticleSortKey, CorpusFilter, EntitySortKey, SortDir } from '@newslens/store'

export type SearchParams = Record<string, string | string[] | undefined>

export const LANGS: readonly Lang[] = ['fr', 'en', 'und']
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'location']
export const ARTICLE_SORT_KEYS: readonly ArticleSortKey[] = ['publishedAt', 'title', 'sentiment', 'words', 'dominantTheme', 'createdAt']
export const ENTITY_SORT_KEYS: readonly EntitySortKey[] = ['name', 'type', 'mentions', 'articles', 'sentiment', 'roles']

export function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v === undefined ? undefined : v.trim()
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value)
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const THEME_ID = /^[a-z][a-z0-9_-]{0,39}$/

function isoDate(value: string | undefined): string | undefined {
  if (!value || !ISO_DATE.test(value)) return undefined
  return Number.isNaN(Date.parse(value)) ? undefined : value
}

function searchText(value: string | undefined, max = 200): string | undefined {
  if (!value) return undefined
  const cleaned = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, max)
  return cleaned || undefined
}

export function parseFilter(sp: SearchParams): CorpusFilter {
  const filter: CorpusFilter = {}
  const lang = oneOf(first(sp.lang), LANGS)
  if (lang) filter.lang = lang
  const theme = first(sp.theme)
  if (theme && THEME_ID.test(theme)) filter.theme = theme
  const from = isoDate(first(sp.from))
  if (from) filter.from = from
  const to = isoDate(first(sp.to))
  if (to) filter.to = to
  const q = searchText(first(sp.q))
  if (q) filter.q = q
  return filter
}

export function parsePage(sp: SearchParams): number {
  const n = Number.parseInt(first(sp.page) ?? '', 10)
  return Number.isFinite(n) && n >= 1 && n <= 100_000 ? n : 1
}

export function parseDir(sp: SearchParams, fallback: SortDir): SortDir {
  return oneOf(first(sp.dir), ['asc', 'desc'] as const) ?? fallback
}

export function parseArticleSort(sp: SearchParams): { sort: ArticleSortKey; dir: SortDir } {
  const sort = oneOf(first(sp.sort), ARTICLE_SORT_KEYS) ?? 'publishedAt'
  return { sort, dir: parseDir(sp, sort === 'title' || sort === 'dominantTheme' ? 'asc' : 'desc') }
}

export function parseEntityQuery(sp: SearchParams): {
  type?: EntityType
  q?: string
  sort: EntitySortKey
  dir: SortDir
  page: number
} {
  const sort = oneOf(first(sp.sort), ENTITY_SORT_KEYS) ?? 'mentions'
  return {
    type: oneOf(first(sp.type), ENTITY_TYPES),
    q: searchText(first(sp.q), 100),
    sort,
    dir: parseDir(sp, defaultDir(sort)),
    page: parsePage(sp),
  }
}

/** text columns start ascending, numbers start with the largest */
export function defaultDir(sort: string): SortDir {
  return sort === 'name' || sort === 'type' || sort === 'title' || sort === 'dominantTheme' ? 'asc' : 'desc'
}

/** the filter back as URL parameters (for links that keep the current filter) */
export function filterParams(filter: CorpusFilter): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(filter)) if (typeof v === 'string' && v) out[k] = v
  return out
}

export function hrefWith(path: string, params: Record<string, string | number | undefined>): string {
  const usp = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') usp.set(k, String(v))
  const qs = usp.toString()
  return qs ? `${path}?${qs}` : path
}
