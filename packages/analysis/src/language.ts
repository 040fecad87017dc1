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
const WORD = /\p{L}+/gu
const LATIN = /[a-zA-Z\u00c0-\u024f]/

let cueLangs: Map<string, 'fr' | 'en'> | null = null

function cues(): Map<string, 'fr' | 'en'> {
  if (!cueLangs) {
    cueLangs = new Map()
    const fr = new Set(languageCues.fr)
    const en = new Set(languageCues.en)
    for (const w of fr) if (!en.has(w)) cueLangs.set(w, 'fr')
    for (const w of en) if (!fr.has(w)) cueLangs.set(w, 'en')
  }
  return cueLangs
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text
  const table = cues()
  let fr = 0
  let en = 0
  let words = 0
  let latinWords = 0
  WORD.lastIndex = 0
  for (let m = WORD.exec(sample); m; m = WORD.exec(sample)) {
    const w = m[0]
    words++
    if (LATIN.test(w[0]!)) latinWords++
    const vote = table.get(w.toLowerCase())
    if (vote === 'fr') fr++
    else if (vote === 'en') en++
  }
  // French-only letters are weak evidence (names and loanwords carry them too)
  const accents = (sample.match(/[éèêàùçâîôûœ]/g) ?? []).length
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
