/**
 * What the extractor reads around a token: the lexicon lookups shared by the candidate passes,
 * the role finder and the classifier. Word-list memberships come from the token's facts
 * (words.ts), so none of these costs a table look-up.
 */
import type { EntityLexicon, GazetteerEntry } from './lexicon'
import { phraseMatchesAt, type PhraseEntry, type PhraseMatch, type PhraseSet } from './phrases'
import type { DocumentView, LowerCaseForms, PassStarts, TokenView } from './view'
import { ALWAYS_STRIPPED, COMMON_WORD, FIRST_NAME, FUNCTION_WORD, HONORIFIC, LOCATION_HEAD, MONTH, NEVER_NAME, NON_ENTITY, ORG_HEAD, TRAILING_LOWERCASE_HEAD, WEEKDAY } from './words'

export interface ExtractionContext {
  lex: EntityLexicon
  view: TokenView
  /** view.form(i) of every token, as a plain array for phrase lookups */
  forms: string[]
  text: string
  /** forms seen in lower case somewhere in the document: a capitalised sentence start with such a form is a common word */
  lowerForms: LowerCaseForms
  /** acronyms the text expands into common words ("MGF" for "mutilations génitales féminines") */
  commonAcronyms: Set<string>
  /** names the text shows to be schemes or events ("Warm Home Discount scheme"), lower-cased */
  nonNames: Set<string>
  /** the tokens where each candidate pass may start */
  passStarts: PassStarts
  /** longest gazetteer match at each token, once computed (null: none) */
  gazetteerMemo: (PhraseMatch<GazetteerEntry> | null | undefined)[]
}

export function makeContext(lex: EntityLexicon, view: DocumentView, text: string): ExtractionContext {
  return { lex, view: view.tokens, forms: view.tokens.forms, text, lowerForms: view.lowerForms, passStarts: view.passStarts, commonAcronyms: new Set(), nonNames: new Set(), gazetteerMemo: new Array(view.tokens.length) }
}

/** The document writes this token's form as a lower-case word somewhere: capitalised, it is a common word at a sentence start. */
export function seenInLowerCase(ctx: ExtractionContext, k: number): boolean {
  return ctx.lowerForms.has(ctx.view.form(k))
}

/** Whether a phrase of `set` starts with the form of token i. */
export function startsPhrase(ctx: ExtractionContext, set: PhraseSet<unknown>, i: number): boolean {
  return (ctx.view.starts(i) & set.flag) !== 0
}

/** The longest phrase of `set` starting at token i and ending before `limit`. */
export function phraseAt<V>(ctx: ExtractionContext, set: PhraseSet<V>, i: number, limit?: number): PhraseMatch<V> | null {
  if ((ctx.view.starts(i) & set.flag) === 0) return null
  return set.longestAt(ctx.forms, i, limit)
}

/** Length of the longest phrase of `set` ending at `end - 1` and starting at `floor` or after, 0 if none. */
export function phraseEndingAt(ctx: ExtractionContext, set: PhraseSet<unknown>, end: number, floor: number): number {
  for (let len = Math.min(set.maxLength, end - floor); len >= 1; len--) {
    if ((ctx.view.starts(end - len) & set.flag) !== 0 && set.hasAt(ctx.forms, end - len, len)) return len
  }
  return 0
}

/** The longest gazetteer entry starting at i within its sentence, honouring the case of acronyms and capitalised forms. */
export function gazetteerAt(ctx: ExtractionContext, i: number, limit = ctx.view.length): PhraseMatch<GazetteerEntry> | null {
  if (!ctx.view.isWord(i) || (ctx.view.starts(i) & ctx.lex.gazetteer.flag) === 0) return null
  // the unbounded match is computed once per token; a bound only matters when it cuts that match
  let full = ctx.gazetteerMemo[i]
  if (full === undefined) {
    full = matchGazetteer(ctx, i, ctx.view.length)
    ctx.gazetteerMemo[i] = full
  }
  if (full === null || i + full.length <= limit) return full
  return matchGazetteer(ctx, i, limit)
}

function matchGazetteer(ctx: ExtractionContext, i: number, limit: number): PhraseMatch<GazetteerEntry> | null {
  const entries = ctx.lex.gazetteer.entriesFor(ctx.forms[i]!)
  if (!entries) return null
  for (let n = 0; n < entries.length; n++) {
    const e = entries[n]!
    const len = e.tokens.length
    if (i + len > limit || !phraseMatchesAt(e.tokens, ctx.forms, i)) continue
    if (!acceptsGazetteer(ctx, i, e.value, len)) continue
    const value = !e.value.exactCase && ctx.view.allCaps(i) ? exactAcronymAfter(ctx, i, entries, n) ?? e.value : e.value
    return { length: len, value }
  }
  return null
}

