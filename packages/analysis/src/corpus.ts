/**
 * Corpus helpers over analyses (or any list of term counts): document frequencies, TF-IDF, and
 * keyness of a document or group against a reference corpus. Each analysis reports its top
 * terms (analyze's maxTerms), so rare terms of long documents may be missing from the counts.
 */
import type { ArticleAnalysis } from './types'

export type TermCounts = Map<string, { count: number; display: string }>

export interface DocumentFrequencies {
  documents: number
  /** term key -> number of documents holding it */
  df: Map<string, number>
}

type TermsOf = Pick<ArticleAnalysis, 'terms'>

export function documentFrequencies(analyses: Iterable<TermsOf>): DocumentFrequencies {
  const df = new Map<string, number>()
  let documents = 0
  for (const a of analyses) {
    documents++
    for (const t of a.terms) df.set(t.term, (df.get(t.term) ?? 0) + 1)
  }
  return { documents, df }
}

export interface TfidfTerm {
  term: string
  display: string
  tf: number
  idf: number
  tfidf: number
}

export const tfidfMethod = 'tf = count / content words; idf = ln((1 + N) / (1 + df)) + 1 (smoothed, as scikit-learn)'

/** TF-IDF of one analysis' terms against document frequencies, highest first. */
export function tfidf(analysis: TermsOf, frequencies: DocumentFrequencies, limit = 50): TfidfTerm[] {
  const out = analysis.terms.map((t) => {
    const idf = Math.log((1 + frequencies.documents) / (1 + (frequencies.df.get(t.term) ?? 0))) + 1
    return { term: t.term, display: t.display, tf: t.relativeFrequency, idf: round(idf), tfidf: round(t.relativeFrequency * idf) }
  })
  out.sort((a, b) => b.tfidf - a.tfidf || (a.term < b.term ? -1 : 1))
  return out.slice(0, limit)
}

/** Sums the term counts of a group of analyses. */
export function sumTermCounts(analyses: Iterable<TermsOf>): TermCounts {
  const counts: TermCounts = new Map()
  for (const a of analyses) {
    for (const t of a.terms) {
      const c = counts.get(t.term)
      if (c) c.count += t.count
      else counts.set(t.term, { count: t.count, display: t.display })
    }
  }
  return counts
}

export interface KeynessTerm {
  term: string
  display: string
  targetCount: number
  referenceCount: number
  /** Dunning log-likelihood G², signed: positive when over-used in the target */
  ll: number
  /** log2 of the ratio of relative frequencies (0.5 added to zero counts) */
  logRatio: number
}

export const keynessMethod = 'G² = 2Σ O ln(O/E) over target/reference × term/other; log-ratio = log2((a/A)/(b/B)) with 0.5 for a zero count'

/**
 * Keyness of a target (one analysis, or summed counts of a group) against a reference, strongest
 * first. Terms over-used in the target come first (positive ll), then under-used ones.
 */
export function keyness(target: TermsOf | TermCounts, reference: TermsOf | TermCounts, options: { limit?: number; minCount?: number } = {}): KeynessTerm[] {
  const t = target instanceof Map ? target : sumTermCounts([target])
  const r = reference instanceof Map ? reference : sumTermCounts([reference])
  let totalT = 0
  let totalR = 0
  for (const v of t.values()) totalT += v.count
  for (const v of r.values()) totalR += v.count
  if (totalT === 0 || totalR === 0) return []
  const minCount = options.minCount ?? 1
  const out: KeynessTerm[] = []
  const keys = new Set([...t.keys(), ...r.keys()])
  for (const key of keys) {
    const a = t.get(key)?.count ?? 0
    const b = r.get(key)?.count ?? 0
    if (a + b < minCount) continue
    const e1 = (totalT * (a + b)) / (totalT + totalR)
    const e2 = (totalR * (a + b)) / (totalT + totalR)
    const g2 = 2 * ((a > 0 ? a * Math.log(a / e1) : 0) + (b > 0 ? b * Math.log(b / e2) : 0))
    const logRatio = Math.log2(((a || 0.5) / totalT) / ((b || 0.5) / totalR))
    out.push({ term: key, display: t.get(key)?.display ?? r.get(key)?.display ?? key, targetCount: a, referenceCount: b, ll: round(a / totalT >= b / totalR ? g2 : -g2), logRatio: round(logRatio) })
  }
  out.sort((x, y) => y.ll - x.ll || (x.term < y.term ? -1 : 1))
  return out.slice(0, options.limit ?? 100)
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4 + 0
}
