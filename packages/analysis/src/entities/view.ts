/**
 * A per-token view of the document for entity extraction: lower-cased forms with straight
 * apostrophes, capitalisation, what the lexicon knows of each form, sentence starts and
 * title-case lines, computed in one pass.
 */
import type { Token } from '../document'
import type { WordForm } from '../forms'
import type { EntityLexicon, GazetteerEntry } from './lexicon'
import type { PhraseEntry } from './phrases'
import { BYLINE_MARKER, COMMON_WORD, type WordFacts, wordFacts } from './words'

// per-token bits of the view (TokenView.bits)
const WORD = 1 << 0
const CAP_LIKE_WORD = 1 << 1
const ALL_CAPS_WORD = 1 << 2
const INITIAL_WORD = 1 << 3
const BREAK_BEFORE = 1 << 4
const TITLE_LINE = 1 << 5

/**
 * The tokens as the extractor reads them, by index, in columns: a document's view is a few typed
 * arrays rather than one object per token (once the largest allocation of the analysis). What a
 * token's form decides is read from its type's facts, what its text and offsets are from its
 * Token. A token index out of range is no word and has no bits.
 */
export class TokenView {
  readonly length: number

  constructor(
    private readonly tokens: readonly Token[],
    private readonly types: Int32Array,
    /** the form of each type of the document, its entity facts worked out */
    private readonly typeForms: readonly WordForm[],
    /** each token's form, as a plain array for phrase look-ups */
    readonly forms: string[],
    /** WORD, CAP_LIKE_WORD... per token */
    private readonly bits: Uint8Array,
    private readonly isBits: Int32Array,
    private readonly startsBits: Int32Array,
    private readonly sentences: Int32Array,
  ) {
    this.length = tokens.length
  }

  /**
   * Whether k is a token of the document. Every read out of range is answered here, never by the
   * arrays: an array read out of bounds, once seen, slows that read for all tokens.
   */
  private has(k: number): boolean {
    return k >= 0 && k < this.length
  }

  start(k: number): number {
    return this.tokens[k]!.start
  }

  end(k: number): number {
    return this.tokens[k]!.end
  }

  /** the token's text, '' out of range */
  text(k: number): string {
    return this.has(k) ? this.tokens[k]!.text : ''
  }

  sentence(k: number): number {
    return this.sentences[k]!
  }

  /** lower case, apostrophes straightened; '' out of range */
  form(k: number): string {
    return this.has(k) ? this.forms[k]! : ''
  }

  /** the form's lexicon memberships (words.ts bits) */
  is(k: number): number {
    return this.has(k) ? this.isBits[k]! : 0
  }

  /** the phrase sets with a phrase starting with the form (PhraseSet.flag bits) */
  starts(k: number): number {
    return this.has(k) ? this.startsBits[k]! : 0
  }

  lexical(k: number): WordFacts {
    return this.typeForms[this.types[k]!]!.entityLexical!
  }

  isWord(k: number): boolean {
    return this.has(k) && (this.bits[k]! & WORD) !== 0
  }

  /** starts like a name: "Assad", "al-Assad", "eBay", "ONU" */
  capLike(k: number): boolean {
    return this.has(k) && (this.bits[k]! & CAP_LIKE_WORD) !== 0
  }

  /** two or more letters, all capitals: "ONU", "FMI" */
  allCaps(k: number): boolean {
    return this.has(k) && (this.bits[k]! & ALL_CAPS_WORD) !== 0
  }

  /** first word of a sentence, or right after an opening quote, colon or dash */
  initial(k: number): boolean {
    return this.has(k) && (this.bits[k]! & INITIAL_WORD) !== 0
  }

  /** a line break separates it from the previous token */
  breakBefore(k: number): boolean {
    return this.has(k) && (this.bits[k]! & BREAK_BEFORE) !== 0
  }

