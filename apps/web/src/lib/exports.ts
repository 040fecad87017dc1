/**
 * CSV of what each chart and table shows, computed on request by /export/<view>?<same params as
 * the page>: the pages link to it instead of carrying their data twice. Pages and exports share
 * the limits below, so an export holds exactly the rows its chart or table shows.
 */
import type { EntityType } from '@newslens/analysis'
import type { Store } from '@newslens/store'
import type { CsvValue } from './csv'
import { articleNetwork } from './article-network'
import { ENTITY_TYPES, filterParams, parseArticleSort, parseEntityQuery, parseFilter, parsePage, type SearchParams } from './params'

export const LIMITS = {
  overviewTerms: 20,
  overviewEntities: 12,
  sentimentBins: 10,
  articlesPage: 25,
  entitiesPage: 50,
  articleTerms: 20,
  articleNgrams: 15,
  networkLinks: 45,
  entityArticles: 100,
  entityCoMentions: 15,
  contexts: 200,
} as const

export interface CsvTable {
  filename: string
  header: string[]
  rows: CsvValue[][]
}

type Builder = (store: Store, sp: SearchParams) => Promise<CsvTable | null>


function idParam(sp: SearchParams): number | null {
  const raw = typeof sp.id === 'string' ? sp.id : ''
  return /^\d{1,12}$/.test(raw) ? Number(raw) : null
}

async function article(store: Store, sp: SearchParams) {
  const id = idParam(sp)
  return id === null ? null : store.getArticle(id)
}

async function entity(store: Store, sp: SearchParams) {
  const id = idParam(sp)
  return id === null ? null : store.getEntity(id)
}

function slug(text: string): string {
  return text.slice(0, 40).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'term'
}

