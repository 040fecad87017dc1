/**
 * Bigrams and trigrams that are phrases: adjacent words inside one sentence, both ends content
 * words, the middle of a trigram a content word or a linking word (de, of). Grouped by their
 * terms' stems ("base militaire" = "bases militaires"), shown as first written. A lower-case
 * word running into a name ("russe Vladimir") is a boundary, not a phrase; a trigram must occur
 * twice (three adjacent content words once are mostly chance).
 */
import type { AnalysisDocument } from './analysis-document'
import type { Ngram } from './types'

interface NgramEntry {
  n: 2 | 3
  count: number
  first: number
}

export function collectNgrams(doc: AnalysisDocument, limit: number): Ngram[] {
  const { tokens, termOf, pack } = doc
  const bigrams = new Map<number, NgramEntry>()
  const trigrams = new Map<number, NgramEntry>()
  const width = doc.terms.length + 1
  const links = pack.phraseLinks
  // a trigram is keyed by the number of its first two words' pair, then its last term; the
  // middle is a term id, or a linking word numbered after the terms
  const linkIds = new Map<string, number>()
  for (const link of links) linkIds.set(link, width + linkIds.size)
  const pairIds = new Map<number, number>()
  const middles = width + linkIds.size
  const trigram = (first: number, middle: number, last: number, at: number): void => {
    const pair = first * middles + middle
    let id = pairIds.get(pair)
    if (id === undefined) pairIds.set(pair, (id = pairIds.size))
    count(trigrams, id * width + last, 3, at)
  }
  for (let k = 1; k < tokens.length; k++) {
    const b = termOf[k]!
    if (b < 0) continue
    const prev = tokens[k - 1]!
    if (prev.sentence !== tokens[k]!.sentence) continue
    const a = termOf[k - 1]!
    if (a >= 0) {
      count(bigrams, a * width + b, 2, k - 1)
      if (k >= 2 && termOf[k - 2]! >= 0 && tokens[k - 2]!.sentence === prev.sentence) trigram(termOf[k - 2]!, a, b, k - 2)
    } else if (k >= 2 && prev.kind === 'word' && links.has(prev.norm) && termOf[k - 2]! >= 0 && tokens[k - 2]!.sentence === prev.sentence) {
      trigram(termOf[k - 2]!, linkIds.get(prev.norm)!, b, k - 2)
    }
  }
  const lowerDisplay = new LowerCaseDisplays(doc)
  const all: NgramEntry[] = []
  for (const e of bigrams.values()) if (!runsIntoName(doc, lowerDisplay, e.first, e.n)) all.push(e)
  for (const e of trigrams.values()) if (e.count >= MIN_TRIGRAM_COUNT && !runsIntoName(doc, lowerDisplay, e.first, e.n)) all.push(e)
  all.sort((x, y) => y.count - x.count || x.first - y.first || x.n - y.n)
  const out: Ngram[] = []
  for (let i = 0; i < all.length && i < limit; i++) {
    const e = all[i]!
    out.push({ text: surface(doc, lowerDisplay, e.first, e.n), n: e.n, count: e.count })
  }
  return out
}

const MIN_TRIGRAM_COUNT = 2

/**
 * Per term: whether its display form is written in lower case, decided when first asked (only
 * sentence-initial words and the reported phrases ask).
 */
class LowerCaseDisplays {
  /** 0 not yet decided, 1 lower case, 2 not */
  private readonly known: Uint8Array

  constructor(private readonly doc: AnalysisDocument) {
    this.known = new Uint8Array(doc.terms.length)
  }

  has(id: number): boolean {
    let known = this.known[id]!
    if (known === 0) {
      const display = this.doc.terms[id]!.display
      known = this.known[id] = display === display.toLowerCase() ? 1 : 2
    }
    return known === 1
  }
}

/** true when a word usually written in lower case is followed by a capitalised one */
function runsIntoName(doc: AnalysisDocument, lowerDisplay: LowerCaseDisplays, first: number, n: number): boolean {
  let previousLower = false
  for (let k = first; k < first + n; k++) {
    const t = doc.tokens[k]!
    const id = doc.termOf[k]!
    // a linking word ("Bank of England") neither starts nor breaks a name
    if (id < 0) continue
    // a sentence-initial capital says nothing: use the word's usual form there
    const sentenceInitial = k === 0 || doc.tokens[k - 1]!.sentence !== t.sentence
    // a token's norm is its text lower-cased, the very same string when the text is in lower case
    const lower = sentenceInitial ? lowerDisplay.has(id) : t.text === t.norm
    if (previousLower && !lower) return true
    previousLower = lower
  }
  return false
}

function count<K>(map: Map<K, NgramEntry>, key: K, n: 2 | 3, first: number): void {
  const e = map.get(key)
  if (e) e.count++
  else map.set(key, { n, count: 1, first })
}

/** The phrase as first written; a sentence-initial capital is dropped when the word's usual form is lower case. */
function surface(doc: AnalysisDocument, lowerDisplay: LowerCaseDisplays, first: number, n: number): string {
  let text = ''
  for (let k = first; k < first + n; k++) {
    const t = doc.tokens[k]!
    const id = doc.termOf[k]!
    const word = id >= 0 && lowerDisplay.has(id) ? t.norm : t.text
    text += k === first || doc.tokens[k - 1]!.text.endsWith("'") ? word : ` ${word}`
  }
  return text
}
