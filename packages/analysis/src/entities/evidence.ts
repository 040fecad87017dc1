/**
 * Typing evidence for one candidate mention: what the gazetteer says, the words inside it
 * (organization and place heads, first names, name particles) and the words around it (titles
 * and roles, honorifics, speech verbs, place prepositions, cue nouns such as "la société X").
 * The merge step sums the evidence of every mention of an entity before deciding its type.
 */
import type { EntityType } from '../types'
import type { Candidate } from './candidates'
import { type ExtractionContext, followsPlaceTitleOf, followsTitleOf, gazetteerAt, isCommonWord, isFirstName, isLocationHead, isOrgHead, phraseAt, phraseEndingAt, seenInLowerCase } from './context'
import { roleAfter, roleBefore } from './roles'
import { CONNECTOR_NEEDING_FIRST_NAME, FUNCTION_WORD, LOCATION_HEAD, LOCATION_PREFIX, NAME_PARTICLE, ORG_CUE_NOUN_WORD, ORG_FOLLOWER, ORG_HEAD, OTHER_FUNCTION_WORD, ROLE_MODIFIER } from './words'

export type Evidence = Record<EntityType, number>

export interface ScoredMention {
  candidate: Candidate
  evidence: Evidence
  roles: string[]
  /** the mention is a single capitalised word with no cue at all */
  bare: boolean
  /** every token sits in a headline */
  headline: boolean
  /** starts a sentence, where every word is capitalised */
  initial: boolean
}

const VERSUS = new Set(['v', 'vs'])
const PARTICLE_IN_TOKEN = /^(?:al|el|ad|ash|as|at|az|an|ar|ben|bin|ibn|abu|abou)-/u
const HYPHEN = 45

/** "al-Assad", "ben-Gvir": a particle of two to four letters, then a hyphen (checked before the expression, which most words fail) */
function particleInToken(form: string): boolean {
  return (form.charCodeAt(2) === HYPHEN || form.charCodeAt(3) === HYPHEN || form.charCodeAt(4) === HYPHEN) && PARTICLE_IN_TOKEN.test(form)
}