/** "NICE" is the health body, "Nice" the city: an acronym written exactly wins over a name of the same words listed before it. */
function exactAcronymAfter(ctx: ExtractionContext, i: number, entries: readonly PhraseEntry<GazetteerEntry>[], n: number): GazetteerEntry | undefined {
  const len = entries[n]!.tokens.length
  for (let m = n + 1; m < entries.length && entries[m]!.tokens.length === len; m++) {
    const other = entries[m]!.value
    if (other.exactCase && ctx.view.text(i) === other.joinedForm && phraseMatchesAt(entries[m]!.tokens, ctx.forms, i)) return other
  }
  return undefined
}

function acceptsGazetteer(ctx: ExtractionContext, i: number, entry: GazetteerEntry, len: number): boolean {
  for (let k = i + 1; k < i + len; k++) {
    if (ctx.view.breakBefore(k) || ctx.view.sentence(k) !== ctx.view.sentence(i)) return false
  }
  if (entry.exactCase) {
    let joined = ''
    for (let k = i; k < i + len; k++) joined += ctx.view.text(k)
    const form = entry.joinedForm
    if (joined === form) return true
    // "Fifa", "Nato": longer acronyms are also written as names, short ones ("UN", "WHO") collide with words
    return len === 1 && form.length >= 4 && ctx.view.capLike(i) && !seenInLowerCase(ctx, i) && /^[A-Z]+$/.test(form) && joined.toUpperCase() === form
  }
  if (entry.capitalised && !ctx.view.capLike(i)) return false
  for (let k = 1; k < len; k++) {
    // "Conservative party" for "Conservative Party"
    const token = i + k
    if (entry.capitalWords[k] && !ctx.view.capLike(token) && !(k === len - 1 && (ctx.view.is(token) & TRAILING_LOWERCASE_HEAD) !== 0)) return false
  }
  // a one-word name written in capitals ("TURQUIE") is a shout, not the name, unless short
  return true
}

/** The gazetteer entry that is exactly tokens [s, e), if any. */
export function gazetteerExact(ctx: ExtractionContext, s: number, e: number): GazetteerEntry | null {
  const m = gazetteerAt(ctx, s, e)
  if (m && m.length === e - s) return m.value
  // names the tokenizer cuts at a symbol: "S&P", "AT&T"
  if (e - s === 3 && ctx.view.text(s + 1) === '&' && ctx.view.start(s + 1) === ctx.view.end(s)) {
    const joined = ctx.forms[s]! + '&' + ctx.forms[s + 2]!
    const j = ctx.lex.gazetteer.longestAt([joined], 0)
    if (j) return j.value
  }
  return null
}

/** The country a nationality adjective or demonym at i stands for ("syriens" -> "Syrie"). */
export function nationalityAt(ctx: ExtractionContext, i: number): string | undefined {
  if (!ctx.view.isWord(i)) return undefined
  if (ctx.lex.nationalitiesNeedCapital && !ctx.view.capLike(i)) return undefined
  return ctx.view.lexical(i).nationality
}

/** A demonym of several words at i ("North Korean", "Sri Lankan"): its length and country. */
export function nationalityPhraseAt(ctx: ExtractionContext, i: number): PhraseMatch<string> | null {
  if (!ctx.view.isWord(i) || (ctx.lex.nationalitiesNeedCapital && !ctx.view.capLike(i))) return null
  return phraseAt(ctx, ctx.lex.nationalityPhrases, i)
}

/** Whether token i is a word and its form has all these bits (words.ts). */
export function wordIs(ctx: ExtractionContext, i: number, bits: number): boolean {
  return ctx.view.isWord(i) && (ctx.view.is(i) & bits) === bits
}

export function isOrgHead(ctx: ExtractionContext, i: number): boolean {
  return wordIs(ctx, i, ORG_HEAD)
}

export function isLocationHead(ctx: ExtractionContext, i: number): boolean {
  return wordIs(ctx, i, LOCATION_HEAD)
}

/** A capitalised first name, or a compound one: Jean-Marc, Abdel-Fattah. */
export function isFirstName(ctx: ExtractionContext, i: number): boolean {
  return ctx.view.isWord(i) && ctx.view.capLike(i) && !ctx.view.allCaps(i) && (ctx.view.is(i) & FIRST_NAME) !== 0
}

/** An everyday word that is no given name ("Best", "Climate"). */
export function isCommonWord(ctx: ExtractionContext, i: number): boolean {
  return (ctx.view.is(i) & (COMMON_WORD | FIRST_NAME)) === COMMON_WORD
}

export function isHonorific(ctx: ExtractionContext, i: number): boolean {
  return wordIs(ctx, i, HONORIFIC)
}

/** Length of the title phrase starting at i ("premier ministre", "Secretary-General"), 0 if none. */
export function titleAt(ctx: ExtractionContext, i: number, limit?: number): number {
  const m = phraseAt(ctx, ctx.lex.titles, i, limit)
  return m ? m.length : 0
}

const ROLE_OF = new Set(['of', 'de', 'du', 'des', "d'"])

