/**
 * What the lexicon knows about a word form, as bits: every word list and every phrase set's first
 * words are indexed once per language into one table, so a token costs one look-up instead of
 * one per word list per pass. The table holds lexicon words only (common ones, so its hot
 * entries stay in cache); any other form knows nothing, save a compound first name ("Jean-Marc").
 * Memberships are `is` bits; `starts` has the flag bit of each PhraseSet with a phrase starting
 * with the form (PhraseSet.flag).
 */
import type { EntityType } from '../types'
import type { EntityLexicon } from './lexicon'

export const FUNCTION_WORD = 1 << 0
export const MONTH = 1 << 1
export const WEEKDAY = 1 << 2
export const HONORIFIC = 1 << 3
export const NON_ENTITY = 1 << 4
/** function word, month, weekday, non-entity or honorific: never a name on its own */
export const NEVER_NAME = 1 << 5
/** a first name, or a compound first name's first part ("Jean-Marc") */
export const FIRST_NAME = 1 << 6
export const ROLE_MODIFIER = 1 << 7
export const ORG_HEAD = 1 << 8
export const LOCATION_HEAD = 1 << 9
export const EVENT_HEAD = 1 << 10
/** an event head or its plural ("Championships") */
export const EVENT_HEAD_OR_PLURAL = 1 << 11
export const LOCATION_PREFIX = 1 << 12
export const NAME_PARTICLE = 1 << 13
export const CONNECTOR_NEEDING_FIRST_NAME = 1 << 14
export const NOT_ALONE = 1 << 15
export const BYLINE_MARKER = 1 << 16
export const TRAILING_LOWERCASE_HEAD = 1 << 17
export const ORG_FOLLOWER = 1 << 18
export const NON_NAME_FOLLOWER = 1 << 19
export const ALWAYS_STRIPPED = 1 << 20
export const BODY_ADJECTIVE = 1 << 21
export const HEAD_TAKING_COMPLEMENT = 1 << 22
/** plural of a one-word title ("Analysts" is no name) */
export const PLURAL_TITLE = 1 << 23
/** a one-word phrase of these sets */
export const PORTFOLIO_WORD = 1 << 24
export const ROLE_PREPOSITION_WORD = 1 << 25
export const ORG_CUE_NOUN_WORD = 1 << 26
/** a function word of the other language ("The" in a French text) */
export const OTHER_FUNCTION_WORD = 1 << 27
/** a conjunction or adverb that opens a sentence and never sits inside a name ("Lorsque", "However") */
export const SENTENCE_OPENER = 1 << 28
/**
 * An everyday word (lex.commonWords). Not in the word table, whose entries are kept few: the
 * document view adds it to a token's bits, worked out once per form.
 */
export const COMMON_WORD = 1 << 29

export interface WordFacts {
  is: number
  starts: number
  /** the country of a nationality adjective or demonym */
  nationality: string | undefined
  /** a French lower-case head written before a name ("stade", "fondation") */
  namedHead: EntityType | undefined
}

const UNKNOWN: WordFacts = { is: 0, starts: 0, nationality: undefined, namedHead: undefined }
const COMPOUND_FIRST_NAME: WordFacts = { is: FIRST_NAME, starts: 0, nationality: undefined, namedHead: undefined }

/**
 * An open-addressing table from form to facts: FNV-1a hashes in a typed array, keys compared
 * character by character on a hash match. A token's form is never the lexicon's own string
 * object, and on this workload a Map look-up, which compares such strings through the engine,
 * measured about twice the cost of this one.
 */
const SINGLE_CODES = 0x3000

export class WordTable {
  private readonly mask: number
  private readonly hashes: Int32Array
  private readonly keys: (string | undefined)[]
  private readonly values: WordFacts[]
  /** one-character forms (punctuation, "a", "à") by character code, found without hashing */
  private readonly singles: (WordFacts | undefined)[] = new Array<WordFacts | undefined>(SINGLE_CODES).fill(undefined)

