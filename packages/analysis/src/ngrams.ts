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
  const trigrams = new Map<string, NgramEntry>()
  const width = doc.terms.length + 1
  const links = pack.phraseLinks
  for (let k = 1; k < tokens.length; k++) {
    const b = termOf[k]!
    if (b < 0) continue
    const prev = tokens[k - 1]!
    if (prev.sentence !== tokens[k]!.sentence) continue
    const a = termOf[k - 1]!
    if (a >= 0) {
      count(bigrams, a * width + b, 2, k - 1)
      if (k >= 2 && termOf[k - 2]! >= 0 && tokens[k - 2]!.sentence === prev.sentence) count(trigrams, `${termOf[k - 2]} ${a} ${b}`, 3, k - 2)
    } else if (k >= 2 && prev.kind === 'word' && links.has(prev.norm) && termOf[k - 2]! >= 0 && tokens[k - 2]!.sentence === prev.sentence) {
      count(trigrams, `${termOf[k - 2]} ${prev.norm} ${b}`, 3, k - 2)
    }
  }
  const all = [...bigrams.values(), ...[...trigrams.values()].filter((e) => e.count >= MIN_TRIGRAM_COUNT)].filter((e) => !runsIntoName(doc, e.first, e.n))
  all.sort((x, y) => y.count - x.count || x.first - y.first || x.n - y.n)
  const out: Ngram[] = []
  for (let i = 0; i < all.length && i < limit; i++) {
    const e = all[i]!
    out.push({ text: surface(doc, e.first, e.n), n: e.n, count: e.count })
  }
  return out
}

const MIN_TRIGRAM_COUNT = 2

/** true when a word usually written in lower case is followed by a capitalised one */
function runsIntoName(doc: AnalysisDocument, first: number, n: number): boolean {
  let previousLower = false
  for (let k = first; k < first + n; k++) {
    const t = doc.tokens[k]!
    const id = doc.termOf[k]!
    // a linking word ("Bank of England") neither starts nor breaks a name
    if (id < 0) continue
    // a sentence-initial capital says nothing: use the word's usual form there
    const sentenceInitial = k === 0 || doc.tokens[k - 1]!.sentence !== t.sentence
    const form = sentenceInitial ? doc.terms[id]!.display : t.text
    const lower = form === form.toLowerCase()
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
function surface(doc: AnalysisDocument, first: number, n: number): string {
  let text = ''
  for (let k = first; k < first + n; k++) {
    const t = doc.tokens[k]!
    const id = doc.termOf[k]!
    let word = t.text
    if (id >= 0) {
      const display = doc.terms[id]!.display
      if (display === display.toLowerCase()) word = t.norm
    }
    text += k === first || doc.tokens[k - 1]!.text.endsWith("'") ? word : ` ${word}`
  }
  return text
}
