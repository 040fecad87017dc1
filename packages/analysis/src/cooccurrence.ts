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
import { ScratchColumn } from './columns'
import { firstInOrder } from './first-in-order'
import type { Cooccurrence } from './types'

export interface CooccurrenceOptions {
  /** window size in content words (default 5) */
  window?: number
  /** smallest pair count reported (default 2) */
  minCount?: number
  /** pairs reported per scope and kind (default 50) */
  topK?: number
  /** how many of the most frequent items take part (default 50) */
  candidates?: number
}

export const cooccurrenceMethod =
  'sentence and sliding-window units; PMI = log2(f(xy)N/(f(x)f(y))), NPMI = PMI/-log2(f(xy)/N), LL = Dunning G², logDice = 14 + log2(2f(xy)/(f(x)+f(y)))'

/** Occurrences of candidate items in text order: parallel arrays, read over [0, length) (they may be longer: reused columns). */
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
  const bySentence = rank(input, 'sentence', sentencePairs(input), input.sentenceCount, minCount, topK)
  const byWindow = rank(input, 'window', windowPairs(input, window), input.positionCount, minCount, topK)
  return [...bySentence, ...byWindow]
}

/**
 * Pair counts of one scope, reused from call to call: only the cells counted last time are reset,
 * so a corpus does not allocate and zero a k x k matrix per article.
 */
class PairCounts {
  /** k x k matrix of pair counts, upper triangle (x < y) */
  pairs = new Float64Array(128 * 128)
  /** matrix cells that were counted (touched[0, touchedCount)), so ranking never scans the empty rest */
  touched = new Int32Array(128 * 64)
  touchedCount = 0
  private readonly marginalColumn = new ScratchColumn(Float64Array)
  marginals = new Float64Array(0)

  /** Empty counts for k items: what the last call left is cleared first, so no call sees another's counts. */
  start(k: number): this {
    for (let t = 0; t < this.touchedCount; t++) this.pairs[this.touched[t]!] = 0
    this.touchedCount = 0
    if (this.pairs.length < k * k) this.pairs = new Float64Array(k * k)
    // at most one cell per pair of items
    if (this.touched.length < (k * k) >> 1) this.touched = new Int32Array(k * k)
    this.marginals = this.marginalColumn.take(k)
    return this
  }

  /** Adds `weight` to the pair of items x, y (x !== y). */
  add(x: number, y: number, k: number, weight: number): void {
    const cell = x < y ? x * k + y : y * k + x
    if (this.pairs[cell] === 0) this.touched[this.touchedCount++] = cell
    this.pairs[cell]! += weight
  }
}

const sentenceCounts = new PairCounts()
const windowCounts = new PairCounts()
const seenIn = new ScratchColumn(Int32Array)
const windowHolds = new ScratchColumn(Int32Array)
/** the distinct items of the unit being read: present[0, presentCount) */
const presentColumn = new ScratchColumn(Int32Array)

function sentencePairs(input: CooccurrenceInput): PairCounts {
  const k = input.labels.length
  const { item, sentence, length } = input.occurrences
  const counts = sentenceCounts.start(k)
  const seen = seenIn.take(k, -1)
  const present = presentColumn.take(k)
  let i = 0
  while (i < length) {
    const s = sentence[i]!
    let presentCount = 0
    for (; i < length && sentence[i] === s; i++) {
      const x = item[i]!
      if (seen[x] !== s) {
        seen[x] = s
        present[presentCount++] = x
      }
    }
    addPairs(present, presentCount, k, counts, 1)
  }
  return counts
}

/**
 * Windows by sweep: an occurrence at position p lies in the windows anchored at
 * max(p - window + 1, sentence start) .. p. Between two consecutive interval ends the set of
 * items in the window is constant, so each such run adds its length to every pair present.
 */
