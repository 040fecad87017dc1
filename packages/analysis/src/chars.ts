/**
 * Character classes for the single-pass tokenizer. A lazily filled table keeps the per-character
 * cost of Unicode property checks to one lookup after the first sight of a code unit.
 */
export const enum CharClass {
  Unknown = 0,
  Letter = 1, // \p{L} and combining marks \p{M}: marks stay glued to their base letter
  Digit = 2,
  Space = 3,
  Newline = 4,
  Punct = 5,
  Symbol = 6,
  Emoji = 7,
  HighSurrogate = 8,
  Ignorable = 9, // zero-width joiners/spaces, soft hyphen, variation selectors, BOM
}

const table = new Uint8Array(0x10000)

const LETTER = /[\p{L}\p{M}]/u
const DIGIT = /\p{Nd}/u
const SPACE = /\s/u
const PUNCT = /\p{P}/u
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/u
const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff\u20e3]/u

function classify(ch: string): CharClass {
  if (IGNORABLE.test(ch)) return CharClass.Ignorable
  if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029' || ch === '\u0085') return CharClass.Newline
  if (SPACE.test(ch)) return CharClass.Space
  if (LETTER.test(ch)) return CharClass.Letter
  if (DIGIT.test(ch)) return CharClass.Digit
  if (EMOJI.test(ch)) return CharClass.Emoji
  if (PUNCT.test(ch)) return CharClass.Punct
  return CharClass.Symbol
}

/** Class of a BMP code unit (surrogates report HighSurrogate / Symbol). */
export function classOf(code: number): CharClass {
  const known = table[code]!
  if (known !== CharClass.Unknown) return known
  let cls: CharClass
  if (code >= 0xd800 && code <= 0xdbff) cls = CharClass.HighSurrogate
  else if (code >= 0xdc00 && code <= 0xdfff) cls = CharClass.Symbol
  else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) cls = code === 10 || code === 13 || code === 0x85 ? CharClass.Newline : CharClass.Space
  else cls = classify(String.fromCharCode(code))
  table[code] = cls
  return cls
}

const astralCache = new Map<number, CharClass>()

/** Class of an astral code point (emoji, supplementary letters, symbols). */
export function astralClassOf(codePoint: number): CharClass {
  let cls = astralCache.get(codePoint)
  if (cls === undefined) {
    // tag characters (flags of subdivisions) continue an emoji sequence
    cls = codePoint >= 0xe0020 && codePoint <= 0xe007f ? CharClass.Ignorable : classify(String.fromCodePoint(codePoint))
    if (astralCache.size < 50_000) astralCache.set(codePoint, cls)
  }
  return cls
}

export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90
  const ch = String.fromCharCode(code)
  return ch !== ch.toLowerCase()
}

export function isLowerCode(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122
  const ch = String.fromCharCode(code)
  return ch !== ch.toUpperCase()
}
