/**
 * Lexicon sentiment with negation and intensifiers. Word weights come from the news lexicon
 * (data/<lang>/sentiment.json, exact form then stem) and from natural's base lexicon (French
 * pattern, English AFINN-165 scaled to [-1, 1]). A negator (ne, pas, jamais, sans, not, never,
 * no) flips the next words up to a comma or a few tokens; an intensifier scales the next one.
 * A sentence scores sum / sqrt(sum² + 1); the document scores (P - N) / (P + N + 1), where P and
 * N are the total positive and negative weight: both stay in [-1, 1].
 */
import type { AnalysisDocument } from './analysis-document'
import { isUpperCode } from './chars'
import { ScratchColumn } from './columns'
import type { Token } from './document'
import { firstInOrder } from './first-in-order'
import type { FormInfo } from './forms'
import type { SentimentRules } from './packs'
import type { DocumentSentiment, WeightedTerm } from './types'

const NEGATION_SPAN = 4
const INTENSIFIER_SPAN = 2
/** a negated word keeps most of its strength, reversed ("pas bon" is bad, less than "mauvais") */
const NEGATED = -0.8
/** a long article mixes both tones: only a clear balance (|score| > 0.15) is labelled, the rest is neutral */
const LABEL_THRESHOLD = 0.15
const TOP_WORDS = 20

/** What a word does to sentiment: set on the shared form (FormInfo.sentimentRole), 0 until decided. */
export const enum Role {
  Unknown = 0,
  None,
  /** ends a negation's reach (a comma, "mais") */
  BreaksNegation,
  Negator,
  Intensifier,
  Weighted,
}

export interface SentimentResult {
  sentences: Float64Array
  document: DocumentSentiment
}

export const sentimentMethod =
  'lexicon: news lexicon + natural (pattern fr / AFINN-165 en); capitalised words inside a sentence are names and carry no tone (not in title-case headlines); negation flips x0.8 for 4 tokens, intensifiers scale; sentence = s/sqrt(s²+1); document = (P-N)/(P+N+1); label at ±0.15'

export function wordWeight(rules: SentimentRules, norm: string, stem: string): number {
  const news = rules.news.get(norm)
  if (news !== undefined) return news
  const byStem = rules.newsStems.get(stem)
  if (byStem !== undefined) return byStem
  return rules.base.get(norm) ?? 0
}

/** The role of a word (its weight, when it has one, is kept in info.weight). */
function wordRole(rules: SentimentRules, stopwords: ReadonlySet<string>, norm: string, key: string | null, info: FormInfo): Role {
  if (rules.negationBreaks.has(norm)) return Role.BreaksNegation
  if (rules.negators.has(norm)) return Role.Negator
  if (rules.intensifiers.has(norm)) return Role.Intensifier
  if (key === null && stopwords.has(norm)) return Role.None
  info.weight ??= wordWeight(rules, norm, key ?? norm)
  return info.weight === 0 ? Role.None : Role.Weighted
}

const typeRoles = new ScratchColumn(Uint8Array)
const typeValues = new ScratchColumn(Float64Array)
const typeCapitalisations = new ScratchColumn(Uint8Array)
const titleCaseDecisions = new ScratchColumn(Uint8Array)
const termContributions = new ScratchColumn(Float64Array)
const termsContributing = new ScratchColumn(Uint8Array)
const contributorList = new ScratchColumn(Int32Array)

