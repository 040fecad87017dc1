/**
 * Language identification by function-word votes: frequent words that only one language uses
 * (le, les, est / the, of, and) cast a vote each; accented letters typical of French add a little.
 * Only the first part of a long text is read: the answer settles long before.
 */
import { languageCues } from './packs'
import type { Lang } from './types'

export interface LanguageGuess {
  lang: Lang
  confidence: number
}

const SAMPLE_CHARS = 20_000
const MIN_VOTES = 3
const MIN_SHARE = 0.65
const LETTER = /^\p{L}$/u
const ACCENTS = 'éèêàùçâîôûœ'
/** what each code unit below the surrogates is (0 until first met): classes read once, not per character */
const codeClasses = new Uint8Array(0xd800)
const NOT_LETTER = 1
const OTHER_LETTER = 2
const FRENCH_LETTER = 3
const LATIN = /[a-zA-Z\u00c0-\u024f]/

let cueLangs: Map<string, 'fr' | 'en'> | null = null
let longestCue = 0

/** Code units taken by the letter at i (2 for an astral one), 0 when text[i] is not a letter. */
function letterWidth(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i)
  if (c < 0xd800) return codeClass(c) === NOT_LETTER ? 0 : 1
  if (c <= 0xdbff && i + 1 < end) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0
  return c >= 0xe000 && LETTER.test(text[i]!) ? 1 : 0
}

function codeClass(c: number): number {
  const known = codeClasses[c]!
  if (known !== 0) return known
  const char = String.fromCharCode(c)
  return (codeClasses[c] = ACCENTS.includes(char) ? FRENCH_LETTER : LETTER.test(char) ? OTHER_LETTER : NOT_LETTER)
}

function cues(): Map<string, 'fr' | 'en'> {
  if (!cueLangs) {
    cueLangs = new Map()
    const fr = new Set(languageCues.fr)
    const en = new Set(languageCues.en)
    for (const w of fr) if (!en.has(w)) cueLangs.set(w, 'fr')
    for (const w of en) if (!fr.has(w)) cueLangs.set(w, 'en')
    for (const w of cueLangs.keys()) longestCue = Math.max(longestCue, w.length)
  }
  return cueLangs
}

export function detectLanguage(text: string): LanguageGuess {
  const end = Math.min(text.length, SAMPLE_CHARS)
  const table = cues()
  let fr = 0
  let en = 0
  let words = 0
  let latinWords = 0
  let accents = 0
  // letter runs (\p{L}+) read a character at a time: a regex match per word cost more than the rest
  for (let i = 0; i < end; ) {
    const width = letterWidth(text, i, end)
    if (width === 0) {
      i++
      continue
    }
    const start = i
    for (let w = width; w > 0; w = i < end ? letterWidth(text, i, end) : 0) {
      if (w === 1 && codeClasses[text.charCodeAt(i)] === FRENCH_LETTER) accents++
      i += w
    }
    words++
    if (LATIN.test(text[start]!)) latinWords++
    // no cue is longer than the longest function word: longer runs need no look-up
    if (i - start > longestCue) continue
    const vote = table.get(text.slice(start, i).toLowerCase())
    if (vote === 'fr') fr++
    else if (vote === 'en') en++
  }
  // French-only letters are weak evidence (names and loanwords carry them too)
  fr += Math.min(accents, words) * 0.1

  const votes = fr + en
  if (votes < MIN_VOTES || latinWords < words * 0.5) return { lang: 'und', confidence: round(votes === 0 ? 0 : Math.max(fr, en) / votes * (votes / (votes + MIN_VOTES))) }
  const lang: 'fr' | 'en' = fr >= en ? 'fr' : 'en'
  const share = Math.max(fr, en) / votes
  // certainty grows with the share of votes and with how many votes were cast
  const confidence = round(share * (1 - Math.exp(-votes / 2)))
  if (share < MIN_SHARE) return { lang: 'und', confidence: round(1 - share) }
  return { lang, confidence }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
