import { sql, type SQL } from 'drizzle-orm'
import type { EntityType } from '@newslens/analysis'
import type { CorpusFilter, EntityDetail, EntityListQuery, EntityRow, EntitySortKey, Page } from '../api'
import type { Database } from '../db/database'
import { foldKey } from '../fold'
import { clampLimit, direction, facetOf, filterConditions, paging, whereClause } from './filter'

const TYPES = new Set<string>(['person', 'organization', 'location'])
const LABELS_PER_ENTITY = 10

interface CountsRow { id: number; name: string; type: EntityType; mentions: number; articles: number; sentiment: number }

/**
 * The ORDER BY of an entity-table sort: the chosen key, then most mentioned, then name. For the
 * whole corpus these match the entities_* indexes, so a page is read off an index in order.
 * The roles sort reads `r` (see ROLE_COUNTS), joined only for that sort.
 */
function orderBy(key: EntitySortKey | undefined, dir: SQL, source: 'totals' | 'filtered'): SQL {
  const mentions = source === 'totals' ? sql`e."mentions"` : sql`s."mentions"`
  const columns: Record<EntitySortKey, SQL> = {
    name: sql`e."name_key"`,
    type: sql`e."type"`,
    mentions,
    articles: source === 'totals' ? sql`e."articles"` : sql`s."articles"`,
    sentiment: source === 'totals' ? sql`(e."sentiment_sum" / e."articles")` : sql`s."sentiment"`,
    roles: sql`coalesce(r."roles", 0)`,
  }
  const chosen = sortKey(key)
  if (chosen === 'roles') return sql`${columns.roles} ${dir}, coalesce(r."first_role", '') ASC, e."name_key" ASC, e."id" ASC`
  const ties = chosen === 'mentions' ? sql`e."name_key" ASC` : chosen === 'name' ? sql`${mentions} DESC NULLS LAST` : sql`${mentions} DESC NULLS LAST, e."name_key" ASC`
  return sql`${columns[chosen]} ${dir}, ${ties}, e."id" ASC`
}

const SORT_KEYS = new Set<string>(['name', 'type', 'mentions', 'articles', 'sentiment', 'roles'])

function sortKey(key: unknown): EntitySortKey {
  return typeof key === 'string' && SORT_KEYS.has(key) ? (key as EntitySortKey) : 'mentions'
}

/** distinct roles per entity (those still given by an article) and the first one, folded */
function roleCounts(db: Database): SQL {
  const el = db.t.entityLabels
  return sql` LEFT JOIN (SELECT ${el.entityId} AS "entity_id", count(*) AS "roles", min(${el.labelKey}) AS "first_role" FROM ${el}
    WHERE ${el.kind} = 'role' AND ${el.articles} > 0 GROUP BY ${el.entityId}) r ON r."entity_id" = e."id"`
}

async function attachLabels(db: Database, rows: CountsRow[]): Promise<EntityRow[]> {
  const el = db.t.entityLabels
  const labels = rows.length === 0 ? [] : await db.all<{ entity_id: number; kind: string; label: string }>(sql`
    SELECT ${el.entityId} AS "entity_id", ${el.kind} AS "kind", ${el.label} AS "label" FROM ${el}
    WHERE ${el.entityId} IN (${sql.join(rows.map((r) => sql`${r.id}`), sql`, `)}) AND ${el.articles} > 0
    ORDER BY ${el.articles} DESC, ${el.label}`)
  const byEntity = new Map<number, { roles: string[]; aliases: string[] }>()
  for (const l of labels) {
    const id = Number(l.entity_id)
    const entry = byEntity.get(id) ?? { roles: [], aliases: [] }
    const list = l.kind === 'role' ? entry.roles : entry.aliases
    if (list.length < LABELS_PER_ENTITY) list.push(l.label)
    byEntity.set(id, entry)
  }
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    type: r.type,
    mentions: Number(r.mentions),
    articles: Number(r.articles),
    sentiment: Number(r.sentiment),
    roles: byEntity.get(Number(r.id))?.roles ?? [],
    aliases: byEntity.get(Number(r.id))?.aliases ?? [],
  }))
}

