import { sql, type Column, type Table } from 'drizzle-orm'
import type { Database, Executor, Row } from '../db/database'
import { foldKey } from '../fold'
import { articleSearch } from '../articles/search.sqlite'
import { insertArticleRows, insertRows } from './bulk'
import { articleRowTables, type ArticleRowTable } from './row-values'
import type { PreparedItem } from './prepare'

type Insert = (table: Table, columns: Column[], rows: unknown[][] | string[], suffix?: string, options?: { wide?: boolean }) => Promise<Row[]>

const byKey = <T>(key: (x: T) => string) => (x: T, y: T) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)

/** Corpus totals a batch adds, as sorted JSON rows ready to upsert. */
export interface BatchTotals {
  terms: string[]
  langs: string[]
  facets: string[]
  edges: string[]
}

/**
 * Sums what a batch of new articles adds to the term and edge totals. Pure JS, so the caller runs
 * it before the write transaction opens (in its own worker), not while holding the write lock.
 * Rows are sorted by key so concurrent PostgreSQL writers lock them in the same order.
 */
export function batchTotals(items: PreparedItem[]): BatchTotals {
  const termTotals = new Map<string, { display: string; count: number; articles: number }>()
  const langTotals = new Map<string, { lang: string; term: string; display: string; count: number; articles: number }>()
  const edgeTotals = new Map<string, { kind: string; a: string; b: string; count: number; articles: number }>()
  const facetTotals = new Map<string, { lang: string; theme: string; term: string; display: string; count: number; articles: number }>()
  for (const item of items) {
    const theme = facetTheme(item)
    const lang = item.analysis.lang
    for (const r of item.rows.terms) {
      const facetKey = `${lang}\u0000${theme}\u0000${r.term}`
      const inFacet = facetTotals.get(facetKey)
      if (inFacet) { inFacet.count += r.count; inFacet.articles++ }
      else facetTotals.set(facetKey, { lang, theme, term: r.term, display: r.display, count: r.count, articles: 1 })
      const total = termTotals.get(r.term)
      if (total) { total.count += r.count; total.articles++ } else termTotals.set(r.term, { display: r.display, count: r.count, articles: 1 })
      const langKey = `${lang}\u0000${r.term}`
      const inLang = langTotals.get(langKey)
      if (inLang) { inLang.count += r.count; inLang.articles++ } else langTotals.set(langKey, { lang, term: r.term, display: r.display, count: r.count, articles: 1 })
    }
    for (const r of item.rows.edges) {
      const key = `${r.kind}\u0000${r.a}\u0000${r.b}`
      const total = edgeTotals.get(key)
      if (total) { total.count += r.count; total.articles++ } else edgeTotals.set(key, { kind: r.kind, a: r.a, b: r.b, count: r.count, articles: 1 })
    }
  }
  const sorted = <V>(m: Map<string, V>, json: (k: string, v: V) => unknown[]) =>
    [...m.keys()].sort().map((k) => JSON.stringify(json(k, m.get(k)!)))
  return {
    terms: sorted(termTotals, (term, v) => [term, v.display, v.count, v.articles]),
    langs: sorted(langTotals, (_, v) => [v.lang, v.term, v.display, v.count, v.articles]),
    facets: sorted(facetTotals, (_, v) => [v.lang, v.theme, v.term, v.display, v.count, v.articles]),
    edges: sorted(edgeTotals, (_, v) => [v.kind, v.a, v.b, v.count, v.articles]),
  }
}

/**
 * Writes the analysis rows of freshly stored articles and adds them to the corpus totals.
 * `totals`: batchTotals of exactly these articles, when the caller computed it beforehand.
 */
