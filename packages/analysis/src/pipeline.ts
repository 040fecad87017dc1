/**
 * analyze(): the stages in order, each filling the flat document, then readers building the
 * JSON-serialisable ArticleAnalysis.
 */
import type { AnalysisDocument } from './analysis-document'
import { ScratchColumn } from './columns'
import { cooccurrences, type CooccurrenceOptions, type Occurrences } from './cooccurrence'
import { extractEntities } from './entities'
import { detectLanguage } from './language'
import { flatten, normalise } from './normalise'
import { collectNgrams } from './ngrams'
import { pack } from './packs'
import { segment } from './segment'
import { scoreSentiment, round3 } from './sentiment'
import { collectTerms, termFrequencies } from './terms'
import { scoreThemes, type Taxonomy } from './themes'
import { tokenize } from './tokenize'
import type { ArticleAnalysis, Cooccurrence, Entity, Lang, SentenceAnalysis } from './types'
import { analysisVersion } from './version'

export interface AnalyzeOptions {
  /** the language, when known: wins over detection */
  lang?: Lang
  /** a taxonomy replacing the default one (data/themes/taxonomy.json) */
  taxonomy?: Taxonomy
  /** co-occurrence settings: window size, minimum count, top-k, candidates */
  cooccurrence?: CooccurrenceOptions
  /** how many terms to report (default 500) */
  maxTerms?: number
  /** how many n-grams to report (default 100) */
  maxNgrams?: number
  /** run entity extraction (default true) */
  entities?: boolean
}

const LANGS = new Set<Lang>(['fr', 'en', 'und'])

/** Builds the flat document up to terms: shared by analyze() and findTermOccurrences(). */
export function buildDocument(text: string, lang?: Lang): AnalysisDocument {
  // one flat string that every stage, entities included, reads character by character
  const source = flatten(typeof text === 'string' ? text : String(text ?? ''))
  const normalised = normalise(source)
  const guess = lang && LANGS.has(lang) ? { lang, confidence: 1 } : detectLanguage(normalised)
  const p = pack(guess.lang)
  const { tokens, paragraphs, types, typeForms } = tokenize(normalised, p.tokenizer)
  const doc: AnalysisDocument = {
    text: source,
    normalised,
    lang: guess.lang,
    langConfidence: guess.confidence,
    pack: p,
    tokens,
    paragraphs,
    types,
    typeForms,
    sentences: segment(tokens, paragraphs, p),
    termOf: new Int32Array(0),
    terms: [],
    termOrder: new Int32Array(0),
    contentWords: 0,
    words: 0,
  }
  collectTerms(doc)
  return doc
}

// working columns of one analysis, reused by the next (analyze never runs inside itself)
const countedSentences = new ScratchColumn(Int32Array)
const tokenPositions = new ScratchColumn(Int32Array)
const sentenceFirstPositions = new ScratchColumn(Int32Array)
const candidateIndex = new ScratchColumn(Int32Array)
const termItems = new ScratchColumn(Int32Array)
const termSentences = new ScratchColumn(Int32Array)
const termPositions = new ScratchColumn(Int32Array)
const entityMentions = new ScratchColumn(Float64Array)
const entityItems = new ScratchColumn(Int32Array)
const entitySentences = new ScratchColumn(Int32Array)
const entityPositions = new ScratchColumn(Int32Array)

export function analyze(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const doc = buildDocument(text, options.lang)
  const sentiment = scoreSentiment(doc)
  const themes = scoreThemes(doc, options.taxonomy)
  const extraction =
    options.entities === false
      ? { entities: [], nationalities: [] }
      : extractEntities({ text: doc.text, lang: doc.lang, sentences: doc.sentences, tokens: doc.tokens, types: doc.types, typeForms: doc.typeForms })

  const sentences: SentenceAnalysis[] = doc.sentences.map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    paragraph: s.paragraph,
    sentiment: sentiment.sentences[index]!,
    themes: themes.sentences[index]!,
  }))

  // which entity last counted each sentence: an entity's sentiment is over distinct sentences
  const countedBy = countedSentences.take(doc.sentences.length)
  const entities: Entity[] = new Array(extraction.entities.length)
  for (let i = 0; i < entities.length; i++) {
    const e = extraction.entities[i]!
    // spelt out, not spread: a spread copies key by key; sentiment comes last, as it always has in the output
    entities[i] = { name: e.name, type: e.type, aliases: e.aliases, roles: e.roles, count: e.count, mentions: e.mentions, sentiment: entitySentiment(e.mentions, doc, sentiment.sentences, countedBy, i + 1) }
  }
  const positions = contentPositions(doc)
  const coOptions = options.cooccurrence ?? {}
  const cooccurrenceList: Cooccurrence[] = [
    ...cooccurrences(termInput(doc, positions, coOptions.candidates ?? 50), coOptions),
    ...cooccurrences(entityInput(doc, positions, entities, coOptions.candidates ?? 50), coOptions),
  ]

  return {
    version: analysisVersion(),
    lang: doc.lang,
    langConfidence: doc.langConfidence,
    stats: {
      tokens: doc.tokens.length,
      words: doc.words,
      types: doc.terms.length,
      sentences: doc.sentences.length,
      paragraphs: doc.tokens.length === 0 ? 0 : doc.paragraphs[doc.paragraphs.length - 1]! + 1,
    },
    terms: termFrequencies(doc, options.maxTerms ?? 500),
    ngrams: collectNgrams(doc, options.maxNgrams ?? 100),
    sentiment: sentiment.document,
    sentences,
    entities,
    themes: themes.document,
    cooccurrences: cooccurrenceList,
    nationalities: extraction.nationalities,
  }
}