export function scoreMention(ctx: ExtractionContext, c: Candidate): ScoredMention {
  const v = ctx.view
  const lex = ctx.lex
  const ev: Evidence = { person: 0, organization: 0, location: 0 }
  const roles: string[] = []
  const { s, e } = c
  const single = e - s === 1
  let cues = 0

  if (c.forced) ev[c.forced] += 20
  if (c.gaz) ev[c.gaz.type] += 10
  if (c.titled) {
    // "Mr Wellington": a title outweighs a place of the same name
    ev.person += 12
    cues++
  }
  if (c.innerRole) roles.push(c.innerRole)

  // inside the mention
  let orgHead = false
  let locHead = false
  let particles = 0
  for (let k = s; k < e; k++) {
    if (isOrgHead(ctx, k)) orgHead = true
    else if (isLocationHead(ctx, k) && k > s) locHead = true
    if ((v.is(k) & (NAME_PARTICLE | CONNECTOR_NEEDING_FIRST_NAME)) === NAME_PARTICLE || particleInToken(ctx.forms[k]!)) particles++
  }
  if (orgHead) ev.organization += 6
  // "Marsh & McLennan", "Stitch & Story": an ampersand joins the names of a firm, a band or a duo
  else if (!c.gaz && !single && ampersandInside(ctx, s, e)) ev.organization += 4
  else if (locHead) ev.location += 5
  else if (!single && !c.gaz && (v.is(s) & LOCATION_PREFIX) !== 0 && !isFirstName(ctx, s)) ev.location += 3
  if (!orgHead && !locHead) {
    if (isFirstName(ctx, s)) {
      ev.person += single ? 3 : 5
      // a known first name alone mid-sentence is someone already introduced ("her husband Craig")
      if (single && !v.initial(s)) cues++
    }
    if (particles > 0 && !c.gaz) ev.person += 2
  }
  if (single && v.allCaps(s) && !c.gaz && !/\d/.test(v.text(s))) ev.organization += 3
  if (c.source === 'expansion' && !c.gaz && !orgHead && !locHead) ev.organization += 4
  if (c.source === 'acronym' && !c.gaz) ev.organization += 1

  // around the mention: roles and titles
  if (!orgHead && c.source === 'span' && (!c.gaz || c.gaz.type === 'location')) {
    const before = roleBefore(ctx, s)
    if (before) {
      ev.person += before.role ? 6 : 12
      cues++
      if (before.role) roles.push(before.role)
    }
    const after = roleAfter(ctx, e)
    if (after) {
      ev.person += 5
      cues++
      roles.push(after)
    }
  }
  // a speech verb after it: a person when the name has a first name or a title, else mostly a body ("Ofgem said")
  // "..., Cogat, said": an apposition closed by a comma before the verb
  const verbAt = ctx.forms[e] === ',' && ctx.forms[s - 1] === ',' ? e + 1 : e
  // (several words opening on an everyday word, with no first name, are a body's name: "Industrial Strategy said")
  if (verbAt < v.length && phraseAt(ctx, lex.speechVerbs, verbAt)) {
    if ((!single && !opensOnEverydayWord(ctx, s, e)) || ev.person > 0) ev.person += 2
    else ev.organization += 2
    cues++
  }
  // "selon X", "according to X"
  const source = phraseEndingAt(ctx, lex.sourcePrepositions, s, Math.max(0, s - 3)) > 0
  if (source) {
    if ((!single && !opensOnEverydayWord(ctx, s, e)) || ev.person > 0) ev.person += 1
    cues++
  }
  // "à Hmeimim", "in Kherson", "au Mali"
  if (source) {
    // "according to X" is no place preposition
  } else if (phraseEndingAt(ctx, lex.locationPrepositions, placeStart(ctx, s), Math.max(0, s - 5)) > 0 && !(single && !c.gaz && seenInLowerCase(ctx, s))) {
    // ("in Need", "in Number 10": a common word with a capital is no place)
    // after "à" or "in", one unknown word is a place more often than several, which are often a person
    // (an unknown acronym there is mostly a body's: "à IBK", "in the EIS")
    ev.location += c.gaz || (single && !v.allCaps(s)) ? 3 : 1.5
    cues++
  } else if (phraseEndingAt(ctx, lex.weakLocationPrepositions, s, Math.max(0, s - 2)) > 0) {
    // "to", "from", "de": a hint that types a name found otherwise, not enough to make one
    ev.location += 1
  }
  // "Germany's Hexal", "Israel's Teva": what a country owns is mostly a company (persons come with first names)
  if (single && !c.gaz && s >= 2 && ctx.forms[s - 1] === "'s" && !isFirstName(ctx, s)) {
    const owner = gazetteerAt(ctx, s - 2, s - 1)
    if (owner && owner.value.type === 'location') {
      ev.organization += 2
      cues++
    }
  }
  // a run opening on a known organization is one of its parts ("BBC Sport", "Reuters Institute")
  if (!single && !c.gaz) {
    const first = gazetteerAt(ctx, s, e)
    if (first && first.value.type === 'organization') ev.organization += 6
  }
  // "la société X", "the company X", "la ville de X", "the city of X"
  const cue = cueNounBefore(ctx, s, single) ?? (cueNounInApposition(ctx, s, e) ? 'organization' : null)
  // "his Labour rival James Frith": a first name and a surname outweigh a cue noun that also fits persons
  if (cue === 'organization') {
    ev.organization += isFirstName(ctx, s) && e - s >= 2 ? 3 : 6
    cues++
  } else if (cue === 'location') {
    ev.location += 5
    cues++
  }
  // "firms such as X", "des villes comme X": the category named before a list of examples types them
  if (!c.gaz) {
    const category = listCategoryBefore(ctx, s)
    if (category) {
      ev[category] += 5
      cues++
    }
  }
  let clubCue = false
  // "l'attaquant de Liverpool", "Liverpool striker": a club, even named after its city (not a country: national teams share its name)
  if ((!c.gaz || (c.gaz.type === 'location' && !c.gaz.wide)) && !isFirstName(ctx, s)) {
    const after = ctx.forms[e]
    // "Hartlepool v Boston": either side of "v" in a fixture list is a club when a known name stands on one side (not "Roe v Wade")
    const known = c.gaz !== null
    const named = known || !isCommonWord(ctx, s)
    const fixture = named && ((VERSUS.has(after ?? '') && (known || gazetteerAt(ctx, e + 1) !== null)) || (VERSUS.has(ctx.forms[s - 1] ?? '') && (known || knownNameEndingAt(ctx, s - 1))))
    if (fixture || phraseEndingAt(ctx, lex.clubCuesBefore, s, Math.max(0, s - 5)) > 0 || (after !== undefined && !v.capLike(e) && lex.clubCuesAfter.has(after))) {
      ev.organization += 12
      cues++
      clubCue = true
    }
  }
  // "Amsterdam-based Brelk", "Nasdaq-listed Brelk": where a firm sits or trades is said of firms, not of persons
  // (not a place: "Gloucestershire-based Mount Everest climber")
  if (!c.gaz && !isFirstName(ctx, s) && ev.location < 3 && s > 0 && companyAdjectiveBefore(ctx, s)) {
    ev.organization += 5
    cues++
  }
  // "director of Freight Link Europe", "PDG de Brelvix": what a title governs is a body
  if (!c.gaz && !isFirstName(ctx, s) && followsTitleOf(ctx, s)) {
    ev.organization += 4
    cues++
  }
  // "the MP for Birkenhead", "le maire de Tarvisburg": what an elected title is for is a place
  // (an acronym there is a party: "le député du PDS")
  if (!c.gaz && !isFirstName(ctx, s) && !v.allCaps(s) && followsPlaceTitleOf(ctx, s)) {
    ev.location += 4
    cues++
  }
  // "Stitch & Story est une entreprise", "Brelvix is a company": a copula then a cue noun
  if (!c.gaz && COPULAS.has(ctx.forms[e] ?? '') && INDEFINITES.has(ctx.forms[e + 1] ?? '') && lex.orgCueNouns.has(ctx.forms[e + 2] ?? '')) {
    ev.organization += 6
    cues++
  }
  // "Keinton Mandeville, Somerset", "Arlington, Virginia": a place then its county, region or country
  if (!c.gaz && !isFirstName(ctx, s) && ctx.forms[e] === ',' && ev.person < 3) {
    const region = gazetteerAt(ctx, e + 1)
    if (region && region.value.type === 'location' && region.value.wide && !v.isWord(e + 1 + region.length)) {
      ev.location += 4
      cues++
    }
  }
  // a head noun right after the name: "the Kerem Shalom crossing", "the Unite union", "le groupe Wagner"
  // (what a first name and a surname own is theirs: "Theresa May's government", "Elon Musk's company")
  const possessive = ctx.forms[e] === "'s"
  const next = possessive ? e + 1 : e
  if (v.isWord(next) && !v.capLike(next) && !c.gaz && c.source === 'span' && !(possessive && e - s >= 2 && isFirstName(ctx, s))) {
    if ((v.is(next) & LOCATION_HEAD) !== 0) {
      ev.location += 5
      cues++
    } else if ((v.is(next) & (ORG_HEAD | ORG_CUE_NOUN_WORD)) !== 0) {
      ev.organization += 5
      cues++
    } else if ((v.is(next) & ORG_FOLLOWER) !== 0 && !isFirstName(ctx, s)) {
      ev.organization += 3
      cues++
    } else if ((v.starts(next) & lex.titles.flag) !== 0 && v.capLike(e + 1) && phraseAt(ctx, lex.titles, e)) {
      // "World Athletics president Sebastian Coe", "Tesla boss Elon Musk": the name before the title is the body
      ev.organization += 3
      cues++
    }
  }
  // several capitalised words with nothing else to go on are, in news, mostly a person's name
  if (!single && e - s <= 4 && !c.gaz && !orgHead && !locHead && c.source === 'span' && ev.person <= 1 && ev.organization === 0 && ev.location <= 3 && looksLikeName(ctx, s, e)) {
    // "the Crimson Owls, who", "les Brenvale Rangers et": an article before a name with no first name, which no person's name
    // takes, makes it a band, a team or a firm (but "the Lee Cain event" is a person's name used as a modifier)
    if (ev.location < 3 && s > 0 && PLACE_ARTICLES.has(ctx.forms[s - 1]!) && !v.capLike(s - 1) && !firstNameInside(ctx, s, e) && endsNounPhrase(ctx, e)) ev.organization += 2
    // ...unless it opens on an everyday word, as the titles of prizes, events, bands and programmes do ("Best Solo Female", "Wet Leg")
    else if (!isCommonWord(ctx, s)) ev.person += 2
  }

  // "dans le Web3", "en Top14", "the K1": no place's name holds digits, whatever the words around it
  if (single && !c.gaz && /\d/.test(v.text(s))) ev.location = 0

  const headline = v.titleLine(s)
  // a capitalised sentence start says nothing: one unknown word there needs a title, a first name, a later mention
  // or a player's position and name after it ("Tarvisburg hurler Harlan Vossberg", not "Going forward," nor the title "Head coach X")
  const initialGuess = single && v.initial(s) && !c.gaz && !c.titled && ev.person < 3 && !v.allCaps(s) && !(clubCue && playerNamedAfter(ctx, s, e))
  // an unknown acronym mid-sentence ("the EIS") or in parentheses after a name it abbreviates loosely ("Integrated Food
  // Security Phase Classification (IPC)") is, in news, an organization's name
  const inParentheses = v.text(s - 1) === '(' && v.text(e) === ')' && v.capLike(s - 2)
  const acronym = single && v.allCaps(s) && (!v.initial(s) || inParentheses) && !/\d/.test(v.text(s)) && v.text(s).length <= 6
  const bare = (single && !c.gaz && !c.forced && c.source === 'span' && cues === 0 && !orgHead && !locHead && !acronym && ev.person + ev.organization + ev.location <= 3) || initialGuess
  return { candidate: c, evidence: ev, roles, bare, headline, initial: v.initial(s) }
}

