/**
 * Named entities of a French or English text: persons, organizations and locations with their
 * aliases, roles and mentions, plus nationality adjectives resolved to their country (never
 * entities on their own). One pass over the tokens per stage, lookups keyed by lower-cased forms.
 */
import type { Token, SentenceSpan } from '../document'
import type { WordForm } from '../forms'
import type { Entity, Lang } from '../types'
import { findCandidates } from './candidates'
import { makeContext, nationalityAt, nationalityPhraseAt } from './context'
import { scoreMention } from './evidence'
import { entityLexicon } from './lexicon'
import { mergeMentions } from './merge'
import { buildView } from './view'

export { normalizeEntityName, scoreEntities, type EntityScore, type GoldEntities, type GoldName } from './score'
export { entityData } from './lexicon'

export interface EntityExtractionInput {
  /** the original text, as given to analyze() */
  text: string
  lang: Lang
  sentences: SentenceSpan[]
  tokens: Token[]
  /** the tokenizer's type id of each token (same text, same id) */
  types: Int32Array
  /** the form of each type id (shared across documents for words): what a form says is worked out once for all documents */
  typeForms: readonly WordForm[]
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

export function extractEntities(input: EntityExtractionInput): EntityExtraction {
  // sentences are read through each token's sentence index
  const { text, lang, tokens, types, typeForms } = input
  if (lang !== 'fr' && lang !== 'en') return { entities: [], nationalities: [] }
  if (tokens.length === 0) return { entities: [], nationalities: [] }
  const lex = entityLexicon(lang)
  const ctx = makeContext(lex, buildView(text, tokens, lex, types, typeForms), text)
  const view = ctx.view
  // "North Korean", "Sri Lankan": a demonym of several capitalised words is a nationality, no name
  const candidates = findCandidates(ctx).filter((c) => nationalityPhraseAt(ctx, c.s)?.length !== c.e - c.s)
  const scored = candidates.map((c) => scoreMention(ctx, c))
  const entities = mergeMentions(ctx, scored)

  // nationality adjectives outside known names ("Syrian Democratic Forces" names a body, not a nationality)
  const insideName = new Uint8Array(view.length)
  for (const c of candidates) if (c.gaz || c.source === 'expansion') for (let k = c.s; k < c.e; k++) insideName[k] = 1
  const nationalities = new Map<string, Nationality>()
  // tokens before `next` belong to the last demonym counted
  let next = 0
  for (const i of ctx.passStarts.nationalities) {
    if (i < next || insideName[i]) continue
    // "South African" is South Africa's, not Africa's
    const phrase = (view.starts(i) & lex.nationalityPhrases.flag) !== 0 ? nationalityPhraseAt(ctx, i) : null
    if (phrase) {
      const end = i + phrase.length
      countNationality(nationalities, ctx.forms.slice(i, end).join(' '), text.slice(view.start(i), view.end(end - 1)), phrase.value)
      next = end
      continue
    }
    if (view.lexical(i).nationality === undefined) continue
    const country = nationalityAt(ctx, i)
    if (country) countNationality(nationalities, view.form(i), view.text(i), country)
  }
  return { entities, nationalities: [...nationalities.values()].sort((a, b) => b.count - a.count) }
}

function countNationality(nationalities: Map<string, Nationality>, key: string, term: string, country: string): void {
  const n = nationalities.get(key)
  if (n) n.count++
  else nationalities.set(key, { term, country, count: 1 })
}
