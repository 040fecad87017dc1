/**
 * Bigrams and trigrams that are phrases: adjacent words inside one sentence, both ends content
 * words, the middle of a trigram a content word or a linking word (de, of). Grouped by their
 * terms' stems ("base militaire" = "bases militaires"), shown as first written. A lower-case
 * word running into a name ("russe Vladimir") is a boundary, not a phrase; a trigram must occur
 * twice (three adjacent content words once are mostly chance).
 */
import type { AnalysisDocument } from './analysis-document'
import { grown, ScratchColumn } from './columns'
import type { Ngram } from './types'

const orderKeys = new ScratchColumn(Float64Array)
const lowerCaseMarks = new ScratchColumn(Uint8Array)

export function collectNgrams(doc: AnalysisDocument, limit: number): Ngram[] {
  const { tokens, termOf, pack } = doc
  bigrams.reset()
  trigrams.reset()
  pairIds.reset()
  const width = doc.terms.length + 1
  const links = pack.phraseLinks
  // a trigram is keyed by the number of its first two words' pair, then its last term; the
  // middle is a term id, or a linking word numbered after the terms
  const linkIds = new Map<string, number>()
  for (const link of links) linkIds.set(link, width + linkIds.size)
  const middles = width + linkIds.size
  const trigram = (first: number, middle: number, last: number, at: number): void => {
    trigrams.add(pairIds.numberOf(first * middles + middle, at) * width + last, at)
  }
  for (let k = 1; k < tokens.length; k++) {
    const b = termOf[k]!
    if (b < 0) continue
    const prev = tokens[k - 1]!
    if (prev.sentence !== tokens[k]!.sentence) continue
    const a = termOf[k - 1]!
    if (a >= 0) {
      bigrams.add(a * width + b, k - 1)
      if (k >= 2 && termOf[k - 2]! >= 0 && tokens[k - 2]!.sentence === prev.sentence) trigram(termOf[k - 2]!, a, b, k - 2)
    } else if (k >= 2 && prev.kind === 'word' && links.has(prev.norm) && termOf[k - 2]! >= 0 && tokens[k - 2]!.sentence === prev.sentence) {
      trigram(termOf[k - 2]!, linkIds.get(prev.norm)!, b, k - 2)
    }
  }

  // strongest first: count descending, then text order, a bigram before a trigram starting at the
  // same token. Each n-gram is one number in that order (unique: one bigram and one trigram start
  // at a token), so a native numeric sort replaces a comparator over objects.
  const maxCount = tokens.length
  const span = 2 * tokens.length
  const order = orderKeys.take(bigrams.size + trigrams.size)
  let length = 0
  for (let i = 0; i < bigrams.size; i++) order[length++] = (maxCount - bigrams.counts[i]!) * span + 2 * bigrams.firsts[i]!
  for (let i = 0; i < trigrams.size; i++) {
    const count = trigrams.counts[i]!
    if (count >= MIN_TRIGRAM_COUNT) order[length++] = (maxCount - count) * span + 2 * trigrams.firsts[i]! + 1
  }
  order.subarray(0, length).sort()
  const lowerDisplay = new LowerCaseDisplays(doc)
  const out: Ngram[] = []
  for (let i = 0; i < length && out.length < limit; i++) {
    const key = order[i]!
    const slot = key % span
    const first = slot >> 1
    const n = slot & 1 ? 3 : 2
    if (runsIntoName(doc, lowerDisplay, first, n)) continue
    out.push({ text: surface(doc, lowerDisplay, first, n), n, count: maxCount - Math.floor(key / span) })
  }
  return out
}

/**
 * How often each n-gram of one length occurs and where it first does, in columns indexed by the
 * n-gram's number: keys (whole numbers below 2^53) numbered in order of arrival through open
 * addressing over typed columns. One table serves text after text (`reset`): a text holds
 * hundreds of n-grams, and a Map of its own for each would be allocated and grown every time.
 */
class NgramCounts {
  size = 0
  counts = new Int32Array(512)
  firsts = new Int32Array(512)
  /** key + 1 in each slot (0 marks an empty one), and the number it was given */
  private slotKeys = new Float64Array(1024)
  private slotNumbers = new Int32Array(1024)

  reset(): void {
    this.size = 0
    // a table grown by one very long text is let go rather than cleared for every text after it
    if (this.slotKeys.length > 1 << 14) {
      this.slotKeys = new Float64Array(1024)
      this.slotNumbers = new Int32Array(1024)
    } else this.slotKeys.fill(0)
  }

  add(key: number, first: number): void {
    this.counts[this.numberOf(key, first)]!++
  }

  /** The number of `key`, given now (with count 0, first seen at `first`) when it is new. */
  numberOf(key: number, first: number): number {
    const slotKeys = this.slotKeys
    const mask = slotKeys.length - 1
    let slot = Math.imul((key >>> 0) ^ ((key / 0x100000000) >>> 0), 0x9e3779b1) & mask
    for (;;) {
      const k = slotKeys[slot]!
      if (k === key + 1) return this.slotNumbers[slot]!
      if (k === 0) break
      slot = (slot + 1) & mask
    }
    const number = this.size++
    slotKeys[slot] = key + 1
    this.slotNumbers[slot] = number
    if (number === this.counts.length) {
      this.counts = grown(this.counts, number * 2)
      this.firsts = grown(this.firsts, number * 2)
    }
    this.counts[number] = 0
    this.firsts[number] = first
    if (this.size * 2 > slotKeys.length) this.grow()
    return number
  }

  private grow(): void {
    const keys = this.slotKeys
    const numbers = this.slotNumbers
    this.slotKeys = new Float64Array(keys.length * 2)
    this.slotNumbers = new Int32Array(keys.length * 2)
    const mask = this.slotKeys.length - 1
    for (let o = 0; o < keys.length; o++) {
      const k = keys[o]!
      if (k === 0) continue
      const key = k - 1
      let slot = Math.imul((key >>> 0) ^ ((key / 0x100000000) >>> 0), 0x9e3779b1) & mask
      while (this.slotKeys[slot] !== 0) slot = (slot + 1) & mask
      this.slotKeys[slot] = k
      this.slotNumbers[slot] = numbers[o]!
    }
  }
}

const bigrams = new NgramCounts()
const trigrams = new NgramCounts()
/** numbers of a trigram's first two words (a pair), so a trigram's key stays a safe integer */
const pairIds = new NgramCounts()

const MIN_TRIGRAM_COUNT = 2

/**
 * Per term: whether its display form is written in lower case, decided when first asked (only
 * sentence-initial words and the reported phrases ask).
 */
class LowerCaseDisplays {
  /** 0 not yet decided, 1 lower case, 2 not */
  private readonly known: Uint8Array

  constructor(private readonly doc: AnalysisDocument) {
    this.known = lowerCaseMarks.take(doc.terms.length)
  }

  has(id: number): boolean {
    let known = this.known[id]!
    if (known === 0) {
      known = this.known[id] = isLowerCase(this.doc.terms[id]!.display) ? 1 : 2
    }
    return known === 1
  }
}

/** s === s.toLowerCase(), without building the lower-cased copy when s is plain ASCII */
function isLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 128) return s === s.toLowerCase()
    if (c >= 65 && c <= 90) return false
  }
  return true
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
