/**
 * Single-pass tokenizer over the normalised text (same length as the original, so token offsets
 * index the text as given). A character-class loop, no regex per token: words with French elision
 * and English contractions split off, hyphenated names kept whole (but a hyphen joining two known
 * places yields both), acronyms, decimals and grouped numbers, URLs, e-mails, emoji, punctuation.
 */
import type { Token, TokenKind } from './document'
import { CharClass, astralClassOf, classOf, isUpperCode } from './chars'
import { grown } from './columns'
import { DocumentTypes, type WordForm } from './forms'
import { knownPlaces, type TokenizerRules } from './packs'

export interface Tokenized {
  tokens: Token[]
  /** paragraph index of each token (a line break separates paragraphs) */
  paragraphs: Int32Array
  /** word-type id of each token (same text, same id) */
  types: Int32Array
  /** the form of each type id */
  typeForms: WordForm[]
}

const APOS = 39 // '
const HYPHEN = 45 // -
const DOT = 46
const COMMA = 44
const SPACE = 32
const AT = 64

const URL_AT = /(?:https?:\/\/|www\.)[^\s<>"«»]+/iy
const URL_TRAILING = /[.,;:!?)\]}'"»]+$/
const EMAIL_AT = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy
const ACRONYM_AT = /(?:\p{L}\.){2,}/uy

/** Class of the character at i, with its width in code units (2 for a surrogate pair). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i)
  const cls = classOf(c)
  if (cls !== CharClass.HighSurrogate) return cls
  const low = s.charCodeAt(i + 1)
  if (low >= 0xdc00 && low <= 0xdfff) return astralClassOf(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000) | 16
  return CharClass.Symbol
}

/** The types of the text being read; tokenize never runs inside itself, so one table serves every text. */
const documentTypes = new DocumentTypes()