function windowPairs(input: CooccurrenceInput, window: number): PairCounts {
  const k = input.labels.length
  const { item, sentence, position, length } = input.occurrences
  const counts = windowCounts.start(k)
  const inWindow = windowHolds.take(k)
  const present = presentColumn.take(k)
  let presentCount = 0
  let i = 0
  while (i < length) {
    // one sentence at a time: windows never cross a sentence end
    const s = sentence[i]!
    const first = i
    while (i < length && sentence[i] === s) i++
    const sentenceStart = input.sentenceFirstPosition[s]!
    // enters[j] = first anchor holding occurrence j, leaves[j] = first anchor past it; both ascend with j
    let enter = first
    let leave = first
    let anchor = Math.max(position[first]! - window + 1, sentenceStart)
    while (leave < i) {
      while (enter < i && Math.max(position[enter]! - window + 1, sentenceStart) <= anchor) {
        const x = item[enter]!
        if (inWindow[x] === 0) present[presentCount++] = x
        inWindow[x]!++
        enter++
      }
      while (leave < enter && position[leave]! + 1 <= anchor) {
        const x = item[leave]!
        inWindow[x]!--
        if (inWindow[x] === 0) {
          // order within the window does not matter (pairs are keyed low, high): swap out
          let at = 0
          while (present[at] !== x) at++
          present[at] = present[--presentCount]!
        }
        leave++
      }
      const nextEnter = enter < i ? Math.max(position[enter]! - window + 1, sentenceStart) : Infinity
      const nextLeave = leave < enter ? position[leave]! + 1 : Infinity
      const next = Math.min(nextEnter, nextLeave)
      if (next === Infinity) break
      if (presentCount > 0) addPairs(present, presentCount, k, counts, next - anchor)
      anchor = next
    }
    for (let p = 0; p < presentCount; p++) inWindow[present[p]!] = 0
    presentCount = 0
  }
  return counts
}

function addPairs(present: Int32Array, presentCount: number, k: number, counts: PairCounts, weight: number): void {
  const marginals = counts.marginals
  for (let a = 0; a < presentCount; a++) {
    const x = present[a]!
    marginals[x]! += weight
    for (let b = a + 1; b < presentCount; b++) counts.add(x, present[b]!, k, weight)
  }
}

const rankedCells = new ScratchColumn(Int32Array)
const rankedCounts = new ScratchColumn(Float64Array)
const rankedLl = new ScratchColumn(Float64Array)
const tiedLlColumn = new ScratchColumn(Float64Array)
const qualifyingCounts = new ScratchColumn(Float64Array)

function rank(input: CooccurrenceInput, scope: 'sentence' | 'window', counts: PairCounts, n: number, minCount: number, topK: number): Cooccurrence[] {
  const k = input.labels.length
  const { pairs, marginals, touched, touchedCount } = counts
  // pairs tied with the k-th count all compete (log-likelihood breaks the tie): only they are materialised
  const last = countAtRank(counts, minCount, topK)
  let length = 0
  for (let t = 0; t < touchedCount; t++) {
    const count = pairs[touched[t]!]!
    if (count >= minCount && count >= last) length++
  }
  const cells = rankedCells.take(length)
  const pairCounts = rankedCounts.take(length)
  const ll = rankedLl.take(length)
  length = 0
  let tied = 0
  for (let t = 0; t < touchedCount; t++) {
    const cell = touched[t]!
    const count = pairs[cell]!
    if (count < minCount || count < last) continue
    if (count === last) tied++
    cells[length] = cell
    pairCounts[length] = count
    ll[length++] = logLikelihood(count, marginals[Math.floor(cell / k)]!, marginals[cell % k]!, n)
  }
  // fewer than topK pairs count more than `last`; of those tied at it, only the best by
  // log-likelihood can make the list: the rest are dropped before sorting
  const competing: number[] = []
  if (length > topK) {
    const needed = topK - (length - tied)
    const tiedLl = tiedLlColumn.take(tied)
    let t = 0
    for (let i = 0; i < length; i++) if (pairCounts[i] === last) tiedLl[t++] = ll[i]!
    const threshold = nthSmallest(tiedLl, tied, tied - needed)
    for (let i = 0; i < length; i++) if (pairCounts[i]! > last || ll[i]! >= threshold) competing.push(i)
  } else for (let i = 0; i < length; i++) competing.push(i)
  // count, then log-likelihood, then labels, then item order (x, then y: the cell number)
  const order = firstInOrder(competing, topK, (i, j) => pairCounts[j]! - pairCounts[i]! || ll[j]! - ll[i]! || byLabels(input.labels, cells[i]!, cells[j]!, k) || cells[i]! - cells[j]!)
  return order.map((i) => {
    const cell = cells[i]!
    const x = Math.floor(cell / k)
    const y = cell % k
    const count = pairCounts[i]!
    const fx = marginals[x]!
    const fy = marginals[y]!
    return {
      a: input.labels[x]!,
      b: input.labels[y]!,
      kind: input.kind,
      scope,
      count,
      pmi: r3(pmi(count, fx, fy, n)),
      npmi: r3(npmi(count, fx, fy, n)),
      ll: r3(ll[i]!),
      logDice: r3(logDice(count, fx, fy)),
    }
  })
}