/** A known name ends right before token `end` ("Boston" in "Boston v"). */
function knownNameEndingAt(ctx: ExtractionContext, end: number): boolean {
  for (let k = end - 1; k >= Math.max(0, end - 4); k--) {
    const m = gazetteerAt(ctx, k, end)
    if (m && k + m.length === end) return true
  }
  return false
}

/** "Tarvisburg hurler Harlan Vossberg": a position then a name after a word the text never writes in lower case, no title. */
function playerNamedAfter(ctx: ExtractionContext, s: number, e: number): boolean {
  return ctx.view.capLike(e + 1) === true && !seenInLowerCase(ctx, s) && !ctx.view.text(s).includes('-') && (ctx.view.is(s) & ROLE_MODIFIER) === 0 && (ctx.view.starts(s) & ctx.lex.titles.flag) === 0
}

/** A hyphenated adjective built on a name ("Amsterdam-based", not "income-based") right before s. */
function companyAdjectiveBefore(ctx: ExtractionContext, s: number): boolean {
  const before = ctx.forms[s - 1]!
  const hyphen = before.lastIndexOf('-')
  if (hyphen <= 0 || !ctx.lex.companyAdjectiveSuffixes.has(before.slice(hyphen + 1))) return false
  const text = ctx.view.text(s - 1)
  return text.charAt(0) !== text.charAt(0).toLowerCase()
}

