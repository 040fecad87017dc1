// Test-only: checks that the corpus totals and per-article rows of a store agree, straight in SQL.
import type { RawSql } from './databases'

const NUMERIC = new Set(['id', 'count', 'articles', 'mentions'])
// PostgreSQL returns sum() and count() as strings through a raw client
const key = (r: Record<string, unknown>) => JSON.stringify(Object.entries(r).map(([k, v]) => (NUMERIC.has(k) ? Number(v) : v)))
const sorted = (rows: Record<string, unknown>[]) => rows.map(key).sort()

/** the disagreements found; empty when consistent */
export async function inconsistencies(raw: RawSql, options: { everyArticleHasSentences?: boolean } = {}): Promise<string[]> {
  const problems: string[] = []
  const [orphans] = await raw.query<{ n: number }>(`SELECT count(*) AS n FROM articles a WHERE NOT EXISTS
    (SELECT 1 FROM article_content c WHERE c.article_id = a.id)`)
  if (Number(orphans?.n) !== 0) problems.push(`${orphans?.n} articles without content`)
  const [bare] = !options.everyArticleHasSentences ? [{ n: 0 }] : await raw.query<{ n: number }>(`SELECT count(*) AS n FROM articles a WHERE NOT EXISTS
    (SELECT 1 FROM article_sentences s WHERE s.article_id = a.id)`)
  if (Number(bare?.n) !== 0) problems.push(`${bare?.n} articles without sentences`)

  for (const table of ['article_content', 'article_terms', 'article_themes', 'article_sentences', 'article_edges', 'article_entities']) {
    const [stray] = await raw.query<{ n: number }>(`SELECT count(*) AS n FROM ${table} x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)`)
    if (Number(stray?.n) !== 0) problems.push(`${stray?.n} ${table} rows without their article`)
  }

  const pairs: [string, string, string][] = [
    ['term totals',
      'SELECT term, count, articles FROM term_totals',
      'SELECT term, sum(count) AS count, count(*) AS articles FROM article_terms GROUP BY term'],
    ['term totals per language',
      'SELECT lang, term, count, articles FROM term_lang_totals',
      'SELECT a.lang AS lang, x.term AS term, sum(x.count) AS count, count(*) AS articles FROM article_terms x JOIN articles a ON a.id = x.article_id GROUP BY a.lang, x.term'],
    ['term totals per language and dominant theme',
      'SELECT lang, theme, term, count, articles FROM term_facet_totals',
      "SELECT a.lang AS lang, coalesce(a.dominant_theme, '') AS theme, x.term AS term, sum(x.count) AS count, count(*) AS articles FROM article_terms x JOIN articles a ON a.id = x.article_id GROUP BY a.lang, coalesce(a.dominant_theme, ''), x.term"],
    ['entity totals per language and dominant theme',
      'SELECT lang, theme, entity_id AS id, mentions, articles FROM entity_facet_totals',
      "SELECT a.lang AS lang, coalesce(a.dominant_theme, '') AS theme, x.entity_id AS id, sum(x.count) AS mentions, count(*) AS articles FROM article_entities x JOIN articles a ON a.id = x.article_id GROUP BY a.lang, coalesce(a.dominant_theme, ''), x.entity_id"],
    ['entity totals',
      'SELECT id, mentions, articles FROM entities WHERE articles > 0',
      'SELECT entity_id AS id, sum(count) AS mentions, count(*) AS articles FROM article_entities GROUP BY entity_id'],
    ['edge totals',
      'SELECT kind, a, b, count, articles FROM edge_totals',
      "SELECT kind, a, b, sum(count) AS count, count(*) AS articles FROM article_edges WHERE scope = 'sentence' GROUP BY kind, a, b"],
  ]
  for (const [name, totals, detail] of pairs) {
    const [x, y] = [sorted(await raw.query(totals)), sorted(await raw.query(detail))]
    if (JSON.stringify(x) !== JSON.stringify(y)) problems.push(`${name} disagree with per-article rows (${x.length} vs ${y.length} rows)`)
  }
  return problems
}

export async function countRows(raw: RawSql, table: string): Promise<number> {
  const [row] = await raw.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)
  return Number(row?.n)
}
