/**
 * A per-token view of the document for entity extraction: lower-cased forms with straight
 * apostrophes, capitalisation, what the lexicon knows of each form, sentence starts and
 * title-case lines, computed in one pass.
 */
import type { Token } from '../document'
import type { EntityLexicon } from './lexicon'
import { BYLINE_MARKER, type WordFacts, wordFacts } from './words'

export interface EntityToken {
  start: number
  end: number
  text: string
  /** lower case, apostrophes straightened */
  form: string
  isWord: boolean
  /** starts like a name: "Assad", "al-Assad", "eBay", "ONU" */
  capLike: boolean
  /** two or more letters, all capitals: "ONU", "FMI" */
  allCaps: boolean
  /** the form's lexicon memberships (words.ts bits) */
  is: number
  /** the phrase sets with a phrase starting with the form (PhraseSet.flag bits) */
  starts: number
  lexical: WordFacts
  /** first word of a sentence, or right after an opening quote, colon or dash */
  initial: boolean
  sentence: number
  /** a line break separates it from the previous token */
  breakBefore: boolean
  /** sits in a line written in title case (a headline): its capitals say little */
  titleLine: boolean
}

const OPENERS = new Set(['«', '"', '“', ':', '(', '—', '–', '-', '[', "'", '•', '*', '|'])
const HYPHEN = 45
const PARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|az|an|ar|ben|bin|ibn|abu|abou|wal|wa)-\p{Lu}/u

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90
  // Latin-1 letters: À-Þ are capitals (× excepted), ß-ÿ are not
  if (c < 256) return c >= 0xc0 && c <= 0xde && c !== 0xd7
  const ch = String.fromCharCode(c)
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

function capLikeWord(text: string, adjectiveSuffixes: ReadonlySet<string>): boolean {
  const first = text.charCodeAt(0)
  if (isUpperCode(first)) {
    // "Norway-based", "Saudi-led", "US-made": an adjective built on a name, not a name
    const hyphen = text.lastIndexOf('-')
    return !(hyphen > 0 && adjectiveSuffixes.has(text.slice(hyphen + 1).toLowerCase()))
  }
  // "al-Assad": a particle is two to four letters before the hyphen
  if ((text.charCodeAt(2) === HYPHEN || text.charCodeAt(3) === HYPHEN || text.charCodeAt(4) === HYPHEN) && PARTICLE_PREFIX.test(text)) return true
  // eBay, iPhone: a lower-case letter then a capital
  return text.length > 2 && isUpperCode(text.charCodeAt(1)) && /^\p{Ll}\p{Lu}\p{Ll}/u.test(text)
}

/** Two or more letters, all capitals ("ONU", "U.S."): only called on words starting with a capital. */
function isAllCaps(text: string): boolean {
  let letters = 0
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c < 128) {
      if (c >= 97 && c <= 122) return false
      if (c >= 65 && c <= 90) letters++
      continue
    }
    const ch = text.charAt(k)
    const lower = ch.toLowerCase()
    const upper = ch.toUpperCase()
    if (lower === upper) continue
    if (ch === lower) return false
    letters++
  }
  return letters >= 2
}

function nextLineBreak(text: string, from: number, breakChar: string): number {
  const k = text.indexOf(breakChar, from)
  return k < 0 ? Infinity : k
}

/** What a token's text says whatever its place: the same for every token of one type. */
interface TextFacts {
  text: string
  norm: string
  form: string
  /** capLike and allCaps, should the token be a word */
  capLike: boolean
  allCaps: boolean
  lexical: WordFacts
  /** four letters or more: a word that counts towards a headline */
  long: boolean
  /** a mark after which a word starts like a sentence ("«", ":", "—") */
  opener: boolean
  /** a period, "!" or "?" */
  endMark: boolean
}

function textFacts(t: Token, lex: EntityLexicon): TextFacts {
  const text = t.text
  const form = t.norm.includes('’') ? t.norm.replace(/’/g, "'") : t.norm
  const capLike = capLikeWord(text, lex.nameAdjectiveSuffixes)
  return {
    text,
    norm: t.norm,
    form,
    capLike,
    allCaps: capLike && isAllCaps(text),
    lexical: wordFacts(lex, form),
    long: text.length >= 4,
    opener: OPENERS.has(text),
    endMark: text === '.' || text === '!' || text === '?',
  }
}

export interface DocumentView {
  tokens: EntityToken[]
  /** each token's form, as a plain array for phrase look-ups */
  forms: string[]
  /** forms written as lower-case words somewhere in the document */
  lowerForms: LowerCaseForms
}