/** "Age Concern", "Industrial Strategy": a run opening on an everyday word, with no first name in it. */
function opensOnEverydayWord(ctx: ExtractionContext, s: number, e: number): boolean {
  return isCommonWord(ctx, s) && !firstNameInside(ctx, s, e)
}

function firstNameInside(ctx: ExtractionContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isFirstName(ctx, k)) return true
  return false
}

/**
 * "His firm, Infinited Fiber, has", "Infinited Fiber, a firm based in Leeds": a body's cue noun in a noun
 * phrase set beside the name by commas. The cue must end its phrase: "a company director" names a person.
 */
function cueNounInApposition(ctx: ExtractionContext, s: number, e: number): boolean {
  const { forms, lex } = ctx
  // the whole of a capitalised run, not its tail ("Toronto Mommies", "Spotlight on Corruption, a pressure group")
  const before = s - 1
  if (ctx.view.capLike(before) || ((ctx.view.is(before) & FUNCTION_WORD) !== 0 && ctx.view.capLike(s - 2))) return false
  // before the name, the phrase opens its clause ("His firm, X, has", not "a partner of the firm, X, said")
  if (forms[s - 1] === ',' && (e === forms.length || !ctx.view.isWord(e))) {
    const cue = phraseEndingAt(ctx, lex.orgCueNouns, s - 1, Math.max(0, s - 4))
    const determiner = s - 2 - cue
    if (cue > 0 && lex.appositionDeterminers.has(forms[determiner] ?? '') && !ctx.view.isWord(determiner - 1) && !lex.orgCueNounsNamingPersonsToo.has(forms[s - 2]!)) return true
  }
  if (forms[e] !== ',' || !lex.appositionDeterminers.has(forms[e + 1] ?? '')) return false
  // up to two modifiers between the determiner and the cue noun: "a Leeds-based textile firm" (not "the head of giant chip maker")
  for (let k = e + 2; k <= e + 4 && k < forms.length; k++) {
    const cue = phraseAt(ctx, lex.orgCueNouns, k)
    if (cue) return endsAppositionAt(ctx, k + cue.length) && !lex.orgCueNounsNamingPersonsToo.has(forms[k + cue.length - 1]!)
    if (!ctx.view.isWord(k) || (ctx.view.is(k) & FUNCTION_WORD) !== 0) return false
  }
  return false
}