export function listEntities(db: Database, query: EntityListQuery = {}): Promise<Page<EntityRow>> {
  return entityPage(db, query, true)
}

/** a page of the entity table; `withTotal` false skips counting all matching entities (total: -1) */
async function entityPage(db: Database, query: EntityListQuery, withTotal: boolean): Promise<Page<EntityRow>> {
  const { entities: e, entityLabels: el, articleEntities: ae, articles: a, entityFacetTotals: ef } = db.t
  const { page, pageSize, offset } = paging(query)
  const conditions: SQL[] = []
  if (query.type !== undefined && query.type !== null) conditions.push(TYPES.has(query.type) ? sql`e."type" = ${query.type}` : sql`1 = 0`)
  const key = typeof query.q === 'string' ? foldKey(query.q) : ''
  if (key !== '') {
    // folded keys hold only letters, digits and single spaces: no LIKE wildcard can come from the user
    const pattern = `%${key}%`
    conditions.push(sql`(e."name_key" LIKE ${pattern} OR EXISTS (SELECT 1 FROM ${el} l WHERE l."entity_id" = e."id"
      AND l."kind" = 'alias' AND l."articles" > 0 AND l."label_key" LIKE ${pattern}))`)
  }
  const dir = direction(query.dir ?? (query.sort === 'name' || query.sort === 'type' ? 'asc' : 'desc'))
  const articleFilter = filterConditions(db, query.filter)
  let select: SQL
  let from: SQL
  if (articleFilter.length === 0) {
    // whole corpus: the running totals on `entities`, one table, index-ordered
    select = sql`SELECT e."id" AS "id", e."name" AS "name", e."type" AS "type", e."mentions" AS "mentions",
      e."articles" AS "articles", e."sentiment_sum" / e."articles" AS "sentiment"`
    const where = whereClause([sql`e."articles" > 0`, ...conditions])
    from = sql`FROM ${e} e${where}`
    select = sortKey(query.sort) === 'roles'
      ? sql`${select} FROM ${e} e${roleCounts(db)}${where} ORDER BY ${orderBy(query.sort, dir, 'totals')}`
      : sql`${select} ${from} ORDER BY ${orderBy(query.sort, dir, 'totals')}`
  } else {
    // a language and/or dominant theme: add up the facet totals; any other filter: aggregate the
    // per-article rows of the matching articles
    const facet = facetOf(db, query.filter)
    const counts = facet
      ? sql`SELECT ${ef.entityId} AS "entity_id", sum(${ef.mentions}) AS "mentions", sum(${ef.articles}) AS "articles",
          sum(${ef.sentimentSum}) / sum(${ef.articles}) AS "sentiment"
          FROM ${ef}${whereClause([
            ...(facet.lang !== undefined ? [sql`${ef.lang} = ${facet.lang}`] : []),
            ...(facet.theme !== undefined ? [sql`${ef.theme} = ${facet.theme}`] : []),
          ])} GROUP BY ${ef.entityId}`
      : sql`SELECT ${ae.entityId} AS "entity_id", sum(${ae.count}) AS "mentions", count(*) AS "articles", avg(${ae.sentiment}) AS "sentiment"
          FROM ${ae} JOIN ${a} ON ${a.id} = ${ae.articleId}${whereClause(articleFilter)} GROUP BY ${ae.entityId}`
    const joined = sql`FROM (${counts}) s JOIN ${e} e ON e."id" = s."entity_id"`
    from = sql`${joined}${whereClause(conditions)}`
    const roles = sortKey(query.sort) === 'roles' ? roleCounts(db) : sql``
    select = sql`SELECT e."id" AS "id", e."name" AS "name", e."type" AS "type", s."mentions" AS "mentions",
      s."articles" AS "articles", s."sentiment" AS "sentiment" ${joined}${roles}${whereClause(conditions)} ORDER BY ${orderBy(query.sort, dir, 'filtered')}`
  }
  const [rows, count] = await Promise.all([
    db.all<CountsRow>(sql`${select} LIMIT ${pageSize} OFFSET ${offset}`),
    withTotal ? db.all<{ n: number }>(sql`SELECT count(*) AS "n" ${from}`) : Promise.resolve([{ n: -1 }]),
  ])
  return { rows: await attachLabels(db, rows), total: Number(count[0]?.n ?? 0), page, pageSize }
}