/** The name at s is the complement of a title: "director of Freight Link Europe", "PDG de Brelvix". */
export function followsTitleOf(ctx: ExtractionContext, s: number): boolean {
  let p = s - 1
  if (p >= 0 && (ctx.forms[p] === 'the' || ctx.forms[p] === 'la' || ctx.forms[p] === "l'")) p--
  if (p < 1 || !ROLE_OF.has(ctx.forms[p]!) || ctx.view.capLike(p)) return false
  const title = phraseEndingAt(ctx, ctx.lex.titles, p, Math.max(0, p - 3))
  if (title === 0) return false
  // a minister's complement is a remit: "ministre de la Transition numérique", "Secretary of State"
  // an MP's or a mayor's is a place: "MP for Birkenhead", "maire de Tarvisburg"
  for (let k = p - title; k < p; k++) if (REMIT_TITLES.has(ctx.forms[k]!) || PLACE_TITLES.has(ctx.forms[k]!)) return false
  return true
}

/** s follows the title of someone elected for a place and its preposition: "the MP for X", "le député de X", "Mayor of X". */
export function followsPlaceTitleOf(ctx: ExtractionContext, s: number): boolean {
  const p = s - 1
  if (p < 1 || !(ROLE_OF.has(ctx.forms[p]!) || ctx.forms[p] === 'for') || ctx.view.capLike(p)) return false
  return PLACE_TITLES.has(ctx.forms[p - 1]!)
}

const PLACE_TITLES = new Set(['mp', 'mps', 'msp', 'mep', 'ms', 'mla', 'td', 'senator', 'congressman', 'congresswoman', 'mayor', 'governor', 'député', 'députée', 'sénateur', 'sénatrice', 'maire', 'gouverneur'])

const REMIT_TITLES = new Set(['ministre', 'minister', 'secrétaire', 'secretary', 'commissaire', 'commissioner', 'ministre-délégué', 'ministre-déléguée'])

/** Roman numerals and ordinals: "XIXe", "IIIe", "XXI" */
const ORDINAL = /^[IVXLC]+(?:e|er|ème|eme|th|st|nd|rd)?$/
/** what an ordinal starts with: most words are ruled out without the expression */
const ROMAN_DIGITS = new Set(['I', 'V', 'X', 'L', 'C'])

/**
 * "Oscar Pistorius", "Hannah White", "Theresa May": a word listed as no name ("Oscar", "White") that is a
 * known first name before a capitalised word, or a capitalised word right after a first name, is part of a
 * person's name; so is a month after a first name or an honorific, and an honorific ending a first name.
 */
function inPersonsName(ctx: ExtractionContext, i: number): boolean {
  const v = ctx.view
  if (!v.capLike(i) || v.allCaps(i) || v.text(i).length < 2) return false
  const listed = v.is(i) & (NON_ENTITY | FUNCTION_WORD | MONTH | WEEKDAY | HONORIFIC)
  const sentence = v.sentence(i)
  const joinsPrevious = i > 0 && v.sentence(i - 1) === sentence && !v.breakBefore(i)
  const afterFirstName = joinsPrevious && isFirstName(ctx, i - 1)
  const nameFollows = v.isWord(i + 1) && v.capLike(i + 1) && v.sentence(i + 1) === sentence
  // "Theresa May", "Mrs May": a month (or "May", also a modal verb) after a first name or an honorific is a surname ("May 5" stays a date)
  if ((listed & ~FUNCTION_WORD) === MONTH) return (afterFirstName || (joinsPrevious && v.capLike(i - 1) && (v.is(i - 1) & HONORIFIC) !== 0)) && !/^\d/.test(v.text(i + 1))
  // "Graham King", "Ben Bishop": an honorific closing a first name, with no name after it to address
  if (listed === HONORIFIC) return afterFirstName && !nameFollows
  if (listed !== NON_ENTITY) return false
  if (isFirstName(ctx, i) && nameFollows && !v.allCaps(i + 1) && !v.breakBefore(i + 1)) return true
  // (a plural after it is a group: "Roman Catholics")
  return afterFirstName && !v.form(i).endsWith('s')
}

/** Words that never start or make an entity on their own. */
export function isNeverName(ctx: ExtractionContext, i: number): boolean {
  // mid-sentence, a capitalised "Grande" or "Nouvelle" belongs to a name ("la Grande Mosquée")
  // (not "May", a modal verb and a month: "In May Mr Johnson said")
  if (ctx.view.capLike(i) && !ctx.view.initial(i) && (ctx.view.is(i) & (FUNCTION_WORD | ALWAYS_STRIPPED | MONTH)) === FUNCTION_WORD && ctx.view.capLike(i + 1)) return false
  const text = ctx.view.text(i)
  if ((ROMAN_DIGITS.has(text.charAt(0)) && ORDINAL.test(text)) || (ctx.commonAcronyms.size > 0 && ctx.commonAcronyms.has(text))) return true
  if ((ctx.view.is(i) & NEVER_NAME) !== 0) return !inPersonsName(ctx, i)
  // "October-to-December", "Monday-Friday": a span of dates
  const dash = ctx.view.form(i).indexOf('-')
  return dash > 0 && (ctx.lex.months.has(ctx.view.form(i).slice(0, dash)) || ctx.lex.weekdays.has(ctx.view.form(i).slice(0, dash)))
}
