/**
 * The result contract of DESIGN.md. The store, the CLI's --json output, the web app and the
 * acceptance checks read these fields: add fields freely, never rename or remove one.
 */
export type Lang = 'fr' | 'en' | 'und'

export interface WeightedTerm {
  term: string
  weight: number
}

export interface TermFrequency {
  /** grouping key: the stem (lower-case) of the word */
  term: string
  /** most frequent surface form of the stem, accents kept */
  display: string
  count: number
  /** count / number of content words */
  relativeFrequency: number
}

export interface Ngram {
  text: string
  n: 2 | 3
  count: number
}

export interface DocumentSentiment {
  /** in [-1, 1] */
  score: number
  label: 'negative' | 'neutral' | 'positive'
  positive: WeightedTerm[]
  negative: WeightedTerm[]
}

export interface SentenceAnalysis {
  index: number
  /** offsets into the original text, end exclusive */
  start: number
  end: number
  paragraph: number
  sentiment: number
  themes: string[]
}

export type EntityType = 'person' | 'organization' | 'location'

export interface Span {
  start: number
  end: number
}

export interface Entity {
  name: string
  type: EntityType
  aliases: string[]
  roles: string[]
  count: number
  /** mean sentiment of the sentences that name it */
  sentiment: number
  mentions: Span[]
}

export interface ThemeScore {
  theme: string
  score: number
  /** weighted vocabulary matches behind the score (the score is this theme's share of all matches; mentions of one term beyond the third count logarithmically) */
  matches?: number
  evidence: { term: string; count: number }[]
}

export interface Cooccurrence {
  a: string
  b: string
  kind: 'term' | 'entity'
  scope: 'sentence' | 'window'
  count: number
  pmi: number
  npmi: number
  ll: number
  logDice: number
}

export interface ArticleStats {
  tokens: number
  words: number
  types: number
  sentences: number
  paragraphs: number
}

export interface ArticleAnalysis {
  /** package version + hash of the language data */
  version: string
  lang: Lang
  langConfidence: number
  stats: ArticleStats
  terms: TermFrequency[]
  ngrams: Ngram[]
  sentiment: DocumentSentiment
  sentences: SentenceAnalysis[]
  entities: Entity[]
  themes: ThemeScore[]
  cooccurrences: Cooccurrence[]
  /** nationality adjectives resolved to their country (never entities on their own) */
  nationalities: { term: string; country: string; count: number }[]
}