export async function writeAnalysisRows(
  db: Database,
  tx: Executor,
  stored: { id: number; item: PreparedItem }[],
  totals?: BatchTotals,
): Promise<number> {
  if (stored.length === 0) return 0
  const { t } = db
  let rowCount = 0
  const insert: Insert = async (table, columns, rows, suffix, options) => {
    rowCount += rows.length
    return insertRows(db, tx, table, columns, rows, suffix, options)
  }

  await insert(t.articleContent, [t.articleContent.articleId, t.articleContent.text, t.articleContent.analysis],
    stored.map(({ id, item }) => [id, item.article.text, item.analysisJson]), '', { wide: true })

  const perArticle: [Table, Column, ArticleRowTable][] = [
    [t.articleTerms, t.articleTerms.articleId, 'terms'],
    [t.articleThemes, t.articleThemes.articleId, 'themes'],
    [t.articleSentences, t.articleSentences.articleId, 'sentences'],
    [t.articleEdges, t.articleEdges.articleId, 'edges'],
  ]
  for (const [table, articleId, name] of perArticle) {
    rowCount += await insertArticleRows(db, tx, table, [articleId, ...articleRowTables[name].columns(t)],
      stored.map(({ id, item }) => ({ articleId: id, json: item.rowsJson[name], count: item.rows[name].length })))
  }

  const sums = totals ?? batchTotals(stored.map((s) => s.item))
  const tt = t.termTotals
  await insert(tt, [tt.term, tt.display, tt.count, tt.articles], sums.terms,
    'ON CONFLICT ("term") DO UPDATE SET "count" = "term_totals"."count" + excluded."count", "articles" = "term_totals"."articles" + excluded."articles"')
  const lt = t.termLangTotals
  await insert(lt, [lt.lang, lt.term, lt.display, lt.count, lt.articles], sums.langs,
    'ON CONFLICT ("lang", "term") DO UPDATE SET "count" = "term_lang_totals"."count" + excluded."count", "articles" = "term_lang_totals"."articles" + excluded."articles"')
  const ft = t.termFacetTotals
  await insert(ft, [ft.lang, ft.theme, ft.term, ft.display, ft.count, ft.articles], sums.facets,
    'ON CONFLICT ("lang", "theme", "term") DO UPDATE SET "count" = "term_facet_totals"."count" + excluded."count", "articles" = "term_facet_totals"."articles" + excluded."articles"')
  const et = t.edgeTotals
  await insert(et, [et.kind, et.a, et.b, et.count, et.articles], sums.edges,
    'ON CONFLICT ("kind", "a", "b") DO UPDATE SET "count" = "edge_totals"."count" + excluded."count", "articles" = "edge_totals"."articles" + excluded."articles"')

  await writeEntities(db, tx, stored, insert)
  if (db.dialect === 'sqlite') {
    await insert(articleSearch, [articleSearch.rowid, articleSearch.body], stored.map(({ id, item }) => [id, item.searchText]))
  }
  return rowCount
}

/** the theme part of the facet totals' key: the article's dominant theme, '' when it has none */
function facetTheme(item: PreparedItem): string {
  return item.rows.dominantTheme ?? ''
}