export function scoreSentiment(doc: AnalysisDocument): SentimentResult {
  const sentences = new Float64Array(doc.sentences.length)
  const rules = doc.pack.sentiment
  if (!rules) return { sentences, document: { score: 0, label: 'neutral', positive: [], negative: [] } }
  const { tokens, termOf, terms, pack } = doc
  // weight contributed per term, in columns; the rare weighted word without a term (no letters
  // to stem, a single letter) by its text
  const termWeights = termContributions.take(terms.length)
  const termSeen = termsContributing.take(terms.length)
  const contributors = contributorList.take(terms.length)
  let contributorCount = 0
  let otherWeights: Map<string, number> | undefined
  let positive = 0
  let negative = 0
  let sentence = -1
  let sum = 0
  let negateUntil = -1
  let intensifyUntil = -1
  let factor = 1
  const { types, typeForms } = doc

  // what each word type does, decided once per type: most tokens repeat a type seen before
  const typeRole = typeRoles.take(typeForms.length)
  const typeValue = typeValues.take(typeForms.length)
  const typeCapitalised = typeCapitalisations.take(typeForms.length)
  const roleOf = (k: number): Role => {
    const t = tokens[k]!
    const type = types[k]!
    let role: Role
    if (t.kind !== 'word') role = rules.negationBreaks.has(t.norm) ? Role.BreaksNegation : Role.None
    else {
      // decided once per form (each language has forms of its own), and kept on it
      const id = termOf[k]!
      const info = typeForms[type]!
      role = info.sentimentRole
      // the term is read only for a form not yet decided: most forms were, in an earlier text
      if (role === Role.Unknown) role = info.sentimentRole = wordRole(rules, pack.stopwords, t.norm, id >= 0 ? terms[id]!.key : null, info)
      if (role === Role.Intensifier) typeValue[type] = rules.intensifiers.get(t.norm)!
      else if (role === Role.Weighted) {
        typeValue[type] = info.weight!
        typeCapitalised[type] = isUpperCode(t.text.charCodeAt(0)) ? 1 : 0
      }
    }
    typeRole[type] = role
    return role
  }

  const titleCase = new TitleCaseSentences(tokens, doc.sentences.length)
  const closeSentence = (): void => {
    if (sentence >= 0) sentences[sentence] = round3(sum / Math.sqrt(sum * sum + 1))
  }

  for (let k = 0; k < tokens.length; k++) {
    const s = tokens[k]!.sentence
    if (s !== sentence) {
      closeSentence()
      sentence = s
      sum = 0
      negateUntil = -1
      intensifyUntil = -1
    }
    const type = types[k]!
    const role = typeRole[type] || roleOf(k)
    if (role === Role.None) continue
    if (role === Role.BreaksNegation) {
      negateUntil = -1
      continue
    }
    if (role === Role.Negator) {
      negateUntil = k + NEGATION_SPAN
      continue
    }
    if (role === Role.Intensifier) {
      factor = typeValue[type]!
      intensifyUntil = k + INTENSIFIER_SPAN
      continue
    }
    // "Great Britain", "Save the Children", "Hope Street": a name's words say nothing of the tone
    if (typeCapitalised[type] === 1 && !opensSentence(tokens, k) && !titleCase.of(s, k)) continue
    let w = typeValue[type]!
    if (k <= negateUntil) w *= NEGATED
    if (k <= intensifyUntil) w = Math.max(-1, Math.min(1, w * factor))
    sum += w
    if (w > 0) positive += w
    else negative -= w
    const id = termOf[k]!
    if (id >= 0) {
      if (termSeen[id] === 0) {
        termSeen[id] = 1
        contributors[contributorCount++] = id
      }
      termWeights[id]! += w
    } else {
      const label = tokens[k]!.text
      otherWeights ??= new Map()
      otherWeights.set(label, (otherWeights.get(label) ?? 0) + w)
    }
  }
  closeSentence()

  const score = round3((positive - negative) / (positive + negative + 1))
  const pos: WeightedTerm[] = []
  const neg: WeightedTerm[] = []
  const add = (term: string, weight: number): void => {
    if (weight > 0) pos.push({ term, weight: round3(weight) })
    else if (weight < 0) neg.push({ term, weight: round3(weight) })
  }
  // a term's display is the text of one of its types: never the text of a word without a term
  for (let c = 0; c < contributorCount; c++) add(terms[contributors[c]!]!.display, termWeights[contributors[c]!]!)
  if (otherWeights) for (const [term, weight] of otherWeights) add(term, weight)
  return {
    sentences,
    document: {
      score,
      label: score > LABEL_THRESHOLD ? 'positive' : score < -LABEL_THRESHOLD ? 'negative' : 'neutral',
      positive: firstInOrder(pos, TOP_WORDS, (a, b) => b.weight - a.weight || alphabetical(a.term, b.term)),
      negative: firstInOrder(neg, TOP_WORDS, (a, b) => a.weight - b.weight || alphabetical(a.term, b.term)),
    },
  }
}

/** terms are distinct: never equal */
const alphabetical = (a: string, b: string): number => (a < b ? -1 : 1)

/** Marks a sentence may open on, so the word after them is capitalised whatever it is. */
const OPENERS = new Set(['"', '«', '“', '‘', "'", '(', '[', ':', '-', '–', '—', '…'])

/** The first word of a sentence, or of a quote or a clause opened by a mark, is capitalised as a rule. */
function opensSentence(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    const t = tokens[j]!
    if (t.kind === 'word' || t.kind === 'number') return false
    if (OPENERS.has(t.text)) return true
  }
  return true
}

/** Whether a sentence is written in title case ("Great Win For The Hosts"), decided when first asked. */
class TitleCaseSentences {
  /** 0 not yet decided, 1 title case, 2 not */
  private readonly decided: Uint8Array
  constructor(private readonly tokens: readonly Token[], sentences: number) {
    this.decided = titleCaseDecisions.take(sentences)
  }

  /** `k` is any token of sentence `s` */
  of(s: number, k: number): boolean {
    if (this.decided[s] === 0) {
      const tokens = this.tokens
      let first = k
      while (first > 0 && tokens[first - 1]!.sentence === s) first--
      let words = 0
      let capitalised = 0
      for (let j = first; j < tokens.length && tokens[j]!.sentence === s; j++) {
        if (tokens[j]!.kind !== 'word') continue
        words++
        if (isUpperCode(tokens[j]!.text.charCodeAt(0))) capitalised++
      }
      // function words stay lower case in most title-case headlines, and names fill many a sentence: three words in four
      this.decided[s] = capitalised * 4 >= words * 3 ? 1 : 2
    }
    return this.decided[s] === 1
  }
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000 + 0
}
