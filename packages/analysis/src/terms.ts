/**
 * Terms: content words (stopwords, numbers and single letters out) grouped by stem, each shown
 * by its most frequent surface form with accents; a capitalised form that also occurs in lower
 * case (a sentence-initial "Cette") counts as the lower-case form.
 */
import type { AnalysisDocument, TermEntry } from './analysis-document'
import { grown, ScratchColumn } from './columns'
import { boundKeyNumbers, keyCount, keyIdOf, type WordForm } from './forms'
import type { TermFrequency } from './types'

const HAS_LETTER = /\p{L}/u

export function isContentWord(norm: string, stopwords: ReadonlySet<string>): boolean {
  if (norm.length < 2 || stopwords.has(norm)) return false
  const c = norm.charCodeAt(0)
  if (c >= 97 && c <= 122) return true
  return HAS_LETTER.test(norm)
}

/** The term key of a lower-cased word: its stem; acronyms with dots and very long strings stay as they are. */
const MAX_STEMMED_LENGTH = 40

export function termKey(norm: string, stem: (w: string) => string): string {
  // no word of either language is this long: a pasted blob is its own key, and is not stemmed
  return norm.length > MAX_STEMMED_LENGTH || norm.includes('.') ? norm : stem(norm)
}

/**
 * Per key number: the term it has in the document being read, valid where its stamp is that
 * document's. Stamps spare clearing the columns for every document.
 */
let keyStamps = new Int32Array(1 << 14)
let keyTerms = new Int32Array(1 << 14)
let lastStamp = 0

function nextStamp(): number {
  if (lastStamp === 0x7fffffff) {
    keyStamps.fill(0)
    lastStamp = 0
  }
  return ++lastStamp
}

function growKeyColumns(): void {
  let capacity = keyStamps.length
  while (capacity <= keyCount()) capacity *= 2
  keyStamps = grown(keyStamps, capacity)
  keyTerms = grown(keyTerms, capacity)
}

/** Marks of a type without a term: a word that is not a content word, a number, URL or mark, a type not yet seen. */
const NOT_CONTENT = -1
const NOT_A_WORD = -3
const UNSEEN = -2

const typeTerms = new ScratchColumn(Int32Array)
const typeFrequencies = new ScratchColumn(Int32Array)
const firstTypes = new ScratchColumn(Int32Array)
const countStarts = new ScratchColumn(Int32Array)

export function collectTerms(doc: AnalysisDocument): void {
  const { tokens, pack, types, typeForms } = doc
  const typeCount = typeForms.length
  const termOf = new Int32Array(tokens.length)
  const terms: TermEntry[] = []
  boundKeyNumbers()
  const stamp = nextStamp()
  // per type: its term id or one of the negative marks below. The loop reads only these columns,
  // never the token objects.
  const typeTerm = typeTerms.take(typeCount, UNSEEN)
  const typeFrequency = typeFrequencies.take(typeCount)
  let content = 0
  let words = 0

  for (let k = 0; k < tokens.length; k++) {
    const type = types[k]!
    let id = typeTerm[type]!
    if (id === UNSEEN) {
      const form = typeForms[type]!
      // the tokenizer shares the forms of words, and only theirs
      if (!form.shared) id = NOT_A_WORD
      else {
        // the key is derived once per form (each language has forms of its own), and kept on it
        if (form.key === undefined) form.key = isContentWord(form.norm, pack.stopwords) ? termKey(form.norm, pack.stem) : null
        const keyId = keyIdOf(form)
        if (keyId < 0) id = NOT_CONTENT
        else {
          if (keyId >= keyStamps.length) growKeyColumns()
          if (keyStamps[keyId] === stamp) id = keyTerms[keyId]!
          else {
            id = terms.length
            keyStamps[keyId] = stamp
            keyTerms[keyId] = id
            terms.push({ key: form.key!, count: 0, first: k, display: '' })
          }
        }
      }
      typeTerm[type] = id
    }
    // (termOf marks every token without a term -1)
    termOf[k] = id < 0 ? -1 : id
    typeFrequency[type]!++
  }
  // counted per type above, so the loop over tokens never touches a term
  for (let type = 0; type < typeCount; type++) {
    const id = typeTerm[type]!
    if (id === NOT_A_WORD) continue
    words += typeFrequency[type]!
    if (id < 0) continue
    terms[id]!.count += typeFrequency[type]!
    content += typeFrequency[type]!
  }
  displayForms(terms, typeTerm, typeFrequency, typeForms, typeCount)
  doc.termOf = termOf
  doc.terms = terms
  doc.termOrder = byCount(terms)
  doc.contentWords = content
  doc.words = words
}

/**
 * Each term's display form from the counts of its word types. Most terms have a single type, whose
 * text is the display; the others count their surfaces. Types are numbered in text order, so
 * ties go to the form seen first.
 */
