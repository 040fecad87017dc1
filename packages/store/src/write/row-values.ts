import type { Column } from 'drizzle-orm'
import type { AnalysisRows, EdgeRow, SentenceRow, TermRow, ThemeRow } from '../analysis-rows/rows'
import type { Tables } from '../db/database'

/**
 * The per-article analysis tables: their columns after `article_id`, and each row's values in
 * that order. One definition for both sides, since rows are serialised (in the saving worker,
 * outside the write transaction) separately from the INSERT that names the columns.
 */
export const articleRowTables = {
  terms: {
    columns: (t: Tables): Column[] => [t.articleTerms.term, t.articleTerms.display, t.articleTerms.count, t.articleTerms.relativeFrequency],
    values: (r: TermRow) => [r.term, r.display, r.count, r.relativeFrequency],
  },
  themes: {
    columns: (t: Tables): Column[] => [t.articleThemes.theme, t.articleThemes.score, t.articleThemes.rank],
    values: (r: ThemeRow) => [r.theme, r.score, r.rank],
  },
  sentences: {
    columns: (t: Tables): Column[] => [t.articleSentences.index, t.articleSentences.start, t.articleSentences.end, t.articleSentences.sentiment, t.articleSentences.themes],
    values: (r: SentenceRow) => [r.index, r.start, r.end, r.sentiment, r.themes],
  },
  edges: {
    columns: (t: Tables): Column[] => {
      const e = t.articleEdges
      return [e.kind, e.scope, e.a, e.b, e.count, e.pmi, e.npmi, e.ll, e.logDice]
    },
    values: (r: EdgeRow) => [r.kind, r.scope, r.a, r.b, r.count, r.pmi, r.npmi, r.ll, r.logDice],
  },
} as const

export type ArticleRowTable = keyof typeof articleRowTables

/** per table, the JSON text of the article's value arrays: `[[...], ...]` */
export type ArticleRowsJson = Record<ArticleRowTable, string>

export function articleRowsJson(rows: AnalysisRows): ArticleRowsJson {
  return {
    terms: JSON.stringify(rows.terms.map(articleRowTables.terms.values)),
    themes: JSON.stringify(rows.themes.map(articleRowTables.themes.values)),
    sentences: JSON.stringify(rows.sentences.map(articleRowTables.sentences.values)),
    edges: JSON.stringify(rows.edges.map(articleRowTables.edges.values)),
  }
}