async function writeEntities(
  db: Database,
  tx: Executor,
  stored: { id: number; item: PreparedItem }[],
  insert: Insert,
): Promise<void> {
  const { t } = db
  const totals = new Map<string, { name: string; type: string; key: string; mentions: number; articles: number; sentimentSum: number }>()
  for (const { item } of stored) {
    for (const en of item.entities) {
      const id = `${en.type}\u0000${en.key}`
      const total = totals.get(id)
      if (total) { total.mentions += en.count; total.articles++; total.sentimentSum += en.sentiment }
      else totals.set(id, { name: en.name, type: en.type, key: en.key, mentions: en.count, articles: 1, sentimentSum: en.sentiment })
    }
  }
  if (totals.size === 0) return
  const en = t.entities
  const ids = await insert(en, [en.name, en.type, en.nameKey, en.mentions, en.articles, en.sentimentSum],
    [...totals.entries()].sort(byKey(([k]) => k)).map(([, v]) => [v.name, v.type, v.key, v.mentions, v.articles, v.sentimentSum]),
    'ON CONFLICT ("type", "name_key") DO UPDATE SET "mentions" = "entities"."mentions" + excluded."mentions", ' +
      '"articles" = "entities"."articles" + excluded."articles", "sentiment_sum" = "entities"."sentiment_sum" + excluded."sentiment_sum" ' +
      'RETURNING "id", "type", "name_key"')
  const entityId = new Map<string, number>()
  for (const r of ids) entityId.set(`${String(r.type)}\u0000${String(r.name_key)}`, Number(r.id))

  const links: unknown[][] = []
  const facets = new Map<string, { lang: string; theme: string; entityId: number; mentions: number; articles: number; sentimentSum: number }>()
  const labels = new Map<string, { entityId: number; kind: string; label: string; articles: number }>()
  const addLabel = (eid: number, kind: string, label: string) => {
    const key = `${eid}\u0000${kind}\u0000${label}`
    const seen = labels.get(key)
    if (seen) seen.articles++
    else labels.set(key, { entityId: eid, kind, label, articles: 1 })
  }
  for (const { id, item } of stored) {
    for (const e of item.entities) {
      const eid = entityId.get(`${e.type}\u0000${e.key}`)
      if (eid === undefined) throw new Error(`entity "${e.name}" was not stored`)
      links.push([id, eid, e.count, e.sentiment, JSON.stringify(e.roles), JSON.stringify(e.aliases), JSON.stringify(e.mentions)])
      const facet = { lang: item.analysis.lang, theme: facetTheme(item) }
      const facetKey = `${facet.lang}\u0000${facet.theme}\u0000${eid}`
      const inFacet = facets.get(facetKey)
      if (inFacet) { inFacet.mentions += e.count; inFacet.articles++; inFacet.sentimentSum += e.sentiment }
      else facets.set(facetKey, { ...facet, entityId: eid, mentions: e.count, articles: 1, sentimentSum: e.sentiment })
      for (const r of e.roles) addLabel(eid, 'role', r)
      for (const a of e.aliases) addLabel(eid, 'alias', a)
    }
  }
  const ae = t.articleEntities
  await insert(ae, [ae.articleId, ae.entityId, ae.count, ae.sentiment, ae.roles, ae.aliases, ae.mentions], links)
  const ef = t.entityFacetTotals
  const facetRows = [...facets.values()]
    .sort((x, y) => (x.lang < y.lang ? -1 : x.lang > y.lang ? 1 : x.theme < y.theme ? -1 : x.theme > y.theme ? 1 : x.entityId - y.entityId))
    .map((f) => [f.lang, f.theme, f.entityId, f.mentions, f.articles, f.sentimentSum])
  await insert(ef, [ef.lang, ef.theme, ef.entityId, ef.mentions, ef.articles, ef.sentimentSum], facetRows,
    'ON CONFLICT ("lang", "theme", "entity_id") DO UPDATE SET "mentions" = "entity_facet_totals"."mentions" + excluded."mentions", ' +
      '"articles" = "entity_facet_totals"."articles" + excluded."articles", "sentiment_sum" = "entity_facet_totals"."sentiment_sum" + excluded."sentiment_sum"')
  const el = t.entityLabels
  const labelRows = [...labels.values()]
    .sort((x, y) => x.entityId - y.entityId || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : x.label < y.label ? -1 : x.label > y.label ? 1 : 0))
    .map((l) => [l.entityId, l.kind, l.label, foldKey(l.label), l.articles])
  await insert(el, [el.entityId, el.kind, el.label, el.labelKey, el.articles], labelRows,
    'ON CONFLICT ("entity_id", "kind", "label") DO UPDATE SET "articles" = "entity_labels"."articles" + excluded."articles"')
}

/**
 * Takes articles' analysis rows out of the corpus totals and deletes them (the article row and
 * its content stay). Set-based UPDATE ... FROM works on SQLite >= 3.33 and PostgreSQL alike.
 */