  /** sits in a line written in title case (a headline): its capitals say little */
  titleLine(k: number): boolean {
    return this.has(k) && (this.bits[k]! & TITLE_LINE) !== 0
  }
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

/** capLike, should the token be a word */
const CAP_LIKE = 1 << 0
/** allCaps, should the token be a word */
const ALL_CAPS = 1 << 1
/** four letters or more: a word that counts towards a headline */
const LONG = 1 << 2
/** a mark after which a word starts like a sentence ("«", ":", "—") */
const OPENER = 1 << 3
/** a period, "!" or "?" */
const END_MARK = 1 << 4
// where a candidate pass may start (PassStarts)
const OPENING_PARENTHESIS = 1 << 5
const GAZETTEER_START = 1 << 6
const BODY_START = 1 << 7
const NATIONALITY_START = 1 << 8
const PASS_START = OPENING_PARENTHESIS | GAZETTEER_START | BODY_START | NATIONALITY_START

/**
 * What a token's text says whatever its place: the same for every token of one form and language,
 * so worked out once per shared form (kept on it across documents, see WordForm) or, for a form
 * private to a document, once per type of the document.
 */
function workOutFacts(wordForm: WordForm, lex: EntityLexicon): void {
  const { text, norm } = wordForm
  const form = norm.includes('’') ? norm.replace(/’/g, "'") : norm
  const capLike = capLikeWord(text, lex.nameAdjectiveSuffixes)
  let traits = 0
  if (capLike) traits |= isAllCaps(text) ? CAP_LIKE | ALL_CAPS : CAP_LIKE
  if (text.length >= 4) traits |= LONG
  if (OPENERS.has(text)) traits |= OPENER
  if (text === '.' || text === '!' || text === '?') traits |= END_MARK
  const lexical = wordFacts(lex, form)
  if (text === '(') traits |= OPENING_PARENTHESIS
  if ((lexical.starts & lex.gazetteer.flag) !== 0 && (capLike || takesLowerCase(lex.gazetteer.entriesFor(form)))) traits |= GAZETTEER_START
  if (lexical.namedHead !== undefined || (lexical.starts & lex.lowercaseBodies.heads.flag) !== 0) traits |= BODY_START
  if (lexical.nationality !== undefined || (lexical.starts & lex.nationalityPhrases.flag) !== 0) traits |= NATIONALITY_START
  wordForm.entityLex = lex
  wordForm.entityForm = form
  wordForm.entityLexical = lexical
  wordForm.entityIs = lex.commonWordTable.get(form) !== undefined ? lexical.is | COMMON_WORD : lexical.is
  wordForm.entityStarts = lexical.starts
  wordForm.entityTraits = traits
}

/**
 * Whether one of these gazetteer names may start with a word in lower case: most need a capital
 * ("The Guardian" for "the"), so most lower-case words starting one need no look-up.
 */
function takesLowerCase(entries: readonly PhraseEntry<GazetteerEntry>[] | undefined): boolean {
  return entries !== undefined && entries.some((e) => !e.value.capitalised || e.value.exactCase)
}

export interface DocumentView {
  tokens: TokenView
  /** forms written as lower-case words somewhere in the document */
  lowerForms: LowerCaseForms
  passStarts: PassStarts
}

/**
 * The tokens where each pass over the document may find something, in text order: what starts
 * a candidate is rare, so the passes read these lists rather than every token. A token listed
 * may still be nothing (the pass decides); one not listed is certainly nothing to that pass.
 */
export interface PassStarts {
  /** "(": acronym pairs */
  parentheses: number[]
  /** words that may start a gazetteer name: its first words, in a case one of the names takes */
  gazetteer: number[]
  /** heads of bodies written in lower case and of named places ("armée", "ministère", "stade") */
  bodyHeads: number[]
  /** words starting like names */
  capitalised: number[]
  /** nationality adjectives and first words of demonyms */
  nationalities: number[]
}

/**
 * The forms a document writes as lower-case words. The extractor asks about a few capitalised
 * words only, so the list of such forms (about one per type) is searched, answers remembered,
 * until the searches have cost more than indexing it once would.
 */
export class LowerCaseForms {
  private readonly answers = new Map<string, boolean>()
  private index: Set<string> | null = null
  private searched = 0

  /** `lowerWords`: the form of every lower-case word of the document, at least once */
  constructor(private readonly lowerWords: readonly string[]) {}