  constructor(entries: ReadonlyMap<string, WordFacts>) {
    let capacity = 16
    while (capacity < entries.size * 2) capacity *= 2
    this.mask = capacity - 1
    this.hashes = new Int32Array(capacity)
    this.keys = new Array<string | undefined>(capacity).fill(undefined)
    this.values = new Array<WordFacts>(capacity).fill(UNKNOWN)
    for (const [form, facts] of entries) {
      const hash = fnv1a(form)
      let slot = hash & this.mask
      while (this.hashes[slot] !== 0) slot = (slot + 1) & this.mask
      this.hashes[slot] = hash
      this.keys[slot] = form
      this.values[slot] = facts
      if (form.length === 1 && form.charCodeAt(0) < SINGLE_CODES) this.singles[form.charCodeAt(0)] = facts
    }
  }

  get(form: string): WordFacts | undefined {
    if (form.length === 1 && form.charCodeAt(0) < SINGLE_CODES) return this.singles[form.charCodeAt(0)]
    const hash = fnv1a(form)
    // hashes alone tell an empty slot (0) and most mismatches: the keys are read on a likely hit only
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const h = this.hashes[slot]!
      if (h === 0) return undefined
      if (h === hash && sameChars(this.keys[slot]!, form)) return this.values[slot]
    }
  }
}

/** FNV-1a, never 0 (the mark of an empty slot). */
function fnv1a(s: string): number {
  let hash = 0x811c9dc5
  for (let c = 0; c < s.length; c++) hash = Math.imul(hash ^ s.charCodeAt(c), 0x01000193)
  return hash === 0 ? 1 : hash
}

function sameChars(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  for (let c = 0; c < a.length; c++) if (a.charCodeAt(c) !== b.charCodeAt(c)) return false
  return true
}

/** The facts of a lower-cased form, apostrophes straightened. */
export function wordFacts(lex: EntityLexicon, form: string): WordFacts {
  const known = lex.words.get(form)
  if (known !== undefined) return known
  // compound first names: Jean-Marc, Abdel-Fattah
  const dash = form.indexOf('-')
  return dash > 0 && lex.firstNames.has(form.slice(0, dash)) ? COMPOUND_FIRST_NAME : UNKNOWN
}

/**
 * The everyday words, as a table of their own: every new form is looked up in it once, and a
 * WordTable look-up costs about half a Set's (see WordTable), but merging these many words into
 * the lexicon's table would crowd out its hot entries.
 */
export function commonWordTable(words: ReadonlySet<string>): WordTable {
  const common: WordFacts = { is: COMMON_WORD, starts: 0, nationality: undefined, namedHead: undefined }
  return new WordTable(new Map([...words].map((w) => [w, common])))
}

/** The table of every form some word list or phrase set of the lexicon holds. */
export function wordTable(lex: Omit<EntityLexicon, 'words' | 'commonWordTable'>): WordTable {
  const forms = new Set<string>()
  const sets: ReadonlySet<string>[] = [
    lex.functionWords, lex.months, lex.weekdays, lex.honorifics, lex.nonEntities, lex.firstNames, lex.roleModifiers, lex.orgHeads, lex.locationHeads,
    lex.eventHeads, lex.locationPrefixes, lex.nameParticles, lex.connectorsNeedingFirstName, lex.notAlone, lex.bylineMarkers, lex.trailingLowercaseHeads,
    lex.orgFollowers, lex.nonNameFollowers, lex.alwaysStripped, lex.lowercaseBodies.adjectives, lex.lowercaseBodies.headsTakingComplement, lex.otherFunctionWords, lex.sentenceOpeners,
  ]
  for (const set of sets) for (const f of set) forms.add(f)
  for (const f of lex.nationalities.keys()) forms.add(f)
  for (const f of lex.namedPlaceHeads.keys()) forms.add(f)
  for (const set of lex.phraseSets) for (const f of set.firstWords()) forms.add(f)
  // derived forms: plurals of event heads and of one-word titles
  for (const f of lex.eventHeads) forms.add(f + 's')
  for (const f of lex.titles.firstWords()) {
    if (lex.titles.has(f)) for (const end of ['s', 'x']) forms.add(f + end)
  }
  const table = new Map<string, WordFacts>()
  for (const f of forms) {
    const facts = { is: membership(lex, f), starts: phraseStarts(lex, f), nationality: lex.nationalities.get(f), namedHead: lex.namedPlaceHeads.get(f) }
    if (facts.is !== 0 || facts.starts !== 0 || facts.nationality !== undefined || facts.namedHead !== undefined) table.set(f, facts)
  }
  return new WordTable(table)
}

