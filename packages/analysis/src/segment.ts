/**
 * Sentence segmentation over tokens: a sentence ends at . ! ? … unless the period follows an
 * abbreviation (Dr., M., Mme, p. ex.), an initial (J. K.), or the next word starts in lower case;
 * no sentence ends inside « ... » quotes; a line break always ends one. Closing quotes and
 * brackets right after the end mark stay with their sentence.
 */
import type { SentenceSpan, Token } from './document'
import type { LanguagePack } from './packs'

const TERMINALS = new Set(['.', '!', '?', '…', '...', '!!', '?!', '!?', '??', '!!!', '???'])
const CLOSERS = new Set(['»', '"', "'", ')', ']', '”'])
/** a quote left open longer than this many tokens was a stray mark, not a quotation */
const MAX_QUOTE_TOKENS = 400

export function segment(tokens: Token[], paragraphs: Int32Array, pack: LanguagePack): SentenceSpan[] {
  const sentences: SentenceSpan[] = []
  const n = tokens.length
  let first = 0
  let quoteDepth = 0
  let quoteOpenedAt = 0
  let endPending = false

  const close = (last: number): void => {
    if (last < first) return
    const index = sentences.length
    for (let k = first; k <= last; k++) tokens[k]!.sentence = index
    sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end, paragraph: paragraphs[first]! })
    first = last + 1
    endPending = false
  }

  for (let k = 0; k < n; k++) {
    if (k > first && paragraphs[k] !== paragraphs[k - 1]) {
      close(k - 1)
      quoteDepth = 0
    }
    const t = tokens[k]!
    if (t.kind !== 'punct') continue
    const p = t.text
    if (p === '«') {
      if (quoteDepth === 0) quoteOpenedAt = k
      quoteDepth++
      continue
    }
    if (p === '»') {
      if (quoteDepth > 0) quoteDepth--
      if (quoteDepth === 0 && endPending && startsSentence(tokens[k + 1])) close(k)
      continue
    }
    if (!TERMINALS.has(p)) continue
    if (quoteDepth > 0 && k - quoteOpenedAt > MAX_QUOTE_TOKENS) quoteDepth = 0
    if (p === '.' && !periodEnds(tokens, k, pack)) continue
    if (quoteDepth > 0) {
      endPending = true
      continue
    }
    let last = k
    while (last + 1 < n && tokens[last + 1]!.kind === 'punct' && CLOSERS.has(tokens[last + 1]!.text) && paragraphs[last + 1] === paragraphs[k]) last++
    close(last)
    k = last
  }
  if (first < n) close(n - 1)
  return sentences
}

function startsSentence(next: Token | undefined): boolean {
  if (!next) return true
  const c = next.text.charAt(0)
  return c === c.toUpperCase() || next.kind !== 'word'
}

function periodEnds(tokens: Token[], k: number, pack: LanguagePack): boolean {
  const prev = tokens[k - 1]
  const next = tokens[k + 1]
  if (prev && prev.kind === 'word' && prev.end === tokens[k]!.start) {
    const w = prev.norm
    if (pack.abbreviations.has(w)) return false
    if (next && next.kind === 'number' && pack.abbreviationsBeforeNumber.has(w)) return false
    // an initial: "J. K. Rowling", "George W. Bush"
    if (prev.text.length === 1 && prev.text !== prev.norm) return false
  }
  // an unknown abbreviation, or a period inside a sentence: the next word starts in lower case
  if (next && next.kind === 'word') {
    const c = next.text.charAt(0)
    if (c !== c.toUpperCase() && c === c.toLowerCase() && next.text !== "'s") return false
  }
  return true
}