/** The cue noun ends its phrase at k: no title it modifies ("company director"), no owner of one ("the firm's head"), no verb of a new clause ("the company says"). */
function endsAppositionAt(ctx: ExtractionContext, k: number): boolean {
  const f = ctx.forms[k]
  return f !== "'s" && f !== "'" && !phraseAt(ctx, ctx.lex.titles, k) && !phraseAt(ctx, ctx.lex.speechVerbs, k)
}

/** Nothing after the name but punctuation, a function word or the end: no lower-case noun it modifies. */
function endsNounPhrase(ctx: ExtractionContext, e: number): boolean {
  const next = e
  return !ctx.view.isWord(next) || (ctx.view.is(next) & (FUNCTION_WORD | OTHER_FUNCTION_WORD)) !== 0
}

function ampersandInside(ctx: ExtractionContext, s: number, e: number): boolean {
  for (let k = s + 1; k < e - 1; k++) if (ctx.view.text(k) === '&') return true
  return false
}

const COPULAS = new Set(['est', 'is', 'was', 'était', 'reste', 'remains'])
const INDEFINITES = new Set(['un', 'une', 'a', 'an'])

const PLACE_ARTICLES = new Set(['la', 'le', "l'", 'les', 'the'])
/** French articles before a nationality used as a noun: "l'australien", "du chinois", "au japonais" */
const NATIONALITY_NOUN_ARTICLES = new Set(['le', "l'", 'du', 'au', 'un'])