  has(form: string): boolean {
    if (this.index) return this.index.has(form)
    const known = this.answers.get(form)
    if (known !== undefined) return known
    const words = this.lowerWords
    const n = words.length
    if (this.searched > 4 * n + 4096) {
      this.index = new Set(words)
      return this.index.has(form)
    }
    this.searched += n
    let found = false
    for (let k = 0; k < n; k++) {
      if (words[k] === form) {
        found = true
        break
      }
    }
    this.answers.set(form, found)
    return found
  }
}

/**
 * `types` (the tokenizer's type of each token) and `typeForms` (the form of each type, shared
 * across documents for words) let the facts a token's text decides be worked out once per form
 * for all documents, and be found once per type of the document.
 */
export function buildView(text: string, tokens: readonly Token[], lex: EntityLexicon, types: Int32Array, typeForms: readonly WordForm[]): DocumentView {
  const n = tokens.length
  const forms: string[] = new Array(n)
  const bitsOf = new Uint8Array(n)
  const isOf = new Int32Array(n)
  const startsOf = new Int32Array(n)
  const sentenceOf = new Int32Array(n)
  const lowerWords: string[] = []
  const passStarts: PassStarts = { parentheses: [], gazetteer: [], bodyHeads: [], capitalised: [], nationalities: [] }
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
  // the facts of each type, read from the forms in one pass of independent reads (the forms lie
  // scattered over the heap), then kept in dense columns the token loop reads
  const typeCount = typeForms.length
  const typeForm: string[] = []
  const typeTraits = new Int32Array(typeCount)
  const typeIs = new Int32Array(typeCount)
  const typeStarts = new Int32Array(typeCount)
  for (let type = 0; type < typeCount; type++) {
    const wordForm = typeForms[type]!
    if (wordForm.entityLex !== lex) workOutFacts(wordForm, lex)
    typeForm.push(wordForm.entityForm)
    typeTraits[type] = wordForm.entityTraits
    typeIs[type] = wordForm.entityIs
    typeStarts[type] = wordForm.entityStarts
  }
  // per type: its form is in lowerWords already
  const listedLower = new Uint8Array(typeCount)
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!
    const isWord = t.kind === 'word'
    const type = types[i]!
    const form = typeForm[type]!
    const traits = typeTraits[type]!
    let breakBefore = i === 0
    if (nextBreak < t.start) {
      breakBefore = breakBefore || nextBreak >= prevEnd
      nextBreak = nextLineBreak(text, t.start, breakChar)
    }
    if (breakBefore && i > line.start) {
      closeLine(bitsOf, isOf, line, i)
      line.start = i
    }
    const initial = t.sentence !== lastSentence || breakBefore || prevOpener
    if (isWord) lastSentence = t.sentence
    const capLike = isWord && (traits & CAP_LIKE) !== 0
    if (isWord && !capLike && listedLower[type] === 0) {
      listedLower[type] = 1
      lowerWords.push(form)
    }
    if (capLike) passStarts.capitalised.push(i)
    if ((traits & PASS_START) !== 0) {
      if ((traits & OPENING_PARENTHESIS) !== 0) passStarts.parentheses.push(i)
      if ((traits & GAZETTEER_START) !== 0) passStarts.gazetteer.push(i)
      if ((traits & BODY_START) !== 0) passStarts.bodyHeads.push(i)
      if ((traits & NATIONALITY_START) !== 0) passStarts.nationalities.push(i)
    }
    forms[i] = form
    let bits = breakBefore ? BREAK_BEFORE : 0
    if (isWord) {
      bits |= WORD
      if (capLike) bits |= (traits & ALL_CAPS) !== 0 ? CAP_LIKE_WORD | ALL_CAPS_WORD : CAP_LIKE_WORD
      if (initial) bits |= INITIAL_WORD
    }
    bitsOf[i] = bits
    isOf[i] = typeIs[type]!
    startsOf[i] = typeStarts[type]!
    sentenceOf[i] = t.sentence
    if (isWord && (traits & LONG) !== 0) {
      line.words++
      if (capLike) line.caps++
    }
    line.endMark = (traits & END_MARK) !== 0
    prevOpener = t.kind === 'punct' && (traits & OPENER) !== 0
    prevEnd = t.end
  }
  closeLine(bitsOf, isOf, line, n)
  const view = new TokenView(tokens, types, typeForms, forms, bitsOf, isOf, startsOf, sentenceOf)
  return { tokens: view, lowerForms: new LowerCaseForms(lowerWords), passStarts }
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
function closeLine(bits: Uint8Array, is: Int32Array, line: LineCount, end: number): void {
  // "By Jane Doe, BBC News, Nairobi" / "Par Jean Dupont" is a byline, not a headline
  if (line.words >= 4 && line.caps / line.words >= 0.75 && !line.endMark && (is[line.start]! & BYLINE_MARKER) === 0) {
    for (let k = line.start; k < end; k++) bits[k] = bits[k]! | TITLE_LINE
  }
  line.words = 0
  line.caps = 0
  line.endMark = false
}