/** The topK-th largest pair count of at least minCount (the smallest one when fewer pairs qualify); Infinity when none does. */
function countAtRank(counts: PairCounts, minCount: number, topK: number): number {
  const qualifying = qualifyingCounts.take(counts.touchedCount)
  let length = 0
  for (let t = 0; t < counts.touchedCount; t++) {
    const count = counts.pairs[counts.touched[t]!]!
    if (count >= minCount) qualifying[length++] = count
  }
  if (length === 0) return Infinity
  return nthSmallest(qualifying, length, Math.max(0, length - topK))
}

/** The value of rank `nth` (0 = smallest) among values[0, length), by quickselect: no full sort. Reorders values. */
function nthSmallest(values: Float64Array, length: number, nth: number): number {
  let lo = 0
  let hi = length - 1
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!
    let i = lo
    let j = hi
    while (i <= j) {
      while (values[i]! < pivot) i++
      while (values[j]! > pivot) j--
      if (i <= j) {
        const t = values[i]!
        values[i++] = values[j]!
        values[j--] = t
      }
    }
    if (nth <= j) hi = j
    else if (nth >= i) lo = i
    else return values[nth]!
  }
  return values[lo]!
}

/** Orders two matrix cells (x * k + y) by their items' labels, x first. */
function byLabels(labels: readonly string[], p: number, q: number, k: number): number {
  const pa = labels[Math.floor(p / k)]!
  const qa = labels[Math.floor(q / k)]!
  if (pa !== qa) return pa < qa ? -1 : 1
  const pb = labels[p % k]!
  const qb = labels[q % k]!
  return pb < qb ? -1 : pb > qb ? 1 : 0
}


export function association(fxy: number, fx: number, fy: number, n: number): { pmi: number; npmi: number; ll: number; logDice: number } {
  return { pmi: r3(pmi(fxy, fx, fy, n)), npmi: r3(npmi(fxy, fx, fy, n)), ll: r3(logLikelihood(fxy, fx, fy, n)), logDice: r3(logDice(fxy, fx, fy)) }
}

function logDice(fxy: number, fx: number, fy: number): number {
  return 14 + Math.log2((2 * fxy) / (fx + fy))
}

function pmi(fxy: number, fx: number, fy: number, n: number): number {
  return Math.log2((fxy * n) / (fx * fy))
}

function npmi(fxy: number, fx: number, fy: number, n: number): number {
  const pxy = fxy / n
  return pxy >= 1 ? 1 : Math.max(-1, Math.min(1, pmi(fxy, fx, fy, n) / -Math.log2(pxy)))
}

/** Dunning's G² over the 2x2 table of x and y in n units. */
function logLikelihood(fxy: number, fx: number, fy: number, n: number): number {
  const o11 = fxy
  const o12 = Math.max(0, fx - fxy)
  const o21 = Math.max(0, fy - fxy)
  const o22 = Math.max(0, n - fx - fy + fxy)
  const r1 = o11 + o12
  const r2 = o21 + o22
  const c1 = o11 + o21
  const c2 = o12 + o22
  const total = r1 + r2
  const g = 2 * (cell(o11, r1, c1, total) + cell(o12, r1, c2, total) + cell(o21, r2, c1, total) + cell(o22, r2, c2, total))
  return Math.max(0, g)
}

function cell(observed: number, row: number, column: number, total: number): number {
  return observed > 0 ? observed * Math.log(observed / ((row * column) / total)) : 0
}

function r3(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1000) / 1000 + 0 : 0
}
