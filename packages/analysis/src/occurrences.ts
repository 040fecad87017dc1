/**
 * findTermOccurrences: where a term appears in a text, for keyword-in-context. The term may be a
 * term key (a stem, as in `terms[].term`), a display form, an n-gram phrase or an entity name.
 * Each word of the term matches a word of the text with the same stem, or the same form ignoring
 * case and accents; words of a phrase must follow each other (punctuation such as the hyphen in
 * "Damas-Moscou" may sit between them when the term holds it too).
 */
import { fold } from './normalise'
import { buildDocument } from './pipeline'
import { pack } from './packs'
import { termKey } from './terms'
import { tokenize } from './tokenize'
import type { Lang, Span } from './types'

export interface FindTermOptions {
  /** language of the text (detected when absent) */
  lang?: Lang
  /** at most this many occurrences (default: all) */
  limit?: number
}

interface Matcher {
  folded: string
  key: string
  /** the term word as given, when it may itself be a stem */
  raw: string
}

export function findTermOccurrences(text: string, term: string, options: FindTermOptions = {}): Span[] {
  if (typeof text !== 'string' || typeof term !== 'string' || term.trim() === '' || text === '') return []
  const doc = buildDocument(text, options.lang)
  const p = pack(doc.lang)
  const termTokens = tokenize(term.normalize('NFC').replace(/[’‘]/g, "'"), p.tokenizer).tokens.filter((t) => t.kind !== 'punct' && t.kind !== 'symbol')
  if (termTokens.length === 0) return []
  const matchers: Matcher[] = termTokens.map((t) => ({ folded: fold(t.text), key: termKey(t.norm, p.stem), raw: t.norm }))
  const words = doc.tokens.filter((t) => t.kind !== 'punct' && t.kind !== 'symbol')
  const limit = options.limit ?? Infinity
  const keyCache = new Map<string, string>()
  const foldCache = new Map<string, string>()
  const matches = (k: number, m: Matcher): boolean => {
    const t = words[k]!
    let f = foldCache.get(t.text)
    if (f === undefined) foldCache.set(t.text, (f = fold(t.text)))
    if (f === m.folded) return true
    let key = keyCache.get(t.norm)
    if (key === undefined) keyCache.set(t.norm, (key = termKey(t.norm, p.stem)))
    return key === m.key || key === m.raw
  }
  const out: Span[] = []
  if (matchers.length === 1) {
    // one word: it may also be a part of a hyphenated name ("Assad" in "al-Assad")
    const m = matchers[0]!
    for (let k = 0; k < words.length && out.length < limit; k++) {
      if (matches(k, m)) out.push({ start: words[k]!.start, end: words[k]!.end })
      else if (words[k]!.text.includes('-')) {
        const t = words[k]!
        let offset = 0
        for (const part of t.text.split('-')) {
          if (part && fold(part) === m.folded) out.push({ start: t.start + offset, end: t.start + offset + part.length })
          offset += part.length + 1
        }
      }
    }
    return out
  }
  for (let k = 0; k + matchers.length <= words.length && out.length < limit; k++) {
    let ok = true
    for (let r = 0; r < matchers.length && ok; r++) {
      ok = matches(k + r, matchers[r]!)
      // words of a phrase must be neighbours in the text, not across a sentence end
      if (ok && r > 0 && words[k + r]!.sentence !== words[k]!.sentence) ok = false
    }
    if (!ok) continue
    out.push({ start: words[k]!.start, end: words[k + matchers.length - 1]!.end })
    k += matchers.length - 1
  }
  return out
}
