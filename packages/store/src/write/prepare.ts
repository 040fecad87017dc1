import type { ArticleAnalysis } from '@newslens/analysis'
import type { ArticleInput } from '../api'
import { prepareArticle, type PreparedArticle } from '../articles/validate'
import { analysisRows, type AnalysisRows } from '../analysis-rows/rows'
import { validateAnalysis } from '../analysis-rows/validate'
import { articleEntityRows, type ArticleEntityRow } from '../entities/rows'
import { foldText } from '../fold'
import { finite } from '../analysis-rows/validate'
import { articleRowsJson, type ArticleRowsJson } from './row-values'

/** Everything one article writes, computed before any transaction opens. */
export interface PreparedItem {
  article: PreparedArticle
  analysis: ArticleAnalysis
  analysisJson: string
  rows: AnalysisRows
  /** the per-article rows, serialised here so the write transaction only splices in the id */
  rowsJson: ArticleRowsJson
  entities: ArticleEntityRow[]
  /** title and text folded for the full-text index */
  searchText: string
  words: number
  sentiment: number
}

/** Validates and shapes one item; throws StoreInputError with a clear reason when it cannot be stored. */
export function prepareItem(input: ArticleInput, analysis: ArticleAnalysis): PreparedItem {
  const article = prepareArticle(input)
  validateAnalysis(analysis)
  const rows = analysisRows(analysis)
  return {
    article,
    analysis,
    analysisJson: JSON.stringify(analysis),
    rows,
    rowsJson: articleRowsJson(rows),
    entities: articleEntityRows(analysis),
    searchText: foldText(`${article.title}\n${article.text}`),
    words: Math.max(0, Math.round(finite(analysis.stats.words))),
    sentiment: Math.max(-1, Math.min(1, finite(analysis.sentiment.score))),
  }
}