function displayForms(terms: TermEntry[], typeTerm: Int32Array, typeFrequency: Int32Array, typeForms: readonly WordForm[], typeCount: number): void {
  // the first type of each term, or -2 once a second one is seen
  const firstType = firstTypes.take(terms.length, -1)
  let shared = 0
  for (let type = 0; type < typeCount; type++) {
    const id = typeTerm[type]!
    if (id < 0) continue
    const first = firstType[id]!
    if (first === -1) firstType[id] = type
    else if (first >= 0) {
      firstType[id] = -2
      shared++
    }
  }
  for (let id = 0; id < terms.length; id++) if (firstType[id]! >= 0) terms[id]!.display = typeForms[firstType[id]!]!.text
  if (shared === 0) return
  // the types of each term of several, chained in text order: firstType[id] becomes -3 - its
  // first type, lastOf[id] is its latest so far, nextOf[type] the one after
  const lastOf = lastTypes.take(terms.length, -1)
  const nextOf = nextTypes.take(typeCount, -1)
  for (let type = 0; type < typeCount; type++) {
    const id = typeTerm[type]!
    if (id < 0 || firstType[id]! > -2) continue
    if (lastOf[id]! >= 0) nextOf[lastOf[id]!] = type
    else firstType[id] = -3 - type
    lastOf[id] = type
  }
  for (let id = 0; id < terms.length; id++) {
    if (firstType[id]! > -3) continue
    // distinct surfaces in text order, with their counts
    let count = 0
    for (let type = -3 - firstType[id]!; type >= 0; type = nextOf[type]!) count = addSurface(surfaces, count, typeForms[type]!.text, typeFrequency[type]!)
    terms[id]!.display = displayForm(count)
  }
}

const lastTypes = new ScratchColumn(Int32Array)
const nextTypes = new ScratchColumn(Int32Array)

/** Surfaces and their counts, [0, count) in use: a term has a few, found faster in a short list than through a map of their own. */
interface Surfaces {
  texts: string[]
  counts: number[]
}

const surfaces: Surfaces = { texts: [], counts: [] }
const merged: Surfaces = { texts: [], counts: [] }

/** Adds `add` to the count of `text` among list[0, count); the new count of surfaces. */
function addSurface(list: Surfaces, count: number, text: string, add: number): number {
  for (let i = 0; i < count; i++) {
    if (list.texts[i] === text) {
      list.counts[i]! += add
      return count
    }
  }
  list.texts[count] = text
  list.counts[count] = add
  return count + 1
}

function hasSurface(list: Surfaces, count: number, text: string): boolean {
  for (let i = 0; i < count; i++) if (list.texts[i] === text) return true
  return false
}

/** The display among surfaces[0, count): a capitalised form counts as its lower-case one when both occur; the most frequent wins. */
function displayForm(count: number): string {
  if (count === 1) return surfaces.texts[0]!
  let mergedCount = 0
  for (let i = 0; i < count; i++) {
    const form = surfaces.texts[i]!
    const lower = form.toLowerCase()
    const key = form !== lower && hasSurface(surfaces, count, lower) ? lower : form
    mergedCount = addSurface(merged, mergedCount, key, surfaces.counts[i]!)
  }
  let best = ''
  let bestCount = -1
  // listed in text order, so ties go to the form seen first
  for (let i = 0; i < mergedCount; i++) {
    if (merged.counts[i]! > bestCount) {
      best = merged.texts[i]!
      bestCount = merged.counts[i]!
    }
  }
  return best
}

/**
 * Term ids, most frequent first, ties in text order. Ids are given in text order, so a counting
 * sort (ids placed in ascending order within each count) gives that order without comparisons.
 */
function byCount(terms: readonly TermEntry[]): Int32Array {
  let max = 0
  for (const t of terms) if (t.count > max) max = t.count
  // next[c]: where the next id of count c goes; counts descend through the order
  const next = countStarts.take(max + 2)
  for (const t of terms) next[t.count]!++
  let at = 0
  for (let c = max; c >= 0; c--) {
    const size = next[c]!
    next[c] = at
    at += size
  }
  const order = new Int32Array(terms.length)
  for (let id = 0; id < terms.length; id++) order[next[terms[id]!.count]!++] = id
  return order
}

export function termFrequencies(doc: AnalysisDocument, limit: number): TermFrequency[] {
  const order = doc.termOrder
  const out: TermFrequency[] = []
  const denominator = doc.contentWords || 1
  for (let i = 0; i < order.length && i < limit; i++) {
    const t = doc.terms[order[i]!]!
    out.push({ term: t.key, display: t.display, count: t.count, relativeFrequency: round6(t.count / denominator) })
  }
  return out
}

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6
}