export function tokenize(s: string, rules: TokenizerRules): Tokenized {
  const n = s.length
  // the tokens and per-token columns, sized for news text (about one token every 5 characters) and
  // grown when short: a list grown push by push would copy itself over and over
  let capacity = Math.max(16, n >> 2)
  const tokens: Token[] = new Array<Token>(capacity)
  let count = 0
  let paragraphs: Int32Array = new Int32Array(capacity)
  let types: Int32Array = new Int32Array(capacity)
  let paragraph = 0
  let paragraphHasTokens = false
  let i = 0

  // word types repeat: one shared form per distinct text keeps memory small, and the type id
  // lets later stages work once per type instead of once per token
  // news articles hold about one word type for every 12 characters: sized so it rarely grows
  documentTypes.reset(n >> 3, rules.lang)
  const typeForms = documentTypes.forms
  const push = (start: number, end: number, kind: TokenKind, dirty: boolean): void => {
    // only words are worth sharing across texts; numbers, URLs and marks stay local
    const type = documentTypes.typeAt(s, start, end, dirty, kind === 'word')
    const at = count++
    if (at === capacity) {
      capacity *= 2
      types = grown(types, capacity)
      paragraphs = grown(paragraphs, capacity)
    }
    types[at] = type
    paragraphs[at] = paragraph
    const form = typeForms[type]!
    tokens[at] = { start, end, text: form.text, norm: form.norm, kind, sentence: 0 }
    paragraphHasTokens = true
  }

  /** Emits a word that may hold hyphens; a hyphen joining known places yields each place. */
  const pushWord = (start: number, end: number, dirty: boolean, hyphens: number): void => {
    if (hyphens > 0 && isUpperCode(s.charCodeAt(start)) && splitsIntoPlaces(s, start, end)) {
      let partStart = start
      for (let k = start; k <= end; k++) {
        if (k === end || s.charCodeAt(k) === HYPHEN) {
          push(partStart, k, 'word', dirty)
          if (k < end) push(k, k + 1, 'punct', false)
          partStart = k + 1
        }
      }
      return
    }
    push(start, end, 'word', dirty)
  }

  while (i < n) {
    const raw = classAt(s, i)
    const cls = raw & 15
    const width = raw & 16 ? 2 : 1

    if (cls === CharClass.Space || cls === CharClass.Ignorable) {
      i += width
      continue
    }
    if (cls === CharClass.Newline) {
      if (paragraphHasTokens) {
        paragraph++
        paragraphHasTokens = false
      }
      i++
      continue
    }

    if (cls === CharClass.Letter) {
      const c0 = s.charCodeAt(i)
      const c1 = s.charCodeAt(i + 1) | 32
      // cheap pre-check: only "ht..." and "ww..." can start a URL
      if ((((c0 | 32) === 104 && c1 === 116) || ((c0 | 32) === 119 && c1 === 119)) && /^(?:https?:\/\/|www\.)/i.test(s.slice(i, i + 8))) {
        URL_AT.lastIndex = i
        const m = URL_AT.exec(s)
        if (m) {
          const url = m[0].replace(URL_TRAILING, '')
          if (url.length > 4) {
            push(i, i + url.length, 'url', false)
            i += url.length
            continue
          }
        }
      }
      i = scanWord(i)
      continue
    }

    if (cls === CharClass.Digit) {
      i = scanNumber(i)
      continue
    }

    if (cls === CharClass.Emoji) {
      const start = i
      i += width
      for (;;) {
        if (i >= n) break
        const next = classAt(s, i)
        const nc = next & 15
        if (nc !== CharClass.Emoji && nc !== CharClass.Ignorable) break
        i += next & 16 ? 2 : 1
      }
      push(start, i, 'emoji', false)
      continue
    }

    if (cls === CharClass.Punct) {
      const c = s.charCodeAt(i)
      const start = i
      i++
      // runs of the same mark ("...", "!!", "--") are one token; "?!" too
      if (c === DOT || c === 33 || c === 63) {
        while (i < n) {
          const d = s.charCodeAt(i)
          if (d === DOT || d === 33 || d === 63) i++
          else break
        }
      } else if (c === HYPHEN) {
        while (i < n && s.charCodeAt(i) === HYPHEN) i++
      }
      push(start, i, 'punct', false)
      continue
    }

    // symbols (%, $, €, +, =, lone surrogates turned U+FFFD, astral symbols)
    push(i, i + width, 'symbol', false)
    i += width
  }

  tokens.length = count
  return { tokens, paragraphs: paragraphs.subarray(0, count), types: types.subarray(0, count), typeForms }

  function scanWord(start: number): number {
    let j = start
    let dirty = false
    let hyphens = 0
    let segStart = start
    for (;;) {
      // letters, marks and digits
      while (j < n) {
        const c = s.charCodeAt(j)
        if (c < 128) {
          if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
            j++
            continue
          }
          break
        }
        const raw = classAt(s, j)
        const cls = raw & 15
        if (cls === CharClass.Letter || cls === CharClass.Digit) {
          if (c >= 0x300) dirty = true // may hold combining marks: compose per token
          j += raw & 16 ? 2 : 1
        } else if (cls === CharClass.Ignorable && j + 1 < n && (classAt(s, j + 1) & 15) === CharClass.Letter) {
          dirty = true
          j++
        } else break
      }
      if (j >= n) break
      const c = s.charCodeAt(j)
      const nextIsLetter = j + 1 < n && (classAt(s, j + 1) & 15) === CharClass.Letter
      if (c === APOS && nextIsLetter) {
        // end of the letters after the apostrophe
        let k = j + 1
        while (k < n && (classAt(s, k) & 15) === CharClass.Letter) k++
        const head = s.slice(segStart, j).toLowerCase()
        if (rules.elisions.size > 0 && segStart === start && rules.elisions.has(head)) {
          if (!rules.wholeWords.has(s.slice(start, k).toLowerCase())) {
            push(start, j + 1, 'word', dirty)
            return j + 1
          }
          j = k
          continue
        }
        if (rules.contractions.size > 0 && (k >= n || !isWordChar(k))) {
          const tail = s.slice(j + 1, k).toLowerCase()
          if (tail === 't' && j - 1 > start && (s.charCodeAt(j - 1) | 32) === 110) {
            // don't -> do + n't, can't -> ca + n't
            pushWord(start, j - 1, dirty, hyphens)
            push(j - 1, k, 'word', false)
            return k
          }
          if (rules.contractions.has(tail)) {
            pushWord(start, j, dirty, hyphens)
            push(j, k, 'word', false)
            return k
          }
        }
        // O'Brien, aujourd'hui, prud'hommes: one word
        j = k
        continue
      }
      if (c === HYPHEN && j + 1 < n && (nextIsLetter || (classAt(s, j + 1) & 15) === CharClass.Digit)) {
        hyphens++
        j++
        segStart = j
        continue
      }
      if (c === DOT && j === start + 1 && nextIsLetter) {
        ACRONYM_AT.lastIndex = start
        const m = ACRONYM_AT.exec(s)
        if (m) {
          push(start, start + m[0].length, 'word', false)
          return start + m[0].length
        }
      }
      if (c === AT) {
        EMAIL_AT.lastIndex = start
        const m = EMAIL_AT.exec(s)
        if (m) {
          push(start, start + m[0].length, 'email', false)
          return start + m[0].length
        }
      }
      break
    }
    pushWord(start, j, dirty, hyphens)
    return j
  }

  function isWordChar(k: number): boolean {
    const cls = classAt(s, k) & 15
    return cls === CharClass.Letter || cls === CharClass.Digit
  }

  function scanNumber(start: number): number {
    let j = start
    let groupDigits = 0
    for (;;) {
      while (j < n && (classAt(s, j) & 15) === CharClass.Digit) {
        j++
        groupDigits++
      }
      if (j + 1 >= n) break
      const c = s.charCodeAt(j)
      const nextDigit = (classAt(s, j + 1) & 15) === CharClass.Digit
      // decimals and thousands separators: 3,5  3.5  1,000.25
      if ((c === COMMA || c === DOT) && nextDigit) {
        j++
        groupDigits = 0
        continue
      }
      // French grouping with a space: 216 000, 1 200 000 (a group of 1-3 digits, then exactly 3)
      if (c === SPACE && nextDigit && groupDigits <= 3 && isThreeDigitGroup(j + 1)) {
        j++
        groupDigits = 0
        continue
      }
      break
    }
    // unit or ordinal glued to the number: 1.13bn, 10km, 3e, 10h30
    while (j < n && isWordChar(j)) j++
    // a scale word makes one quantity: "216 milliards", "5 million"
    if (rules.numberScales.size > 0 && j + 1 < n && s.charCodeAt(j) === SPACE) {
      let k = j + 1
      while (k < n && (classAt(s, k) & 15) === CharClass.Letter) k++
      if (k > j + 1 && rules.numberScales.has(s.slice(j + 1, k).toLowerCase())) j = k
    }
    push(start, j, 'number', false)
    return j
  }

  function isThreeDigitGroup(k: number): boolean {
    if (k + 3 > n) return false
    for (let d = k; d < k + 3; d++) if ((classAt(s, d) & 15) !== CharClass.Digit) return false
    return k + 3 === n || (classAt(s, k + 3) & 15) !== CharClass.Digit
  }
}

function splitsIntoPlaces(s: string, start: number, end: number): boolean {
  const places = knownPlaces()
  const whole = s.slice(start, end).toLowerCase()
  if (places.has(whole)) return false
  const parts = whole.split('-')
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!
    const first = s.charCodeAt(start + whole.indexOf(part))
    if (!places.has(part) || !isUpperCode(first)) return false
  }
  return parts.length > 1
}