function membership(lex: Omit<EntityLexicon, 'words' | 'commonWordTable'>, f: string): number {
  let is = 0
  const bit = (yes: boolean, flag: number): void => {
    if (yes) is |= flag
  }
  bit(lex.functionWords.has(f), FUNCTION_WORD)
  bit(lex.months.has(f), MONTH)
  bit(lex.weekdays.has(f), WEEKDAY)
  bit(lex.honorifics.has(f), HONORIFIC)
  bit(lex.nonEntities.has(f), NON_ENTITY)
  bit((is & (FUNCTION_WORD | MONTH | WEEKDAY | HONORIFIC | NON_ENTITY)) !== 0, NEVER_NAME)
  const dash = f.indexOf('-')
  bit(lex.firstNames.has(f) || (dash > 0 && lex.firstNames.has(f.slice(0, dash))), FIRST_NAME)
  bit(lex.roleModifiers.has(f), ROLE_MODIFIER)
  bit(lex.orgHeads.has(f), ORG_HEAD)
  bit(lex.locationHeads.has(f), LOCATION_HEAD)
  bit(lex.eventHeads.has(f), EVENT_HEAD)
  bit(lex.eventHeads.has(f) || (f.endsWith('s') && lex.eventHeads.has(f.slice(0, -1))), EVENT_HEAD_OR_PLURAL)
  bit(lex.locationPrefixes.has(f), LOCATION_PREFIX)
  bit(lex.nameParticles.has(f), NAME_PARTICLE)
  bit(lex.connectorsNeedingFirstName.has(f), CONNECTOR_NEEDING_FIRST_NAME)
  bit(lex.notAlone.has(f), NOT_ALONE)
  bit(lex.bylineMarkers.has(f), BYLINE_MARKER)
  bit(lex.trailingLowercaseHeads.has(f), TRAILING_LOWERCASE_HEAD)
  bit(lex.orgFollowers.has(f), ORG_FOLLOWER)
  bit(lex.nonNameFollowers.has(f), NON_NAME_FOLLOWER)
  bit(lex.alwaysStripped.has(f), ALWAYS_STRIPPED)
  bit(lex.lowercaseBodies.adjectives.has(f), BODY_ADJECTIVE)
  bit(lex.lowercaseBodies.headsTakingComplement.has(f), HEAD_TAKING_COMPLEMENT)
  bit(f.length > 3 && (f.endsWith('s') || f.endsWith('x')) && lex.titles.has(f.slice(0, -1)), PLURAL_TITLE)
  bit(lex.portfolios.has(f), PORTFOLIO_WORD)
  bit(lex.rolePrepositions.has(f), ROLE_PREPOSITION_WORD)
  bit(lex.orgCueNouns.has(f), ORG_CUE_NOUN_WORD)
  bit(lex.otherFunctionWords.has(f), OTHER_FUNCTION_WORD)
  bit(lex.sentenceOpeners.has(f), SENTENCE_OPENER)
  return is
}

function phraseStarts(lex: Omit<EntityLexicon, 'words' | 'commonWordTable'>, f: string): number {
  let starts = 0
  for (const set of lex.phraseSets) if (set.startsWith(f)) starts |= set.flag
  return starts
}
