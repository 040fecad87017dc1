// Placeholder until the engine lands: a valid, empty ArticleAnalysis so dependants can build.
import type { ArticleAnalysis, Lang } from './types'

export type * from './types'

export interface AnalyzeOptions {
  lang?: Lang
}

export function analyze(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const lang = options.lang ?? 'und'
  return {
    version: '0.1.0+stub',
    lang,
    langConfidence: 0,
    stats: { tokens: 0, words: text.split(/\s+/).filter(Boolean).length, types: 0, sentences: 0, paragraphs: 0 },
    terms: [],
    ngrams: [],
    sentiment: { score: 0, label: 'neutral', positive: [], negative: [] },
    sentences: [],
    entities: [],
    themes: [],
    cooccurrences: [],
    nationalities: [],
  }
}
