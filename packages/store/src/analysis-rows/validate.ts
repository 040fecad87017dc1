import type { ArticleAnalysis } from '@newslens/analysis'
import { StoreInputError } from '../errors'

const LANGS = new Set(['fr', 'en', 'und'])
const LISTS = ['terms', 'sentences', 'entities', 'themes', 'cooccurrences'] as const

/** Checks the parts of an ArticleAnalysis the store reads, so a malformed one fails clearly, not halfway. */
export function validateAnalysis(analysis: unknown): asserts analysis is ArticleAnalysis {
  if (analysis === null || typeof analysis !== 'object') throw new StoreInputError('analysis must be an ArticleAnalysis object')
  const a = analysis as Partial<ArticleAnalysis>
  if (typeof a.version !== 'string' || a.version === '') throw new StoreInputError('analysis.version must be a non-empty string')
  if (typeof a.lang !== 'string' || !LANGS.has(a.lang)) throw new StoreInputError(`analysis.lang must be one of fr, en, und (got ${String(a.lang).slice(0, 20)})`)
  if (!a.stats || typeof a.stats.words !== 'number') throw new StoreInputError('analysis.stats.words must be a number')
  if (!a.sentiment || typeof a.sentiment.score !== 'number') throw new StoreInputError('analysis.sentiment.score must be a number')
  for (const list of LISTS) {
    if (!Array.isArray(a[list])) throw new StoreInputError(`analysis.${list} must be an array`)
  }
}

/** a finite number for a NOT NULL numeric column: NaN becomes 0, infinities the largest finite value */
export function finite(value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return 0
  if (value === Infinity) return Number.MAX_VALUE
  if (value === -Infinity) return -Number.MAX_VALUE
  return value
}
