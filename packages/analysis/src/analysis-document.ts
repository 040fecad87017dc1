/**
 * The internal flat document: each stage reads what earlier stages wrote and adds its own
 * columns. Per-token columns are typed arrays indexed like `tokens`.
 */
import type { SentenceSpan, Token } from './document'
import type { WordForm } from './forms'
import type { LanguagePack } from './packs'
import type { Lang } from './types'

export interface TermEntry {
  /** grouping key: the stem */
  key: string
  count: number
  /** index of the first token of this term */
  first: number
  display: string
}

export interface AnalysisDocument {
  /** the text as given */
  text: string
  /** same length as text: straightened quotes, odd spaces and control characters as spaces */
  normalised: string
  lang: Lang
  langConfidence: number
  pack: LanguagePack
  tokens: Token[]
  /** paragraph of each token */
  paragraphs: Int32Array
  /** word-type id of each token */
  types: Int32Array
  /** the shared form of each type */
  typeForms: WordForm[]
  sentences: SentenceSpan[]
  /** term id of each token, -1 for stopwords, numbers and punctuation */
  termOf: Int32Array
  terms: TermEntry[]
  /** term ids, most frequent first, ties in text order */
  termOrder: Int32Array
  /** number of tokens that are content words (the denominator of relative frequencies) */
  contentWords: number
  /** number of word tokens */
  words: number
}