const BUILDERS = {
  'theme-shares': async (store, sp) => ({
    filename: 'theme-shares.csv',
    header: ['theme', 'articles', 'share', 'meanScore'],
    rows: (await store.themeShares(parseFilter(sp))).map((s) => [s.theme, s.articles, s.share, s.meanScore]),
  }),
  'top-terms': async (store, sp) => ({
    filename: 'top-terms.csv',
    header: ['term', 'display', 'count', 'articles'],
    rows: (await store.topTerms(parseFilter(sp), LIMITS.overviewTerms)).map((t) => [t.term, t.display, t.count, t.articles]),
  }),
  'top-entities': async (store, sp) => {
    const type = ENTITY_TYPES.find((t) => t === sp.type) as EntityType | undefined
    if (!type) return null
    return {
      filename: `top-${type}.csv`,
      header: ['name', 'type', 'mentions', 'articles', 'sentiment'],
      rows: (await store.topEntities(parseFilter(sp), type, LIMITS.overviewEntities)).map((r) => [r.name, r.type, r.mentions, r.articles, r.sentiment]),
    }
  },
  'sentiment-distribution': async (store, sp) => ({
    filename: 'sentiment-distribution.csv',
    header: ['from', 'to', 'articles'],
    rows: (await store.sentimentDistribution(parseFilter(sp), LIMITS.sentimentBins)).map((b) => [b.from, b.to, b.articles]),
  }),
  timeline: async (store, sp) => ({
    filename: 'timeline.csv',
    header: ['month', 'articles', 'meanSentiment'],
    rows: (await store.timeline(parseFilter(sp), 'month')).map((p) => [p.bucket, p.articles, p.meanSentiment]),
  }),
  'themes-over-time': async (store, sp) => {
    const timeline = await store.timeline(parseFilter(sp), 'month')
    const themes = [...new Set(timeline.flatMap((p) => Object.keys(p.themes)))].sort()
    return { filename: 'themes-over-time.csv', header: ['month', ...themes], rows: timeline.map((p) => [p.bucket, ...themes.map((t) => p.themes[t] ?? 0)]) }
  },
  articles: async (store, sp) => {
    const { sort, dir } = parseArticleSort(sp)
    const page = await store.listArticles({ ...parseFilter(sp), sort, dir, page: parsePage(sp), pageSize: LIMITS.articlesPage })
    return {
      filename: 'articles.csv',
      header: ['id', 'title', 'publishedAt', 'source', 'url', 'lang', 'words', 'sentiment', 'dominantTheme', 'createdAt'],
      rows: page.rows.map((a) => [a.id, a.title, a.publishedAt, a.source, a.url, a.lang, a.words, a.sentiment, a.dominantTheme, a.createdAt]),
    }
  },
  entities: async (store, sp) => {
    const q = parseEntityQuery(sp)
    const page = await store.listEntities({ type: q.type, q: q.q, sort: q.sort, dir: q.dir, page: q.page, pageSize: LIMITS.entitiesPage })
    return {
      filename: 'entities.csv',
      header: ['id', 'name', 'type', 'mentions', 'articles', 'sentiment', 'roles', 'aliases'],
      rows: page.rows.map((e) => [e.id, e.name, e.type, e.mentions, e.articles, e.sentiment, e.roles.join('; '), e.aliases.join('; ')]),
    }
  },
  'entity-roles': async (store, sp) => {
    const e = await entity(store, sp)
    return e && { filename: `entity-${e.id}-roles.csv`, header: ['role'], rows: e.roles.map((r) => [r]) }
  },
  'entity-timeline': async (store, sp) => {
    const e = await entity(store, sp)
    return e && { filename: `entity-${e.id}-timeline.csv`, header: ['month', 'mentions'], rows: e.timeline.map((p) => [p.bucket, p.mentions]) }
  },
  'entity-co-mentions': async (store, sp) => {
    const e = await entity(store, sp)
    return (
      e && {
        filename: `entity-${e.id}-co-mentions.csv`,
        header: ['id', 'name', 'type', 'articles'],
        rows: e.coMentions.slice(0, LIMITS.entityCoMentions).map((c) => [c.id, c.name, c.type, c.articles]),
      }
    )
  },
  'entity-articles': async (store, sp) => {
    const e = await entity(store, sp)
    return (
      e && {
        filename: `entity-${e.id}-articles.csv`,
        header: ['id', 'title', 'publishedAt', 'mentions', 'roles'],
        rows: e.articleList.slice(0, LIMITS.entityArticles).map((a) => [a.id, a.title, a.publishedAt, a.mentions, a.roles.join('; ')]),
      }
    )
  },
  'article-themes': async (store, sp) => {
    const a = await article(store, sp)
    return (
      a && {
        filename: `article-${a.id}-themes.csv`,
        header: ['theme', 'score', 'evidence'],
        rows: a.analysis.themes.map((t) => [t.theme, t.score, t.evidence.map((e) => `${e.term}×${e.count}`).join(' ')]),
      }
    )
  },
  'article-terms': async (store, sp) => {
    const a = await article(store, sp)
    return (
      a && {
        filename: `article-${a.id}-terms.csv`,
        header: ['term', 'display', 'count', 'relativeFrequency'],
        rows: a.analysis.terms.slice(0, LIMITS.articleTerms).map((t) => [t.term, t.display, t.count, t.relativeFrequency]),
      }
    )
  },
  'article-ngrams': async (store, sp) => {
    const a = await article(store, sp)
    return a && { filename: `article-${a.id}-ngrams.csv`, header: ['ngram', 'n', 'count'], rows: a.analysis.ngrams.slice(0, LIMITS.articleNgrams).map((g) => [g.text, g.n, g.count]) }
  },
  'article-sentences': async (store, sp) => {
    const a = await article(store, sp)
    return (
      a && {
        filename: `article-${a.id}-sentences.csv`,
        header: ['sentence', 'sentiment', 'themes', 'text'],
        rows: a.analysis.sentences.map((s) => [s.index + 1, s.sentiment, s.themes.join(' '), a.text.slice(s.start, s.end)]),
      }
    )
  },
  'article-cooccurrences': async (store, sp) => {
    const a = await article(store, sp)
    if (!a) return null
    const net = articleNetwork(a.analysis, LIMITS.networkLinks)
    const label = new Map(net.nodes.map((n) => [n.id, n]))
    return {
      filename: `article-${a.id}-cooccurrences.csv`,
      header: ['a', 'b', 'kind', 'sentences'],
      rows: net.links.map((l) => [label.get(l.source)?.label ?? l.source, label.get(l.target)?.label ?? l.target, l.source.startsWith('term:') ? 'term' : 'entity', l.count]),
    }
  },
  'article-entities': async (store, sp) => {
    const a = await article(store, sp)
    return (
      a && {
        filename: `article-${a.id}-entities.csv`,
        header: ['name', 'type', 'mentions', 'sentiment', 'roles', 'aliases'],
        rows: a.analysis.entities.map((e) => [e.name, e.type, e.count, e.sentiment, e.roles.join('; '), e.aliases.join('; ')]),
      }
    )
  },
  contexts: async (store, sp) => {
    const term = typeof sp.term === 'string' ? sp.term.trim().slice(0, 200) : ''
    if (!term) return null
    const rows = await store.termContexts(term, parseFilter(sp), LIMITS.contexts)
    return {
      filename: `contexts-${slug(term)}.csv`,
      header: ['articleId', 'title', 'sentence', 'left', 'match', 'right'],
      rows: rows.map((c) => [c.articleId, c.title, c.sentenceIndex + 1, c.left, c.match, c.right]),
    }
  },
} satisfies Record<string, Builder>

export type ExportView = keyof typeof BUILDERS

export function isExportView(view: string): view is ExportView {
  return Object.hasOwn(BUILDERS, view)
}

export function buildExport(view: ExportView, store: Store, sp: SearchParams): Promise<CsvTable | null> {
  const build: Builder = BUILDERS[view]
  return build(store, sp)
}

/** the export link of a view, carrying the page's own parameters */
export function exportHref(view: ExportView, params: Record<string, string | number | undefined>): string {
  const usp = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') usp.set(k, String(v))
  const qs = usp.toString()
  return `/export/${view}${qs ? `?${qs}` : ''}`
}

export { filterParams }
