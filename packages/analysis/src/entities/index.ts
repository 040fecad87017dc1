// Placeholder: the entities engineer replaces this module (same exported signature).
import type { Token, SentenceSpan } from '../document'
import type { Entity, Lang } from '../types'

export interface EntityExtractionInput {
  /** the original text, as given to analyze() */
  text: string
  lang: Lang
  sentences: SentenceSpan[]
  tokens: Token[]
}

/** An entity before sentiment is attached by the pipeline (mean over the sentences naming it). */
export type ExtractedEntity = Omit<Entity, 'sentiment'>

export interface Nationality {
  /** the adjective as written, e.g. "syriens" */
  term: string
  /** its country, as named in the text's language, e.g. "Syrie" */
  country: string
  count: number
}

export interface EntityExtraction {
  entities: ExtractedEntity[]
  nationalities: Nationality[]
}

export function extractEntities(_input: EntityExtractionInput): EntityExtraction {
  return { entities: [], nationalities: [] }
}