export async function removeAnalysisRows(db: Database, tx: Executor, articleId: number): Promise<void> {
  const { t } = db
  await tx.run(sql`UPDATE ${t.termTotals} SET "count" = ${t.termTotals}."count" - x."count", "articles" = ${t.termTotals}."articles" - 1
    FROM ${t.articleTerms} x WHERE x."article_id" = ${articleId} AND x."term" = ${t.termTotals}."term"`)
  await tx.run(sql`DELETE FROM ${t.termTotals} WHERE "articles" <= 0
    AND "term" IN (SELECT "term" FROM ${t.articleTerms} WHERE "article_id" = ${articleId})`)
  const lt = t.termLangTotals
  await tx.run(sql`UPDATE ${lt} SET "count" = ${lt}."count" - x."count", "articles" = ${lt}."articles" - 1
    FROM ${t.articleTerms} x WHERE x."article_id" = ${articleId} AND x."term" = ${lt}."term"
    AND ${lt}."lang" = (SELECT ${t.articles.lang} FROM ${t.articles} WHERE ${t.articles.id} = ${articleId})`)
  await tx.run(sql`DELETE FROM ${lt} WHERE "articles" <= 0
    AND "term" IN (SELECT "term" FROM ${t.articleTerms} WHERE "article_id" = ${articleId})`)
  // the article row still holds the language and dominant theme its rows were added under
  const facet = sql`(SELECT ${t.articles.lang} FROM ${t.articles} WHERE ${t.articles.id} = ${articleId})`
  const facetTheme = sql`(SELECT coalesce(${t.articles.dominantTheme}, '') FROM ${t.articles} WHERE ${t.articles.id} = ${articleId})`
  const ft = t.termFacetTotals
  await tx.run(sql`UPDATE ${ft} SET "count" = ${ft}."count" - x."count", "articles" = ${ft}."articles" - 1
    FROM ${t.articleTerms} x WHERE x."article_id" = ${articleId} AND x."term" = ${ft}."term"
    AND ${ft}."lang" = ${facet} AND ${ft}."theme" = ${facetTheme}`)
  await tx.run(sql`DELETE FROM ${ft} WHERE "articles" <= 0 AND "lang" = ${facet} AND "theme" = ${facetTheme}
    AND "term" IN (SELECT "term" FROM ${t.articleTerms} WHERE "article_id" = ${articleId})`)
  const ef = t.entityFacetTotals
  await tx.run(sql`UPDATE ${ef} SET "mentions" = ${ef}."mentions" - x."count", "articles" = ${ef}."articles" - 1,
    "sentiment_sum" = CASE WHEN ${ef}."articles" <= 1 THEN 0 ELSE ${ef}."sentiment_sum" - x."sentiment" END
    FROM ${t.articleEntities} x WHERE x."article_id" = ${articleId} AND x."entity_id" = ${ef}."entity_id"
    AND ${ef}."lang" = ${facet} AND ${ef}."theme" = ${facetTheme}`)
  await tx.run(sql`DELETE FROM ${ef} WHERE "articles" <= 0 AND "lang" = ${facet} AND "theme" = ${facetTheme}
    AND "entity_id" IN (SELECT "entity_id" FROM ${t.articleEntities} WHERE "article_id" = ${articleId})`)
  await tx.run(sql`UPDATE ${t.edgeTotals} SET "count" = ${t.edgeTotals}."count" - x."count", "articles" = ${t.edgeTotals}."articles" - 1
    FROM ${t.articleEdges} x WHERE x."article_id" = ${articleId} AND x."scope" = 'sentence'
    AND x."kind" = ${t.edgeTotals}."kind" AND x."a" = ${t.edgeTotals}."a" AND x."b" = ${t.edgeTotals}."b"`)
  await tx.run(sql`DELETE FROM ${t.edgeTotals} WHERE "articles" <= 0 AND ("kind", "a", "b") IN
    (SELECT "kind", "a", "b" FROM ${t.articleEdges} WHERE "article_id" = ${articleId} AND "scope" = 'sentence')`)

  const links = await tx.all<{ entity_id: number; roles: string; aliases: string }>(
    sql`SELECT "entity_id", "roles", "aliases" FROM ${t.articleEntities} WHERE "article_id" = ${articleId} ORDER BY "entity_id"`)
  await tx.run(sql`UPDATE ${t.entities} SET "mentions" = ${t.entities}."mentions" - x."count", "articles" = ${t.entities}."articles" - 1,
    "sentiment_sum" = CASE WHEN ${t.entities}."articles" <= 1 THEN 0 ELSE ${t.entities}."sentiment_sum" - x."sentiment" END
    FROM ${t.articleEntities} x WHERE x."article_id" = ${articleId} AND x."entity_id" = ${t.entities}."id"`)
  for (const link of links) {
    const labels = [
      ...(JSON.parse(link.roles) as string[]).map((label) => ['role', label] as const),
      ...(JSON.parse(link.aliases) as string[]).map((label) => ['alias', label] as const),
    ]
    for (const [kind, label] of labels) {
      await tx.run(sql`UPDATE ${t.entityLabels} SET "articles" = "articles" - 1
        WHERE "entity_id" = ${link.entity_id} AND "kind" = ${kind} AND "label" = ${label}`)
    }
  }
  if (links.length > 0) await tx.run(sql`DELETE FROM ${t.entityLabels} WHERE "articles" <= 0`)

  for (const table of [t.articleTerms, t.articleThemes, t.articleSentences, t.articleEdges, t.articleEntities]) {
    await tx.run(sql`DELETE FROM ${table} WHERE "article_id" = ${articleId}`)
  }
  if (db.dialect === 'sqlite') await tx.run(sql`DELETE FROM "article_search" WHERE rowid = ${articleId}`)
}