/** Index of the sentence holding offset `at` (binary search over sentence spans). */
function sentenceAt(doc: AnalysisDocument, at: number): number {
  let lo = 0
  let hi = doc.sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (doc.sentences[mid]!.start <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

function entitySentiment(mentions: { start: number }[], doc: AnalysisDocument, scores: Float64Array, countedBy: Int32Array, entity: number): number {
  if (doc.sentences.length === 0 || mentions.length === 0) return 0
  let sentences = 0
  let sum = 0
  for (const m of mentions) {
    const s = sentenceAt(doc, m.start)
    if (countedBy[s] === entity) continue
    countedBy[s] = entity
    sentences++
    sum += scores[s]!
  }
  return round3(sum / sentences)
}

interface ContentPositions {
  /** content-word position of each token (content tokens before it) */
  ofToken: Int32Array
  count: number
  /** first content position of each sentence */
  sentenceFirst: Int32Array
}

function contentPositions(doc: AnalysisDocument): ContentPositions {
  const ofToken = tokenPositions.take(doc.tokens.length)
  // at least one entry: entity mentions in a text without sentences count as in sentence 0
  const sentenceFirst = sentenceFirstPositions.take(Math.max(1, doc.sentences.length))
  let p = 0
  let sentence = -1
  for (let k = 0; k < doc.tokens.length; k++) {
    const s = doc.tokens[k]!.sentence
    if (s !== sentence) {
      sentence = s
      sentenceFirst[s] = p
    }
    ofToken[k] = p
    if (doc.termOf[k]! >= 0) p++
  }
  return { ofToken, count: p, sentenceFirst }
}

function termInput(doc: AnalysisDocument, positions: ContentPositions, candidates: number) {
  const chosen = doc.termOrder.subarray(0, Math.max(0, candidates))
  const index = candidateIndex.take(doc.terms.length, -1)
  for (let i = 0; i < chosen.length; i++) index[chosen[i]!] = i
  // a term occurs as often as it is counted
  let length = 0
  for (let i = 0; i < chosen.length; i++) length += doc.terms[chosen[i]!]!.count
  const occ: Occurrences = { item: termItems.take(length), sentence: termSentences.take(length), position: termPositions.take(length), length }
  let o = 0
  for (let k = 0; k < doc.tokens.length; k++) {
    const id = doc.termOf[k]!
    if (id < 0 || index[id]! < 0) continue
    occ.item[o] = index[id]!
    occ.sentence[o] = doc.tokens[k]!.sentence
    occ.position[o] = positions.ofToken[k]!
    o++
  }
  return {
    kind: 'term' as const,
    labels: displays(doc, chosen),
    occurrences: occ,
    sentenceCount: doc.sentences.length,
    positionCount: positions.count,
    sentenceFirstPosition: positions.sentenceFirst,
  }
}

function displays(doc: AnalysisDocument, ids: Int32Array): string[] {
  const out: string[] = new Array(ids.length)
  for (let i = 0; i < ids.length; i++) out[i] = doc.terms[ids[i]!]!.display
  return out
}

function entityInput(doc: AnalysisDocument, positions: ContentPositions, entities: Entity[], candidates: number) {
  // the most named entities, ties in order of appearance
  const byCount = Array.from(entities.keys()).sort((a, b) => entities[b]!.count - entities[a]!.count || a - b)
  const chosen = byCount.slice(0, Math.max(0, candidates))
  // mentions in text order, ties by item: start * items + item orders them as one number, sorted natively
  const items = Math.max(1, chosen.length)
  let length = 0
  for (const i of chosen) length += entities[i]!.mentions.length
  const mentions = entityMentions.take(length)
  length = 0
  for (let item = 0; item < chosen.length; item++) {
    for (const m of entities[chosen[item]!]!.mentions) if (m.start >= 0 && m.start < doc.text.length) mentions[length++] = m.start * items + item
  }
  const ordered = mentions.subarray(0, length).sort()
  const occ: Occurrences = { item: entityItems.take(length), sentence: entitySentences.take(length), position: entityPositions.take(length), length }
  let k = 0
  for (let o = 0; o < length; o++) {
    const start = Math.floor(ordered[o]! / items)
    while (k + 1 < doc.tokens.length && doc.tokens[k + 1]!.start <= start) k++
    occ.item[o] = ordered[o]! % items
    occ.sentence[o] = doc.sentences.length ? sentenceAt(doc, start) : 0
    occ.position[o] = doc.tokens.length ? positions.ofToken[k]! : 0
  }
  return {
    kind: 'entity' as const,
    labels: chosen.map((i) => entities[i]!.name),
    occurrences: occ,
    sentenceCount: Math.max(1, doc.sentences.length),
    positionCount: Math.max(1, positions.count),
    sentenceFirstPosition: positions.sentenceFirst,
  }
}
