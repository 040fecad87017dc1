/**
 * Co-occurrence of items (terms or entities) by sentence and by sliding window, with counts and
 * association measures. Units: a sentence, or a window of `window` content words anchored at
 * each content word (windows never cross a sentence end). f(x) = units holding x, f(xy) = units
 * holding both, N = all units. Only the `candidates` most frequent items take part, so the work
 * per unit is bounded however long the text is.
 *
 *   PMI = log2(f(xy)·N / (f(x)·f(y)))       NPMI = PMI / -log2(f(xy)/N)
 *   LL  = Dunning's G² of the 2x2 table     logDice = 14 + log2(2·f(xy) / (f(x) + f(y)))
 */
import type { Cooccurrence } from './types'

export interface CooccurrenceOptions {
  /** window size in content words (default 5) */
  window?: number
  /** smallest pair count reported (default 2) */
  minCount?: number
  /** pairs reported per scope and kind (default 50) */
  topK?: number
  /** how many of the most frequent items take part (default 100) */
  candidates?: number
}

export const cooccurrenceMethod =
  'sentence and sliding-window units; PMI = log2(f(xy)N/(f(x)f(y))), NPMI = PMI/-log2(f(xy)/N), LL = Dunning G², logDice = 14 + log2(2f(xy)/(f(x)+f(y)))'

/** Occurrences of candidate items in text order: parallel arrays. */
export interface Occurrences {
  item: Int32Array
  sentence: Int32Array
  /** content-word position */
  position: Int32Array
  length: number
}

export interface CooccurrenceInput {
  kind: 'term' | 'entity'
  labels: readonly string[]
  occurrences: Occurrences
  sentenceCount: number
  /** number of content-word positions */
  positionCount: number
  /** first content-word position of each sentence */
  sentenceFirstPosition: Int32Array
}

export function cooccurrences(input: CooccurrenceInput, options: CooccurrenceOptions = {}): Cooccurrence[] {
  const window = Math.max(2, Math.floor(options.window ?? 5))
  const minCount = Math.max(1, options.minCount ?? 2)
  const topK = Math.max(0, options.topK ?? 50)
  if (topK === 0 || input.labels.length < 2) return []
  return [
    ...rank(input, 'sentence', sentencePairs(input), input.sentenceCount, minCount, topK),
    ...rank(input, 'window', windowPairs(input, window), input.positionCount, minCount, topK),
  ]
}

interface PairCounts {
  pairs: Map<number, number>
  marginals: Float64Array
}

function sentencePairs(input: CooccurrenceInput): PairCounts {
  const k = input.labels.length
  const { item, sentence, length } = input.occurrences
  const marginals = new Float64Array(k)
  const pairs = new Map<number, number>()
  const seen = new Int32Array(k).fill(-1)
  const present: number[] = []
  let i = 0
  while (i < length) {
    const s = sentence[i]!
    present.length = 0
    for (; i < length && sentence[i] === s; i++) {
      const x = item[i]!
      if (seen[x] !== s) {
        seen[x] = s
        present.push(x)
      }
    }
    for (const x of present) marginals[x]!++
    addPairs(present, k, pairs)
  }
  return { pairs, marginals }
}

function windowPairs(input: CooccurrenceInput, window: number): PairCounts {
  const k = input.labels.length
  const { item, sentence, position, length } = input.occurrences
  const marginals = new Float64Array(k)
  const pairs = new Map<number, number>()
  // windows holding x: anchors in [max(p - window + 1, sentence start), p], merged per item
  const lastCovered = new Float64Array(k).fill(-1)
  for (let i = 0; i < length; i++) {
    const x = item[i]!
    const p = position[i]!
    const from = Math.max(p - window + 1, input.sentenceFirstPosition[sentence[i]!]!, lastCovered[x]! + 1)
    if (p >= from) marginals[x]! += p - from + 1
    lastCovered[x] = p
  }
  // pairs: for each anchor that can start a window holding two occurrences, count each pair once
  const present: number[] = []
  const seen = new Int32Array(k).fill(-1)
  let stamp = 0
  let lo = 0
  for (let i = 0; i < length; i++) {
    // anchors between the previous occurrence and this one see the same set; visit each anchor
    // that begins at an occurrence's reach: a = position - window + 1 .. position
    const p = position[i]!
    const s = sentence[i]!
    const firstAnchor = Math.max(p - window + 1, input.sentenceFirstPosition[s]!, i > 0 && sentence[i - 1] === s ? position[i - 1]! + 1 : -Infinity)
    while (lo < i && (sentence[lo] !== s || position[lo]! < firstAnchor - 0)) lo++
    for (let anchor = firstAnchor; anchor <= p; anchor++) {
      // the window [anchor, anchor + window) holds the occurrences j >= lo with position < anchor + window
      present.length = 0
      stamp++
      for (let j = lo; j < length && sentence[j] === s && position[j]! < anchor + window; j++) {
        if (position[j]! < anchor) continue
        const x = item[j]!
        if (seen[x] !== stamp) {
          seen[x] = stamp
          present.push(x)
        }
      }
      if (present.length > 1) addPairs(present, k, pairs)
    }
  }
  return { pairs, marginals }
}

function addPairs(present: number[], k: number, pairs: Map<number, number>): void {
  for (let a = 0; a < present.length; a++) {
    for (let b = a + 1; b < present.length; b++) {
      const x = present[a]!
      const y = present[b]!
      const key = x < y ? x * k + y : y * k + x
      pairs.set(key, (pairs.get(key) ?? 0) + 1)
    }
  }
}

function rank(input: CooccurrenceInput, scope: 'sentence' | 'window', counts: PairCounts, n: number, minCount: number, topK: number): Cooccurrence[] {
  const k = input.labels.length
  const out: Cooccurrence[] = []
  for (const [key, count] of counts.pairs) {
    if (count < minCount) continue
    const x = Math.floor(key / k)
    const y = key % k
    out.push({ a: input.labels[x]!, b: input.labels[y]!, kind: input.kind, scope, count, ...association(count, counts.marginals[x]!, counts.marginals[y]!, n) })
  }
  out.sort((p, q) => q.count - p.count || q.ll - p.ll || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0))
  return out.slice(0, topK)
}

export function association(fxy: number, fx: number, fy: number, n: number): { pmi: number; npmi: number; ll: number; logDice: number } {
  const pmi = Math.log2((fxy * n) / (fx * fy))
  const pxy = fxy / n
  const npmi = pxy >= 1 ? 1 : pmi / -Math.log2(pxy)
  const o11 = fxy
  const o12 = Math.max(0, fx - fxy)
  const o21 = Math.max(0, fy - fxy)
  const o22 = Math.max(0, n - fx - fy + fxy)
  const r1 = o11 + o12
  const r2 = o21 + o22
  const c1 = o11 + o21
  const c2 = o12 + o22
  const total = r1 + r2
  const cell = (o: number, r: number, c: number): number => (o > 0 ? o * Math.log(o / ((r * c) / total)) : 0)
  const ll = 2 * (cell(o11, r1, c1) + cell(o12, r1, c2) + cell(o21, r2, c1) + cell(o22, r2, c2))
  const logDice = 14 + Math.log2((2 * fxy) / (fx + fy))
  return { pmi: r3(pmi), npmi: r3(Math.max(-1, Math.min(1, npmi))), ll: r3(Math.max(0, ll)), logDice: r3(logDice) }
}

function r3(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1000) / 1000 + 0 : 0
}