export async function topEntities(db: Database, filter?: CorpusFilter, type?: EntityType, limit?: number): Promise<EntityRow[]> {
  const page = await entityPage(db, { filter, type, sort: 'mentions', dir: 'desc', pageSize: clampLimit(limit, 10, 200) }, false)
  return page.rows
}

const ARTICLES_PER_ENTITY = 500
const CO_MENTIONS = 25

export async function getEntity(db: Database, id: number): Promise<EntityDetail | null> {
  if (!Number.isSafeInteger(id)) return null
  const { entities: e, articleEntities: ae, articles: a } = db.t
  const found = await db.all<CountsRow>(sql`SELECT ${e.id} AS "id", ${e.name} AS "name", ${e.type} AS "type", ${e.mentions} AS "mentions",
    ${e.articles} AS "articles", ${e.sentimentSum} / ${e.articles} AS "sentiment" FROM ${e} WHERE ${e.id} = ${id} AND ${e.articles} > 0`)
  if (found.length === 0) return null
  const [row] = await attachLabels(db, found)
  const month = sql`substr(${a.publishedDay}, 1, 7) || '-01'`
  const [articleList, coMentions, timeline] = await Promise.all([
    db.all<{ id: number; title: string; published_at: string | null; mentions: number; roles: string }>(sql`
      SELECT ${a.id} AS "id", ${a.title} AS "title", ${a.publishedAt} AS "published_at", ${ae.count} AS "mentions", ${ae.roles} AS "roles"
      FROM ${ae} JOIN ${a} ON ${a.id} = ${ae.articleId} WHERE ${ae.entityId} = ${id}
      ORDER BY ${ae.count} DESC, ${a.publishedDay} IS NULL, ${a.publishedDay} DESC, ${a.id} DESC LIMIT ${ARTICLES_PER_ENTITY}`),
    db.all<{ id: number; name: string; type: EntityType; n: number }>(sql`
      SELECT c."entity_id" AS "id", oe."name" AS "name", oe."type" AS "type", c."n" AS "n"
      FROM (SELECT o."entity_id" AS "entity_id", count(*) AS "n"
        FROM ${ae} self JOIN ${ae} o ON o."article_id" = self."article_id" AND o."entity_id" <> self."entity_id"
        WHERE self."entity_id" = ${id} GROUP BY o."entity_id") c
      JOIN ${e} oe ON oe."id" = c."entity_id"
      ORDER BY c."n" DESC, oe."name_key", oe."type" LIMIT ${CO_MENTIONS}`),
    db.all<{ bucket: string; mentions: number }>(sql`SELECT ${month} AS "bucket", sum(${ae.count}) AS "mentions"
      FROM ${ae} JOIN ${a} ON ${a.id} = ${ae.articleId} WHERE ${ae.entityId} = ${id} AND ${a.publishedDay} IS NOT NULL
      GROUP BY 1 ORDER BY 1`),
  ])
  return {
    ...row!,
    articleList: articleList.map((r) => ({
      id: Number(r.id), title: r.title, publishedAt: r.published_at ?? null, mentions: Number(r.mentions), roles: JSON.parse(r.roles) as string[],
    })),
    coMentions: coMentions.map((r) => ({ id: Number(r.id), name: r.name, type: r.type, articles: Number(r.n) })),
    timeline: timeline.map((r) => ({ bucket: r.bucket, mentions: Number(r.mentions) })),
  }
}