/** The category noun before a list of examples ending at s: "companies, including (the) X". */
function listCategoryBefore(ctx: ExtractionContext, s: number): EntityType | null {
  const { forms, lex } = ctx
  let k = s - 1
  if (PLACE_ARTICLES.has(forms[k] ?? '')) k--
  if (k >= 1 && lex.listIntroducers.has(`${forms[k - 1]} ${forms[k]}`)) k -= 2
  else if (k >= 0 && lex.listIntroducers.has(forms[k]!)) k--
  else return null
  if (forms[k] === ',') k--
  const noun = k
  if (!ctx.view.isWord(noun) || ctx.view.capLike(noun)) return null
  return lex.listCategories.get(ctx.view.form(noun)) ?? null
}

/** A nationality adjective written in lower case, as French writes it ("français", "soudanaise"). */
function lowerCaseNationalityAt(ctx: ExtractionContext, i: number): boolean {
  return ctx.view.isWord(i) && !ctx.view.capLike(i) && ctx.view.lexical(i).nationality !== undefined
}

/** Where a place preposition would end: before an article ("dans la Seine", "in the Gambia"). */
function placeStart(ctx: ExtractionContext, s: number): number {
  return s > 0 && PLACE_ARTICLES.has(ctx.forms[s - 1]!) ? s - 1 : s
}

/**
 * No function word of either language inside ("The Intelligence Trap", "Why Smart People..."), not
 * only words the text also writes in lower case ("Direct Sales", but "Dai Young"), no verb form first, no possessive.
 */
function looksLikeName(ctx: ExtractionContext, s: number, e: number): boolean {
  let common = 0
  for (let k = s; k < e; k++) {
    // "King's Lynn", "Teachers' Association": no person's name holds a possessive
    if (ctx.view.form(k) === "'s" || ctx.view.text(k) === "'") return false
    if (!ctx.view.capLike(k)) continue
    if ((ctx.view.is(k) & (FUNCTION_WORD | OTHER_FUNCTION_WORD)) !== 0) return false
    if (seenInLowerCase(ctx, k)) common++
    // "Coming Home", "Missing Link": a title or a slogan opens on a verb form, a name does not
    if (k === s && ctx.lex.lang === 'en' && ctx.view.form(k).length > 5 && ctx.view.form(k).endsWith('ing') && !isFirstName(ctx, k)) return false
  }
  return common < e - s
}

function cueNounBefore(ctx: ExtractionContext, s: number, single: boolean): EntityType | null {
  if (s < 1 || !ctx.view.isWord(s - 1) || ctx.view.capLike(s - 1)) return null
  // "le groupe français X": a nationality adjective may sit between the cue noun and the name
  const cueEnd = lowerCaseNationalityAt(ctx, s - 1) ? s - 1 : s
  // "la société X", "the company X", "shares in X"
  if (phraseEndingAt(ctx, ctx.lex.orgCueNouns, cueEnd, Math.max(0, cueEnd - 3)) > 0) return 'organization'
  // "l'australien X", "du chinois X": in French news a nationality used as a noun before one word is a company
  // (a person comes with a first name: "le néerlandais Virgil Van Dijk", "le Français Kylian Mbappé")
  if (cueEnd < s && single && NATIONALITY_NOUN_ARTICLES.has(ctx.forms[s - 2] ?? '') && !isFirstName(ctx, s)) return 'organization'
  // "la ville de Goma", "the city of Goma", "la base d'Hmeimim", "la ville soudanaise de Goma"
  let k = s - 1
  const f = ctx.forms[k]!
  if ((f === 'la' || f === "l'") && ctx.forms[k - 1] === 'de') k -= 2
  else if (f === 'de' || f === "d'" || f === 'of' || f === 'du') k--
  if (k < s - 1 && lowerCaseNationalityAt(ctx, k)) k--
  if (k < 0 || !ctx.view.isWord(k) || ctx.view.capLike(k)) return null
  if (phraseEndingAt(ctx, ctx.lex.locationCueNouns, k + 1, Math.max(0, k - 2)) > 0) return 'location'
  return null
}