/**
 * The forms a document writes as lower-case words. The extractor asks about a few capitalised
 * words only, so the tokens are searched, answers remembered, until the searches have cost more
 * than indexing the document once would.
 */
export class LowerCaseForms {
  private readonly answers = new Map<string, boolean>()
  private index: Set<string> | null = null
  private searched = 0

  constructor(
    private readonly tokens: readonly EntityToken[],
    private readonly forms: readonly string[],
  ) {}

  has(form: string): boolean {
    if (this.index) return this.index.has(form)
    const known = this.answers.get(form)
    if (known !== undefined) return known
    const n = this.tokens.length
    if (this.searched > 4 * n + 4096) {
      this.index = new Set()
      for (const t of this.tokens) if (t.isWord && !t.capLike) this.index.add(t.form)
      return this.index.has(form)
    }
    this.searched += n
    let found = false
    // the plain array of forms first: most tokens differ by their form alone
    const forms = this.forms
    for (let k = 0; k < n; k++) {
      if (forms[k] !== form) continue
      const t = this.tokens[k]!
      if (t.isWord && !t.capLike) {
        found = true
        break
      }
    }
    this.answers.set(form, found)
    return found
  }
}

/**
 * `types` (the tokenizer's type of each token, when given) lets the facts a token's text decides
 * be worked out once per type of the document instead of once per token.
 */
export function buildView(text: string, tokens: readonly Token[], lex: EntityLexicon, types?: Int32Array): DocumentView {
  const view: EntityToken[] = new Array(tokens.length)
  const forms: string[] = new Array(tokens.length)
  let lastSentence = -1
  let prevEnd = 0
  // line breaks, found once: a token follows one when the next break lies between it and the previous token
  // "\n" or, in old Mac texts, "\r"
  const breakChar = text.includes('\n') || !text.includes('\r') ? '\n' : '\r'
  let nextBreak = nextLineBreak(text, 0, breakChar)
  // the previous token opens a quote, a parenthesis or an aside
  let prevOpener = false
  // the current line, counted as it goes for headlines
  const line: LineCount = { start: 0, words: 0, caps: 0, endMark: false }
  // type ids number a document's types from 0, in order of first token: fewer than its tokens
  const byType: (TextFacts | undefined)[] | null = types !== undefined && types.length === tokens.length ? new Array<TextFacts | undefined>(tokens.length) : null
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const isWord = t.kind === 'word'
    let facts: TextFacts
    if (byType === null) facts = textFacts(t, lex)
    else {
      const type = types![i]!
      const known = byType[type]
      if (known !== undefined && known.text === t.text && known.norm === t.norm) facts = known
      else {
        facts = textFacts(t, lex)
        byType[type] = facts
      }
    }
    const form = facts.form
    let breakBefore = i === 0
    if (nextBreak < t.start) {
      breakBefore = breakBefore || nextBreak >= prevEnd
      nextBreak = nextLineBreak(text, t.start, breakChar)
    }
    if (breakBefore && i > line.start) {
      closeLine(view, line, i)
      line.start = i
    }
    const initial = t.sentence !== lastSentence || breakBefore || prevOpener
    if (isWord) lastSentence = t.sentence
    const capLike = isWord && facts.capLike
    const lexical = facts.lexical
    forms[i] = form
    view[i] = {
      start: t.start,
      end: t.end,
      text: t.text,
      form,
      isWord,
      capLike,
      allCaps: isWord && facts.allCaps,
      is: lexical.is,
      starts: lexical.starts,
      lexical,
      initial: isWord && initial,
      sentence: t.sentence,
      breakBefore,
      titleLine: false,
    }
    if (isWord && facts.long) {
      line.words++
      if (capLike) line.caps++
    }
    line.endMark = facts.endMark
    prevOpener = t.kind === 'punct' && facts.opener
    prevEnd = t.end
  }
  closeLine(view, line, tokens.length)
  return { tokens: view, forms, lowerForms: new LowerCaseForms(view, forms) }
}

interface LineCount {
  start: number
  /** words of four letters or more, and how many of them are capitalised */
  words: number
  caps: number
  /** the last token is a period, "!" or "?" */
  endMark: boolean
}

/** Lines of four or more words, most of them capitalised and with no final period, are headlines. */
function closeLine(view: EntityToken[], line: LineCount, end: number): void {
  // "By Jane Doe, BBC News, Nairobi" / "Par Jean Dupont" is a byline, not a headline
  if (line.words >= 4 && line.caps / line.words >= 0.75 && !line.endMark && (view[line.start]!.is & BYLINE_MARKER) === 0) {
    for (let k = line.start; k < end; k++) view[k]!.titleLine = true
  }
  line.words = 0
  line.caps = 0
  line.endMark = false
}
