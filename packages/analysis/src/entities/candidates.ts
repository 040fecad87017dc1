/**
 * Candidate mentions, found in four passes that claim tokens in order of confidence:
 * 1. acronyms with their expansion in parentheses ("Fonds monétaire international (FMI)"),
 * 2. multi-word gazetteer names ("Nations unies", "Le Caire", "bande de Gaza"),
 * 3. named bodies written in lower case ("armée syrienne", "ministère de la Défense", "Syrian army"),
 * 4. runs of capitalised words with name particles and connectors ("Bachar al-Assad",
 *    "Banque de France"), cleaned of sentence-initial function words, titles and nationalities.
 */
import type { EntityType } from '../types'
import type { GazetteerEntry } from './lexicon'
import {
  type ExtractionContext,
  followsTitleOf,
  gazetteerAt,
  gazetteerExact,
  isCommonWord,
  isFirstName,
  isHonorific,
  isLocationHead,
  isNeverName,
  isOrgHead,
  nationalityAt,
  phraseAt,
  phraseEndingAt,
  seenInLowerCase,
  startsPhrase,
  titleAt,
  wordIs,
} from './context'
import type { TokenView } from './view'
import {
  BODY_ADJECTIVE,
  CONNECTOR_NEEDING_FIRST_NAME,
  EVENT_HEAD,
  EVENT_HEAD_OR_PLURAL,
  FUNCTION_WORD,
  HEAD_TAKING_COMPLEMENT,
  LOCATION_PREFIX,
  MONTH,
  NAME_PARTICLE,
  NON_ENTITY,
  NON_NAME_FOLLOWER,
  NOT_ALONE,
  PLURAL_TITLE,
  PORTFOLIO_WORD,
  ROLE_MODIFIER,
  ROLE_PREPOSITION_WORD,
  SENTENCE_OPENER,
  TRAILING_LOWERCASE_HEAD,
  WEEKDAY,
} from './words'

export interface Candidate {
  /** token range [s, e) */
  s: number
  e: number
  source: 'acronym' | 'expansion' | 'gazetteer' | 'body' | 'span'
  gaz: GazetteerEntry | null
  /** a type the construction settles (a lower-case body is an organization) */
  forced: EntityType | null
  /** the mention follows a title, honorific or role inside its own capitalised run ("President Joe Biden") */
  titled: boolean
  /** a role written inside the run ("Defence Minister" in "Defence Minister Ben Wallace") */
  innerRole: string | null
  /** links an acronym and its expansion: same id */
  link: number
}

const ACRONYM_SKIP = new Set(["'s", 'de', 'des', 'du', 'la', 'le', 'les', "l'", "d'", 'et', 'of', 'the', 'and', 'for', 'pour', 'on', 'in', 'à', 'aux', 'au', 'en', 'sur', 'to'])

function acronymLetters(text: string): string | null {
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length < 2 || letters.length > 8) return null
  // "BoE", "DfE", "MoD": capitals around one small letter
  if (/^\p{Lu}\p{Ll}\p{Lu}\p{Lu}?$/u.test(text)) return letters.toUpperCase()
  if (letters !== letters.toUpperCase()) {
    // "(Ipsa)", "(Unrwa)": acronyms written as words, checked against the initials like the others
    if (!/^\p{Lu}\p{Ll}+$/u.test(text) || letters.length < 3 || letters.length > 6) return null
    return letters.toUpperCase()
  }
  return letters
}

/** Upper-case initial without accent: "électorale" -> "E". */
function foldInitial(word: string): string {
  return word.charAt(0).normalize('NFD').charAt(0).toUpperCase()
}

/** Whether the words [s, e) spell `letters` by their initials, function words optionally skipped. */
function spells(ctx: ExtractionContext, s: number, e: number, letters: string): boolean {
  const initials: Initial[][] = []
  for (let k = s; k < e; k++) {
    if (ctx.view.text(k) === ',' || ctx.view.text(k) === "'") continue
    if (!ctx.view.isWord(k)) return false
    // an acronym inside the expansion gives all its letters, or its first: "Offshore Energies UK (OEUK)"
    const parts = ctx.view.allCaps(k) && !ctx.view.text(k).includes('-') && ctx.view.text(k).length <= 4 ? [...ctx.view.text(k).replace(/[^\p{L}]/gu, '')] : ctx.view.text(k).split('-').filter(Boolean).map((p) => foldInitial(p))
    initials.push(parts.map((ch) => ({ ch, optional: ACRONYM_SKIP.has(ctx.view.form(k)) })))
  }
  return spellsFrom(initials, letters, 0, 0)
}

interface Initial {
  ch: string
  optional: boolean
}

/** Words as units: each word gives its initial (or its hyphen parts' initials); skip words may give nothing. */
function spellsFrom(initials: readonly Initial[][], letters: string, w: number, l: number): boolean {
  if (w === initials.length) return l === letters.length
  const word = initials[w]!
  const opt = word[0]!.optional
  if (opt && spellsFrom(initials, letters, w + 1, l)) return true
  // the whole hyphenated word, or just its first part
  const all = word.map((x) => x.ch).join('')
  if (letters.startsWith(all, l) && spellsFrom(initials, letters, w + 1, l + all.length)) return true
  if (word.length > 1 && letters[l] === word[0]!.ch && spellsFrom(initials, letters, w + 1, l + 1)) return true
  return false
}

/**
 * "Integrated Food Security Phase Classification (IPC)": where no words spell the acronym, the start of the
 * capitalised run before the parenthesis when its initials hold the acronym's letters in order, its first and its
 * last word's included; -1 otherwise.
 */
function looseExpansionStart(ctx: ExtractionContext, open: number, letters: string): number {
  const v = ctx.view
  if (letters.length < 3) return -1
  let s = open
  while (s - 1 >= 0 && v.sentence(s - 1) === v.sentence(open) && (v.capLike(s - 1) || (ACRONYM_SKIP.has(v.form(s - 1)) && v.capLike(s - 2)))) s--
  while (s < open && (v.is(s) & FUNCTION_WORD) !== 0) s++
  if (s === open || !v.capLike(s)) return -1
  if (foldInitial(v.text(s)) !== letters[0] || foldInitial(v.text(open - 1)) !== letters[letters.length - 1]) return -1
  let l = 1
  for (let k = s + 1; k < open - 1 && l < letters.length - 1; k++) if (v.capLike(k) && foldInitial(v.text(k)) === letters[l]) l++
  return l === letters.length - 1 ? s : -1
}

/** Pass 1: "Expansion (ACR)" and "ACR (Expansion)". */
function acronymPairs(ctx: ExtractionContext, claimed: Uint8Array, out: Candidate[]): void {
  const v = ctx.view
  let link = 0
  for (const i of ctx.passStarts.parentheses) {
    if (i + 2 >= v.length) break
    if (v.text(i) !== '(') continue
    // Expansion (ACR)
    const acr = i + 1
    const letters = v.isWord(acr) && (v.is(acr) & FUNCTION_WORD) === 0 ? acronymLetters(v.text(acr)) : null
    // (also "(GSIM, JNIM en arabe)": the acronym first, other words after a comma)
    if (letters && (v.text(i + 2) === ')' || v.text(i + 2) === ',' || v.text(i + 2) === ';')) {
      const minStart = Math.max(0, i - letters.length * 3)
      const loose = looseExpansionStart(ctx, i, letters)
      for (let s = i - 1; s >= minStart; s--) {
        if ((v.text(s) === ',' || v.text(s) === "'") && s < i - 1) continue
        if (!v.isWord(s) || v.sentence(s) !== v.sentence(acr)) break
        if (ACRONYM_SKIP.has(v.form(s))) continue
        if (foldInitial(v.text(s)) !== letters[0]) continue
        if (spells(ctx, s, i, letters) || s === loose) {
          // "mutilations génitales féminines (MGF)": a common noun and its abbreviation, no name, and so is
          // what an acronym that never names anything spells, capitalised or not, with no head: "Gross Domestic Product (GDP)"
          if (!v.capLike(s) || ((v.is(acr) & NON_ENTITY) !== 0 && !hasHead(ctx, s, i) && !gazetteerExact(ctx, s, i))) {
            claim(claimed, s, i + 2)
            markCommonAcronym(ctx, v.text(acr))
            break
          }
          // "Respiratory syncytial virus (RSV)": diseases, laws and events are not ours
          if ((v.is(ctx.lex.lang === 'fr' ? s : i - 1) & EVENT_HEAD) !== 0) {
            claim(claimed, s, i + 2)
            break
          }
          // the head the acronym leaves out: "Department for Business, Energy and Industrial Strategy (BEIS)"
          const start = s >= 2 && isOrgHead(ctx, s - 2) && v.capLike(s - 2) && ctx.lex.orgConnectors.has(ctx.forms[s - 1]!) ? s - 2 : s
          if (!claim(claimed, start, i)) break
          link++
          // "the Bank of England's (BoE) target": the possessive stays out of the name
          const end = ctx.forms[i - 1] === "'s" ? i - 1 : i
          out.push({ s: start, e: end, source: 'expansion', gaz: gazetteerExact(ctx, start, end), forced: null, titled: false, innerRole: null, link })
          claimed[i + 1] = 1
          out.push({ s: i + 1, e: i + 2, source: 'acronym', gaz: gazetteerExact(ctx, i + 1, i + 2), forced: null, titled: false, innerRole: null, link })
          break
        }
      }
      continue
    }
    // ACR (Expansion)
    const before = i - 1
    const lettersBefore = v.isWord(before) ? acronymLetters(v.text(before)) : null
    if (!lettersBefore || claimed[i - 1]) continue
    let close = -1
    for (let k = i + 1; k < Math.min(v.length, i + 16); k++) {
      if (v.text(k) === ')') {
        close = k
        break
      }
      if (!v.isWord(k)) break
    }
    if (close > i + 1 && v.capLike(i + 1) && spells(ctx, i + 1, close, lettersBefore) && claim(claimed, i + 1, close)) {
      link++
      claimed[i - 1] = 1
      out.push({ s: i - 1, e: i, source: 'acronym', gaz: gazetteerExact(ctx, i - 1, i), forced: null, titled: false, innerRole: null, link })
      out.push({ s: i + 1, e: close, source: 'expansion', gaz: gazetteerExact(ctx, i + 1, close), forced: null, titled: false, innerRole: null, link })
    }
  }
}

/** An acronym the text expands into common words is no name anywhere in the text. */
function markCommonAcronym(ctx: ExtractionContext, text: string): void {
  ctx.commonAcronyms.add(text)
}

function claim(claimed: Uint8Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (claimed[k]) return false
  for (let k = s; k < e; k++) claimed[k] = 1
  return true
}

/** Pass 2: gazetteer names of several words, and lower-case forms ("talibans"). */
function gazetteerNames(ctx: ExtractionContext, claimed: Uint8Array, out: Candidate[]): void {
  const v = ctx.view
  // tokens before `next` belong to the last name found
  let next = 0
  for (const i of ctx.passStarts.gazetteer) {
    if (i < next || claimed[i] || !v.isWord(i)) continue
    const m = gazetteerAt(ctx, i)
    if (!m) continue
    const multi = m.length >= 2
    if (!multi && v.capLike(i)) continue // one capitalised word: the capitalised-run pass decides
    if (!multi && m.value.capitalised) continue
    const e = i + m.length
    // an unclaimed capitalised word right after the name, in the same sentence, may make it part of a longer name
    const capitalisedAfter = multi && e < v.length && v.capLike(e) && !claimed[e] && v.sentence(e) === v.sentence(i) && !v.breakBefore(e)
    // a multi-word place followed by more capitalised words is part of a longer name ("New York Knicks")
    if (capitalisedAfter && m.value.type === 'location' && v.isWord(e) && !gazetteerAt(ctx, e) && !isNeverName(ctx, e)) continue
    // ...and so is any multi-word known name before a capitalised head ("Manchester City Council", "Tottenham Hotspur Stadium")
    if (capitalisedAfter && (isOrgHead(ctx, e) || isLocationHead(ctx, e))) continue
    // ...and a known body's regional branch ("BBC One Wales", "Radio 4 Scotland"): the capitalised-run pass reads it whole
    if (capitalisedAfter && m.value.type === 'organization' && gazetteerAt(ctx, e)?.value.wide === true) continue
    // ...and one right after a known body is its regional branch ("BBC West Midlands"): the capitalised-run pass decides
    if (multi && m.value.type === 'location' && i > 0 && !claimed[i - 1] && v.capLike(i - 1) && !v.breakBefore(i) && gazetteerAt(ctx, i - 1, i)?.value.type === 'organization') continue
    if (!claim(claimed, i, e)) continue
    out.push({ s: i, e, source: 'gazetteer', gaz: m.value, forced: null, titled: false, innerRole: null, link: 0 })
    next = e
  }
}

/** Pass 3: named public bodies written in lower case. */
function lowercaseBodies(ctx: ExtractionContext, claimed: Uint8Array, out: Candidate[]): void {
  const v = ctx.view
  const rules = ctx.lex.lowercaseBodies
  const fr = ctx.lex.lang === 'fr'
  // tokens before `next` belong to the last body found
  let next = 0
  for (const i of ctx.passStarts.bodyHeads) {
    if (i < next || claimed[i] || !v.isWord(i) || v.capLike(i)) continue
    // "stade Alassane-Ouattara", "fondation Rosa Luxemburg": a lower-case head written before a name
    const headType = v.lexical(i).namedHead
    // "prendre la place de X", "à la place de X": the head is a common noun there
    const named = headType === 'location' && phraseEndingAt(ctx, ctx.lex.namedHeadBlockers, i + 1, Math.max(0, i - 3)) > 0 ? undefined : headType
    // "place du Plébiscite", "rue de Rivoli" (but "aéroport de Niamey" names Niamey)
    const link = named === 'location' ? phraseAt(ctx, ctx.lex.orgConnectors, i + 1) : null
    const first = link ? i + 1 + link.length : i + 1
    // (not a function word opening a sentence glued to it: "une école Près de 500 000 personnes")
    if (named && v.isWord(first) && v.capLike(first) && v.sentence(first) === v.sentence(i) && !gazetteerAt(ctx, first) && (v.is(first) & FUNCTION_WORD) === 0) {
      let e = first + 1
      while (e < v.length && v.isWord(e) && v.capLike(e) && v.sentence(e) === v.sentence(i) && !gazetteerAt(ctx, e)) e++
      if (claim(claimed, i, e)) {
        out.push({ s: i, e, source: 'body', gaz: null, forced: named, titled: false, innerRole: null, link: 0 })
        next = e
        continue
      }
    }
    const head = phraseAt(ctx, rules.heads, i)
    if (!head) continue
    let s = i
    let e = i + head.length
    if (fr) {
      // head + adjective(s) / nationality, or head + de + capitalised complement
      let named = false
      // "armée de l'air russe": a complement may come before the adjective
      if (ctx.forms[e] === 'de' || ctx.forms[e] === "d'") {
        const comp = phraseAt(ctx, rules.complements, e + 1)
        const after = comp ? e + 1 + comp.length : -1
        if (comp && v.isWord(after) && !v.capLike(after) && ((v.is(after) & BODY_ADJECTIVE) !== 0 || nationalityAt(ctx, after))) e = after
      }
      while (e < v.length && v.isWord(e) && !v.capLike(e) && ((v.is(e) & BODY_ADJECTIVE) !== 0 || nationalityAt(ctx, e))) {
        e++
        named = true
      }
      // "fédération nigériane de football"
      if (named && (ctx.forms[e] === 'de' || ctx.forms[e] === "d'")) {
        const comp = phraseAt(ctx, rules.complements, e + 1)
        if (comp) e += 1 + comp.length
      }
      {
        const conn = phraseAt(ctx, ctx.lex.orgConnectors, e)
        const c = conn ? e + conn.length : -1
        // "commission électorale de Guinée" names the country apart; "ministère britannique de la Défense" is one name
        const placeAfterAdjective = named && c > 0 && gazetteerAt(ctx, c)?.value.type === 'location'
        // "ministère de la justice": a ministry's remit, capitalised or not
        const remit = c > 0 && v.form(i) === 'ministère' && !v.capLike(c) ? phraseAt(ctx, ctx.lex.portfolios, c) : null
        if (remit) {
          e = c + remit.length
          // "ministère de l'économie et des finances": remits joined by "et"
          while (v.form(e) === 'et') {
            const more = phraseAt(ctx, ctx.lex.orgConnectors, e + 1)
            const nextRemit = more && !v.capLike(e + 1 + more.length) ? phraseAt(ctx, ctx.lex.portfolios, e + 1 + more.length) : null
            if (!more || !nextRemit) break
            e += 1 + more.length + nextRemit.length
          }
          named = true
        } else if (c > 0 && c < v.length && v.isWord(c) && v.capLike(c) && v.sentence(c) === v.sentence(i) && !placeAfterAdjective && (v.is(i) & HEAD_TAKING_COMPLEMENT) !== 0 && !isNeverName(ctx, c)) {
          e = complementEnd(ctx, c)
          // "ministère de l'Économie et des Finances"
          while (e + 1 < v.length && v.form(e) === 'et') {
            const more = phraseAt(ctx, ctx.lex.orgConnectors, e + 1)
            const c2 = more ? e + 1 + more.length : -1
            if (c2 > 0 && c2 < v.length && v.capLike(c2)) e = complementEnd(ctx, c2)
            else break
          }
          named = true
        }
      }
      if (!named) continue
    } else {
      // (Nationality) (portfolio | adjective)* head: "Syrian army", "defence ministry", "electoral commission"
      const headForm = ctx.forms.slice(i, i + head.length).join(' ')
      let k = i - 1
      let modifiers = 0
      while (k >= 0 && v.isWord(k) && !v.capLike(k) && (v.is(k) & (BODY_ADJECTIVE | PORTFOLIO_WORD)) !== 0) {
        k--
        modifiers++
      }
      let nationality = false
      // "Syrian army", and a country written as its adjective: "UK government", "Kenya police"
      const known = k >= 0 && v.capLike(k) && !claimed[k] ? gazetteerAt(ctx, k, k + 1)?.value : undefined
      const country = known?.wide === true && known.type === 'location'
      if (k >= 0 && (nationalityAt(ctx, k) || country) && !claimed[k]) {
        nationality = true
        k--
      }
      s = k + 1
      if (rules.needsNationality.has(headForm) ? !nationality : !nationality && modifiers === 0) continue
      if (s === i && !nationality && modifiers === 0) continue
    }
    if (!claim(claimed, s, e)) continue
    out.push({ s, e, source: 'body', gaz: null, forced: 'organization', titled: false, innerRole: null, link: 0 })
    next = e
  }
}

/** End of a capitalised complement: capitalised words and the lower-case words of a portfolio ("Affaires étrangères"). */
function complementEnd(ctx: ExtractionContext, c: number): number {
  const v = ctx.view
  const p = phraseAt(ctx, ctx.lex.portfolios, c)
  let e = p ? c + p.length : c
  while (e < v.length && v.isWord(e) && v.capLike(e) && v.sentence(e) === v.sentence(c)) e++
  return Math.max(e, c + 1)
}

/** Pass 4: runs of capitalised words, then cleaned and split into candidates. */
function capitalisedRuns(ctx: ExtractionContext, claimed: Uint8Array, out: Candidate[]): void {
  const v = ctx.view
  const n = v.length
  // tokens before `next` belong to the last run read
  let next = 0
  for (const i of ctx.passStarts.capitalised) {
    if (i < next || claimed[i] || !v.isWord(i) || !v.capLike(i)) continue
    let j = i + 1
    // in a headline every word is capitalised: words stand alone and need the body to confirm them
    while (j < n && !v.titleLine(i)) {
      const token = j
      if (claimed[j] || v.breakBefore(token) || v.sentence(token) !== v.sentence(i)) break
      if (v.isWord(token) && v.capLike(token)) {
        // "BBC News Mundo Lorsque Sophie Wheldon": a capitalised conjunction inside a run opens a sentence whose full stop is missing
        if ((v.is(token) & SENTENCE_OPENER) !== 0) break
        j++
        continue
      }
      // initials: "George W. Bush"
      if (v.text(token) === '.' && v.text(j - 1).length === 1 && v.capLike(j - 1) && v.capLike(j + 1) && !claimed[j + 1] && v.sentence(j + 1) === v.sentence(i)) {
        j++
        continue
      }
      if (v.text(token) === '&' && v.capLike(j + 1) && !claimed[j + 1]) {
        j += 2
        continue
      }
      // "King's College", "Teachers' Association", "King's Lynn": a possessive inside a body's or a place's name
      if ((v.form(token) === "'s" || v.text(token) === "'") && v.start(token) === v.end(j - 1) && v.capLike(j + 1) && !claimed[j + 1] && (isOrgHead(ctx, j + 1) || isOrgHead(ctx, j + 2) || ctx.lex.possessiveNameOwners.has(ctx.forms[j - 1]!)) && !gazetteerAt(ctx, j - 1, j)) {
        j += 2
        continue
      }
      const c = connectorLength(ctx, j)
      if (c > 0 && j + c < n && v.capLike(j + c) && !claimed[j + c] && v.sentence(j + c) === v.sentence(i) && !v.breakBefore(j + c)) {
        j += c + 1
        continue
      }
      break
    }
    // "syndrome d'Asperger", "maladie de Parkinson", "combine à la Ponzi": an eponym, not an entity
    if (followsEponymHead(ctx, i)) {
      next = j
      continue
    }
    // "the Warm Home Discount scheme", "Asperger's syndrome": a scheme, a law, an event or an eponym, not an entity
    const eponym = ctx.forms[j] === "'s" && v.start(j) === v.end(j - 1) && ctx.lex.eponymHeads.has(ctx.forms[j + 1] ?? '')
    // ...unless the follower is a verb: "figures from the RAC show a rise", "the Tories plan to cut"
    const afterFollower = j + 1
    const verbFollower = !v.capLike(afterFollower) && ((v.is(afterFollower) & FUNCTION_WORD) !== 0 || /^\d/.test(v.text(afterFollower)))
    if (j < n && (eponym || (wordIs(ctx, j, NON_NAME_FOLLOWER) && !verbFollower)) && !gazetteerAt(ctx, i)) {
      let from = i
      while (from < j - 1 && (v.is(from) & FUNCTION_WORD) !== 0) from++
      ctx.nonNames.add(ctx.forms.slice(from, j).join(' '))
      next = j
      continue
    }
    // "Conservative party": an English name closed by a lower-case head
    if (j < n && !claimed[j] && wordIs(ctx, j, TRAILING_LOWERCASE_HEAD) && v.sentence(j) === v.sentence(i)) j++
    // "Parti communiste", "Fonds monétaire international": a French body's name goes on with adjectives
    if (ctx.lex.adjectiveEndings.length > 0 && (ctx.lex.ownOrgHeads.has(ctx.forms[j - 1]!) || ctx.lex.ownOrgHeads.has(ctx.forms[i]!))) {
      j = frenchBodyEnd(ctx, claimed, j, v.sentence(i), out)
    }
    // "au journal L'Humanité": a capitalised article mid-sentence belongs to the name
    const article = i > 0 && !claimed[i - 1] && v.text(i - 1) === "L'" && !v.initial(i - 1) ? i - 1 : i
    refineRun(ctx, article, j, out)
    next = j
  }
}

/** The capitalised word at i completes an eponym head: "syndrome d'Asperger", "maladie de Parkinson", "combine à la Ponzi". */
function followsEponymHead(ctx: ExtractionContext, i: number): boolean {
  if (ctx.lex.eponymHeads.size === 0) return false
  const f = ctx.forms
  let k = i - 1
  if (f[k] === 'de' || f[k] === "d'" || f[k] === 'du') k--
  else if (f[k] === 'la' && f[k - 1] === 'à') k -= 2
  else return false
  // a known place stays one ("le système de santé de Paris" is cut by its lower-case words, "le test de Paris" not)
  return k >= 0 && ctx.lex.eponymHeads.has(f[k]!) && gazetteerAt(ctx, i)?.value.type !== 'location'
}

/**
 * A French body's name goes on in lower case: adjectives ("Parti communiste") and up to two
 * complements ("Service d'information du gouvernement", "Organisation mondiale de la santé").
 */
function frenchBodyEnd(ctx: ExtractionContext, claimed: Uint8Array, j: number, sentence: number, out: Candidate[]): number {
  const v = ctx.view
  const n = v.length
  while (isLowerWordOf(v, claimed, j, sentence) && isAdjectiveLike(ctx, j)) j++
  for (let group = 0; group < 3; group++) {
    const conn = phraseAt(ctx, ctx.lex.orgConnectors, j)
    if (!conn) break
    const w = j + conn.length
    const f = ctx.forms[w]
    // "Banque centrale du Nigeria": a country or a city after "de" closes the body's name
    const place = PLACE_LINKS.has(ctx.forms[j]!) && w < n && v.capLike(w) && v.sentence(w) === sentence ? gazetteerAt(ctx, w) : null
    if (place && place.value.type === 'location') {
      if (!claimed[w]) return w + place.length
      // a place of several words is already a candidate of its own ("Parti démocratique de Côte d'Ivoire"): the body takes it
      // (a rare case, so a scan of the candidates is cheap)
      const own = out.findIndex((c) => c.s === w && c.e === w + place.length && c.source === 'gazetteer')
      if (own >= 0) {
        out.splice(own, 1)
        return w + place.length
      }
    }
    // "Eglise chrétienne des Lumières": a plural article with capitalised words is part of the name
    if (ctx.forms[j] === 'des' && w === j + 1 && w < n && !claimed[w] && v.capLike(w) && !v.allCaps(w) && v.sentence(w) === sentence && !isFirstName(ctx, w) && !gazetteerAt(ctx, w)) {
      let end = w + 1
      while (end < n && !claimed[end] && v.isWord(end) && v.capLike(end) && v.sentence(end) === sentence && !v.breakBefore(end)) end++
      return end
    }
    if (!isLowerWordOf(v, claimed, w, sentence) || f === undefined || f.length < 4 || (v.is(w) & (FUNCTION_WORD | MONTH | WEEKDAY)) !== 0) break
    let end = w + 1
    while (isLowerWordOf(v, claimed, end, sentence) && isAdjectiveLike(ctx, end)) end++
    // a third complement only when the body's acronym follows: "Groupe d'experts intergouvernemental sur l'évolution du climat (GIEC)"
    if (group === 2 && v.text(end) !== '(') break
    j = end
  }
  return j
}

const NAME_PARTICIPLE = /^\p{Lu}[\p{L}'’]*-\p{Ll}+(?:ed|ing|é|ée|és|ées)$/u

const MID_RUN_ARTICLES = new Set(['le', 'la', 'les', "l'", 'the'])

const PLACE_LINKS = new Set(['de', 'du', "d'", 'des'])

/** An unclaimed lower-case word of the sentence, on the same line. */
function isLowerWordOf(v: TokenView, claimed: Uint8Array, k: number, sentence: number): boolean {
  return k < v.length && !claimed[k] && v.isWord(k) && !v.capLike(k) && v.sentence(k) === sentence && !v.breakBefore(k)
}

function isAdjectiveLike(ctx: ExtractionContext, k: number): boolean {
  if (ctx.view.form(k).length < 4 || (ctx.view.is(k) & FUNCTION_WORD) !== 0) return false
  if ((ctx.view.is(k) & BODY_ADJECTIVE) !== 0 || nationalityAt(ctx, k)) return true
  return ctx.lex.adjectiveEndings.some((end) => ctx.view.form(k).endsWith(end))
}

function connectorLength(ctx: ExtractionContext, j: number): number {
  if (!ctx.view.isWord(j) || ctx.view.capLike(j)) return 0
  // "van der", "bin al": particles chain ("de la" stays a connector of its own)
  if ((ctx.view.is(j) & NAME_PARTICLE) !== 0) {
    const next = j + 1
    const chained = (ctx.view.is(j) & CONNECTOR_NEEDING_FIRST_NAME) === 0 && (ctx.view.is(next) & NAME_PARTICLE) !== 0 && !ctx.view.capLike(next)
    return chained ? 2 : 1
  }
  const m = phraseAt(ctx, ctx.lex.orgConnectors, j)
  return m ? m.length : 0
}

/** A lower-case joining word of a run ("de", "al", "of", "'s"), not an adjective that ends a French body's name. */
function isConnectorToken(ctx: ExtractionContext, k: number): boolean {
  if (ctx.view.capLike(k) || ctx.view.text(k) === '.') return false
  return !ctx.view.isWord(k) || (ctx.view.is(k) & (NAME_PARTICLE | FUNCTION_WORD)) !== 0 || (ctx.view.starts(k) & ctx.lex.orgConnectors.flag) !== 0 || ctx.view.form(k) === "'s"
}

/** A portfolio opening the run s..e right after a title and its preposition ("Minister for | Climate Change Jane Doe"), with a name after it. */
function remitAfterTitle(ctx: ExtractionContext, s: number, e: number): { length: number; roleStart: number } | null {
  const preposition = phraseEndingAt(ctx, ctx.lex.rolePrepositions, s, Math.max(0, s - 2))
  if (preposition === 0) return null
  const title = phraseEndingAt(ctx, ctx.lex.titles, s - preposition, Math.max(0, s - preposition - 4))
  if (title === 0) return null
  const remit = phraseAt(ctx, ctx.lex.portfolios, s, e)
  const name = s + (remit?.length ?? 0)
  if (!remit || name >= e || !ctx.view.capLike(name) || hasHead(ctx, name, e)) return null
  // a person's name after the remit: a first name, or two words or more that are no adjective ("Territoriale") nor title
  if (!isFirstName(ctx, name) && (e - name < 2 || ctx.lex.adjectiveEndings.some((ending) => ctx.forms[name]!.endsWith(ending)))) return null
  for (let k = name; k < e; k++) if (titleAt(ctx, k, e) > 0) return null
  let roleStart = s - preposition - title
  while (roleStart > 0 && (ctx.view.is(roleStart - 1) & ROLE_MODIFIER) !== 0 && ctx.view.capLike(roleStart - 1)) roleStart--
  return { length: remit.length, roleStart }
}

/** Cleans a capitalised run and splits it where a title, a stray connector or a known name boundary falls. */
function refineRun(ctx: ExtractionContext, s: number, e: number, out: Candidate[]): void {
  const v = ctx.view
  // a whole known name wins ("Le Caire", "The Guardian", "Banque de France")
  const whole = gazetteerExact(ctx, s, e)
  if (whole) {
    out.push({ s, e, source: 'gazetteer', gaz: whole, forced: null, titled: false, innerRole: null, link: 0 })
    return
  }
  // "L'Humanité", "L'Express": keep the article with the name (not before a body's head, a known name or an
  // acronym: "L'Association internationale du ...", "L'Ouganda", "L'EI")
  if (v.text(s) === "L'" && !v.initial(s) && s + 1 < e && !isOrgHead(ctx, s + 1) && !v.allCaps(s + 1) && !gazetteerExact(ctx, s + 1, e)) {
    out.push({ s, e, source: 'span', gaz: null, forced: null, titled: false, innerRole: null, link: 0 })
    return
  }
  // "Prime Minister's Questions": what a title owns is no person
  if (s >= 2 && ctx.forms[s - 1] === "'s" && titleAt(ctx, s - 2, s - 1) > 0) return
  if (isEventRun(ctx, s, e)) return
  // "A&E", "R&D": abbreviations of common nouns
  if (e - s === 3 && v.text(s + 1) === '&' && ctx.lex.nonEntities.has(ctx.forms[s]! + '&' + ctx.forms[s + 2]!)) return
  // leading words that are never names: sentence-initial function words, months, honorifics, nationalities
  let titled = false
  const head = hasHead(ctx, s, e)
  // "King's Lynn", "Bishop's Stortford": the title owns the name, and stays in it
  const ownedByTitle = ctx.forms[s + 1] === "'s" && s + 2 < e && ctx.lex.possessiveNameOwners.has(ctx.forms[s]!)
  while (s < e && !ownedByTitle) {
    // "Welsh Liberal Democrats", "Scottish Conservatives": a nationality before a known body belongs to its name
    const body = nationalityAt(ctx, s) ? gazetteerExact(ctx, s + 1, e) : null
    if (body?.type === 'organization') {
      out.push({ s, e, source: 'gazetteer', gaz: body, forced: null, titled: false, innerRole: null, link: 0 })
      return
    }
    if (!head && nationalityAt(ctx, s) && !gazetteerAt(ctx, s) && !nationalityNamingAfterTitle(ctx, s, e)) {
      s++
      continue
    }
    if (isHonorific(ctx, s)) {
      // "Mr Justice Steyn", "Lord Justice Lewis": an honorific opening a longer title stays in the role
      if (titleAt(ctx, s, e) > 1) break
      titled = true
      s++
      if (s < e && v.text(s) === '.') s++
      continue
    }
    if (isNeverName(ctx, s) || isConnectorToken(ctx, s)) {
      // "Sunday Times", "Premier League": a date word or adjective naming a body
      if (e - s >= 2 && isOrgHead(ctx, e - 1) && (v.is(s) & (WEEKDAY | MONTH)) !== 0) break
      s++
      continue
    }
    // a capitalised sentence start that the text also writes in lower case is a common word, and so are titles ("Analysts")
    // ...but not the modifier of a two-word body ("World Athletics")
    const modifiesHead = (e - s === 2 || !isPluralTitle(ctx, s)) && isOrgHead(ctx, e - 1) && e - s >= 2
    if (v.initial(s) && !modifiesHead && (seenInLowerCase(ctx, s) || isPluralTitle(ctx, s)) && !gazetteerAt(ctx, s) && !isFirstName(ctx, s)) {
      s++
      continue
    }
    // "Teenager Sania Mirza", "Liberal Democrat Alan Beith", "Republican Brian Kemp", "Anti-abortion Republican X": an
    // everyday word or a role's modifier before a first name and a surname (not in a body or a place named after
    // someone: "Queen Elizabeth Hospital", "Royal Albert Hall")
    if ((isCommonWord(ctx, s) || (v.is(s) & ROLE_MODIFIER) !== 0 || everydayCompound(ctx, s)) && !gazetteerAt(ctx, s) && firstNameBeforeSurname(ctx, s + 1, e) && !hasHead(ctx, s, e)) {
      s++
      continue
    }
    break
  }
  while (e > s && ((v.capLike(e - 1) && isNeverName(ctx, e - 1)) || isConnectorToken(ctx, e - 1))) {
    // "Victor Emmanuel III", "Charles III": a regnal number after a first name stays
    if (e - s >= 2 && /^[IVX]+$/.test(v.text(e - 1)) && (isFirstName(ctx, s) || isFirstName(ctx, e - 2))) break
    // "the Deputy Prime Minister": a title word never named alone still ends the title
    if (e - s >= 2 && phraseEndingAt(ctx, ctx.lex.titles, e, s) > 1) break
    e--
  }
  if (s >= e) return
  // "Depuis la Seconde Guerre mondiale": an event, ending on its head, once the words before it are gone
  if (isEventHead(v, e - 1) && isEventRun(ctx, s, e)) return
  // "Minister for Health Jane Doe": the remit after a title and its preposition belongs to the title
  const remit = remitAfterTitle(ctx, s, e)
  if (remit) {
    pushName(ctx, s + remit.length, e, true, ctx.text.slice(v.start(remit.roleStart), v.end(s + remit.length - 1)), out)
    return
  }
  const known = gazetteerExact(ctx, s, e)
  if (known) {
    out.push({ s, e, source: 'gazetteer', gaz: known, forced: null, titled, innerRole: null, link: 0 })
    return
  }
  // "A New Britain", "Building a New Scotland": "a New" before a country is a slogan about the country (but "in New England")
  if (e - s === 2 && ctx.forms[s] === 'new' && s > 0 && ctx.forms[s - 1] === 'a') {
    const country = gazetteerExact(ctx, s + 1, e)
    if (country && country.type === 'location' && country.wide) {
      out.push({ s: s + 1, e, source: 'gazetteer', gaz: country, forced: null, titled, innerRole: null, link: 0 })
      return
    }
  }

  // a title inside the run: "President Joe Biden", "UN Secretary-General António Guterres"
  const split = ownedByTitle ? null : titleSplit(ctx, s, e)
  if (split) {
    if (split.roleStart > s) refineRun(ctx, s, split.roleStart, out)
    for (const [a, b] of split.namedModifiers ?? []) refineRun(ctx, a, b, out)
    if (split.body) refineRun(ctx, split.nameStart, e, out)
    else {
      // "Member of the Senedd Natasha Asghar": a known body as the title's complement is named too
      if (split.knownComplement !== undefined) refineRun(ctx, split.knownComplement, split.nameStart, out)
      if (split.nameStart < e) pushName(ctx, split.nameStart, e, true, ctx.text.slice(v.start(split.roleStart), v.end(split.nameStart - 1)), out)
    }
    return
  }

  // a capitalised article mid-run opens a new phrase when a nationality, a title, a common word or a known name
  // follows, or when a known name ends before it: "... de Kipchoge Le Kényan Kipchoge remporte", "au Kenya
  // L'Association internationale", "Riyad Mahrez L'Algérie" (headlines run together), but "Marine Le Pen"
  for (let k = s + 1; k < e - 1; k++) {
    if (!MID_RUN_ARTICLES.has(ctx.forms[k]!) || !v.capLike(k)) continue
    if (!nationalityAt(ctx, k + 1) && !titleAt(ctx, k + 1, e) && !seenInLowerCase(ctx, k + 1) && !gazetteerExact(ctx, s, k) && !gazetteerAt(ctx, k + 1)) continue
    refineRun(ctx, s, k, out)
    refineRun(ctx, k, e, out)
    return
  }

  // a word with digits inside a run joins headline fragments, it is no part of a name: "X Æ A-12 Musk"
  for (let k = s + 1; k < e - 1; k++) {
    if (!/\d/.test(v.text(k))) continue
    refineRun(ctx, s, k, out)
    refineRun(ctx, k + 1, e, out)
    return
  }

  // words before a first name inside a run are not part of the name: "Families Margaret Hodge"
  for (let k = s + 1; k < e - 1; k++) {
    if (!isFirstName(ctx, k) || isFirstName(ctx, k - 1) || !v.capLike(k - 1) || hasHead(ctx, k, e)) continue
    // a body then a person: "UK Steel Gareth Stace"
    const bodyBefore = hasHead(ctx, s, k)
    // only common words stand before it ("Families", "Organisers"), not a name of its own ("Abdel Fattah")
    // ("Year" in "Hurler of the Year Austin Gleeson": an event head ends a title, not a name)
    if (!bodyBefore && gazetteerAt(ctx, s) === null && !allCommonWords(ctx, s, k, FUNCTION_WORD | EVENT_HEAD)) continue
    // "BBC Mundo José Toro Hardy": a known name then a person; "Abu Dhabi" stays whole
    const known = gazetteerAt(ctx, s, e)
    if (!bodyBefore && known && s + known.length !== k && !allCommonWords(ctx, s + known.length, k, 0)) continue
    if ((v.is(k - 1) & NAME_PARTICLE) !== 0) continue
    refineRun(ctx, s, k, out)
    refineRun(ctx, k, e, out)
    return
  }

  // leading nationality adjectives: "Syrian Kurds", "Russian" (not "Russian Defence Ministry")
  if (!hasHead(ctx, s, e)) {
    while (s < e && nationalityAt(ctx, s) && gazetteerExact(ctx, s + 1, e)?.type !== 'organization' && !nationalityNamingAfterTitle(ctx, s, e)) s++
    if (s >= e) return
  }
  pushName(ctx, s, e, titled, null, out)
}

/**
 * "Economy minister German Gref": English writes a nationality before the title ("the Russian
 * minister"), so a capitalised one between a lower-case title and a lone surname is a first name
 * (but "champion Briton Hayley Yelling", "manager British Wheelchair Basketball" are not).
 */
function nationalityNamingAfterTitle(ctx: ExtractionContext, s: number, e: number): boolean {
  if (ctx.lex.lang !== 'en' || s === 0 || e - s !== 2 || isFirstName(ctx, s + 1)) return false
  const prev = s - 1
  return ctx.view.isWord(prev) && !ctx.view.capLike(prev) && phraseEndingAt(ctx, ctx.lex.titles, s, Math.max(0, s - 3)) > 0
}

/** Events, laws and works are not entities of ours ("World Chess Championship", "Coupe d'Afrique des nations"). */
function isEventRun(ctx: ExtractionContext, s: number, e: number): boolean {
  if (gazetteerExact(ctx, s, e)) return false
  // a first name and a surname that is also a head are a person: "Doris Day"
  if (e - s === 2 && isFirstName(ctx, s)) return false
  const v = ctx.view
  if (ctx.lex.lang === 'fr') return isEventHead(v, s) || (s + 1 < e && isEventHead(v, s + 1))
  if (isEventHead(v, e - 1)) return true
  // "Africa Cup of Nations": the head before the first connector
  for (let k = s + 1; k < e; k++) if (!v.capLike(k)) return isEventHead(v, k - 1) && !opensOnFirstName(ctx, s, k - 1)
  return false
}

/** "(The) Bill and Melinda Gates": the run's first name word is a first name, not a law. */
function opensOnFirstName(ctx: ExtractionContext, s: number, k: number): boolean {
  for (let w = s; w < k; w++) if (!isNeverName(ctx, w)) return false
  return isFirstName(ctx, k)
}

function isEventHead(v: TokenView, k: number): boolean {
  return (v.is(k) & EVENT_HEAD_OR_PLURAL) !== 0
}

function hasHead(ctx: ExtractionContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isOrgHead(ctx, k) || isLocationHead(ctx, k)) return true
  return false
}

interface TitleSplit {
  /** first token of the title block, modifiers included */
  roleStart: number
  /** the title's modifiers that are names themselves ("UN", "Labour" in "Labour MP"): mentions too */
  namedModifiers?: [number, number][]
  /** first token of the name after the title block */
  nameStart: number
  /** what follows the title is a body or a place, not the titled person */
  body?: boolean
  /** first token of a known body that is the title's complement, before the name ("Member of the | Senedd | Natasha Asghar") */
  knownComplement?: number
}

/** Words that can stand before a title head inside a capitalised run ("Foreign", "Russian", "UN"). */
function isRoleModifier(ctx: ExtractionContext, k: number): boolean {
  return (ctx.view.is(k) & ROLE_MODIFIER) !== 0 || (ctx.view.starts(k) & ctx.lex.portfolios.flag) !== 0 || nationalityAt(ctx, k) !== undefined || (ctx.view.allCaps(k) && gazetteerAt(ctx, k) !== null)
}

function titleSplit(ctx: ExtractionContext, s: number, e: number): TitleSplit | null {
  const v = ctx.view
  for (let k = s; k < e; k++) {
    const len = titleAt(ctx, k, e)
    if (len === 0) continue
    // "Cheikh Diba": a title that is also a first name starts a name
    if (len === 1 && isFirstName(ctx, k) && k + 1 < e) continue
    // "Aaron Judge", "John Major", "Michael Mann and Graham King": a title word ending a run right after a first name is a surname
    if (len === 1 && k > s && k + 1 === e && isFirstName(ctx, k - 1) && (k - 1 === s || !v.capLike(k - 2)) && !gazetteerAt(ctx, k - 1)) return null
    // "head of": a title written with its preposition reads its complement as the others do after theirs
    let nameStart = len > 1 && (v.is(k + len - 1) & ROLE_PREPOSITION_WORD) !== 0 ? k + len - 1 : k + len
    let knownComplement: number | undefined
    // title complements: "Secretary of State", "Minister for Health", more title words
    for (;;) {
      const more = nameStart < e ? titleAt(ctx, nameStart, e) : 0
      if (more > 0) {
        nameStart += more
        continue
      }
      if (nameStart < e && !v.capLike(nameStart) && nameStart + 1 < e && startsPhrase(ctx, ctx.lex.portfolios, nameStart + 1)) {
        const p = phraseAt(ctx, ctx.lex.portfolios, nameStart + 1, e)
        if (!p && (v.is(nameStart + 1) & FUNCTION_WORD) !== 0) {
          const complement = nameStart + 2
          const holder = hasHead(ctx, complement, e) ? -1 : complementHolder(ctx, complement, e)
          if (holder < 0) return complementAlone(ctx, k, nameStart, e)
          if (gazetteerExact(ctx, complement, holder)) knownComplement = complement
          nameStart = holder
          break
        }
        nameStart += 1 + (p ? p.length : 1)
        continue
      }
      break
    }
    // what follows must look like a name, not an organization ("General Assembly") or a place
    // ("High Sheriff", "UN High Commissioner for Refugees": the title's modifiers go with it)
    if (nameStart >= e) return { ...titleBlock(ctx, s, k), nameStart: e }
    // "Secrétaire général des Nations unies", "Commissioner for Gwent": the title's complement, no person;
    // "Director of Policy", "Head of Orchestras and Choirs": everyday words, which name nothing
    if (!v.capLike(nameStart)) return namesNothing(ctx, nameStart + 1, e) ? { ...titleBlock(ctx, s, k), nameStart: e } : { ...titleBlock(ctx, s, k), nameStart, body: true }
    if (hasHead(ctx, nameStart, e) || gazetteerExact(ctx, nameStart, e)?.type === 'location') {
      // "General Assembly", "General Court": the title word is part of the body's name
      if (k === s && nameStart === s + len && len === 1) return null
      // "Directeur du Centre des Études Sécuritaires": the title goes, the body stays
      if (k === s) return { roleStart: s, nameStart, body: true }
      continue
    }
    const block = titleBlock(ctx, s, k)
    // a head before the title names a body, then comes the person: "Reuters Institute Director X", "Finance Minister X" (a portfolio word is no head there)
    if (hasHead(ctx, s, block.roleStart) && !titleAt(ctx, s, e)) return { roleStart: block.roleStart, nameStart, knownComplement }
    return { ...block, nameStart, knownComplement }
  }
  return null
}

/** The title at k with the modifiers before it ("Deputy", "Foreign", "UN"), and those of them that are names themselves. */
function titleBlock(ctx: ExtractionContext, s: number, k: number): { roleStart: number; namedModifiers: [number, number][] } {
  let roleStart = k
  while (roleStart > s && isRoleModifier(ctx, roleStart - 1)) roleStart--
  const namedModifiers: [number, number][] = []
  for (let m = roleStart; m < k; m++) {
    const known = gazetteerAt(ctx, m, k)
    if (!known) continue
    namedModifiers.push([m, m + known.length])
    m += known.length - 1
  }
  return { roleStart, namedModifiers }
}

/**
 * A title, its preposition and an article opening no known remit: what follows is the title's
 * complement ("Chancellor of the Exchequer", "Leader of the Opposition"), up to the first name of
 * its holder when one follows: "Chancellor of the Exchequer Gordon Brown". The holder's first
 * token, or -1 (a complement with a head is a body, read on its own).
 */
function complementHolder(ctx: ExtractionContext, complement: number, e: number): number {
  for (let m = complement + 1; m < e - 1; m++) if (isFirstName(ctx, m) && allCapitalised(ctx, complement, m)) return m
  return -1
}

/**
 * A title's complement read as a body ("Governor of the Central Bank", "Chairman of the Audit
 * Committee Peter Ainsworth": the body, then the person), unless everyday words with no head name
 * nothing ("Queen of the Jungle", "Commissioner for the Internal Market").
 */
function complementAlone(ctx: ExtractionContext, title: number, preposition: number, e: number): TitleSplit {
  return namesNothing(ctx, preposition + 2, e) ? { roleStart: title, nameStart: e } : { roleStart: title, nameStart: preposition, body: true }
}

/** Tokens [s, e) are everyday words with no head and no known name: a title's complement that names nothing. */
function namesNothing(ctx: ExtractionContext, s: number, e: number): boolean {
  if (gazetteerAt(ctx, s, e) || hasHead(ctx, s, e)) return false
  for (let m = s; m < e; m++) if (!isCommonWord(ctx, m) && !seenInLowerCase(ctx, m) && (ctx.view.is(m) & FUNCTION_WORD) === 0) return false
  return true
}

/** Emits a name run, splitting it at connectors nothing justifies ("Russie de Vladimir Poutine"). */
function pushName(ctx: ExtractionContext, s: number, e: number, titled: boolean, innerRole: string | null, out: Candidate[]): void {
  const v = ctx.view
  while (s < e && !v.capLike(s)) s++
  while (e > s && !v.capLike(e - 1) && isConnectorToken(ctx, e - 1)) e--
  // an initial's period with no name after it ("groupe F. L'attaquant")
  while (e > s + 1 && v.text(e - 1) === '.') e--
  if (s >= e) return
  // "Darfour du Nord", "Kordofan du Sud": a known place's part named by its compass point is a place
  if (e - s === 3 && ctx.forms[s + 1] === 'du' && ctx.lex.compassPoints.has(ctx.forms[s + 2]!) && gazetteerExact(ctx, s, s + 1)?.type === 'location') {
    out.push({ s, e, source: 'span', gaz: null, forced: 'location', titled: false, innerRole: null, link: 0 })
    return
  }
  for (let k = s + 1; k < e - 1; k++) {
    const token = k
    if (v.capLike(token) || v.text(token) === '.' || v.text(token) === '&') continue
    let c = k
    while (c < e && !v.capLike(c)) c++
    if (!connectorJustified(ctx, s, k, c, e)) {
      pushName(ctx, s, k, titled, innerRole, out)
      refineRun(ctx, c, e, out)
      return
    }
    k = c
  }
  // portfolio words alone ("Défense", "Affaires étrangères") name a ministry's remit, not an entity
  const p = phraseAt(ctx, ctx.lex.portfolios, s, e)
  if (p && p.length === e - s) return
  const gaz = gazetteerExact(ctx, s, e)
  if (!gaz && e - s === 1 && isPluralGroup(ctx, s)) return
  // "Oscar-winning", "Kremlin-backed": a name joined to a participle is an adjective
  if (!gaz && e - s === 1 && NAME_PARTICIPLE.test(v.text(s))) return
  // "East African", "West African": an adjective, even with a capital
  if (!gaz && e - s >= 2 && nationalityAt(ctx, e - 1) && !hasHead(ctx, s, e)) return
  // "SNP Westminster": known names side by side
  if (!gaz && e - s >= 2) {
    const pieces: [number, number][] = []
    for (let k = s; k < e; ) {
      const m = gazetteerAt(ctx, k, e)
      if (!m) break
      pieces.push([k, k + m.length])
      k += m.length
    }
    const firstPiece = pieces[0] ? gazetteerExact(ctx, pieces[0][0], pieces[0][1]) : null
    const regional = pieces.length === 2 && firstPiece?.type === 'organization' && gazetteerExact(ctx, pieces[1]![0], pieces[1]![1])?.wide === true
    // "Texas Rangers", "Glasgow Rangers": a city or a region (no country) before a club's plural name is the club's full name
    const lastPiece = pieces.length === 2 && pieces[1]![1] === e && e - pieces[1]![0] === 1 ? gazetteerExact(ctx, e - 1, e) : null
    if (firstPiece?.type === 'location' && !firstPiece.group.startsWith('country:') && lastPiece?.type === 'organization' && !v.allCaps(e - 1) && ctx.forms[e - 1]!.endsWith('s')) {
      out.push({ s, e, source: 'span', gaz: null, forced: 'organization', titled: false, innerRole: null, link: 0 })
      return
    }
    if (regional) {
      // "BBC Scotland", "Reuters Africa": a body's regional branch is one name
      out.push({ s, e, source: 'span', gaz: null, forced: 'organization', titled: false, innerRole: null, link: 0 })
      return
    }
    if (pieces.length >= 2 && pieces[pieces.length - 1]![1] === e) {
      for (const [a, b] of pieces) out.push({ s: a, e: b, source: 'gazetteer', gaz: gazetteerExact(ctx, a, b), forced: null, titled: false, innerRole: null, link: 0 })
      return
    }
    // "BBC Mundo Philip Brenner", "gouverneur de Kinshasa Gentiny Ngobila": a known body or place (maybe with a
    // word of its own), then a person's first name and surname
    const known = pieces.length === 1 ? gazetteerExact(ctx, pieces[0]![0], pieces[0]![1]) : null
    // (not "Nancy Jo Sales", "Liverpool John Moores University", nor a title after the body: "Labour MP Dennis Skinner")
    if (known && known.type !== 'person' && !isFirstName(ctx, s)) {
      let rest = pieces[0]![1]
      if (rest < e - 2 && !isFirstName(ctx, rest) && known.type === 'organization' && !isNeverName(ctx, rest) && !isHonorific(ctx, rest) && titleAt(ctx, rest, rest + 1) === 0) rest++
      if (e - rest >= 2 && isFirstName(ctx, rest) && allCapitalised(ctx, rest, e) && !gazetteerAt(ctx, rest, e) && !hasHead(ctx, rest, e)) {
        const whole = rest === pieces[0]![1]
        out.push({ s, e: rest, source: whole ? 'gazetteer' : 'span', gaz: whole ? known : null, forced: whole ? null : 'organization', titled: false, innerRole: null, link: 0 })
        pushName(ctx, rest, e, titled, innerRole, out)
        return
      }
    }
  }
  if (!gaz) {
    // a lone letter is a group, a grade or a unit ("groupe F", "F CFA"), no name
    if (e - s === 1 && (v.text(s).length === 1 || titleAt(ctx, s, e) || isNeverName(ctx, s) || isOrgHead(ctx, s) || isLocationHead(ctx, s) || (v.is(s) & NOT_ALONE) !== 0)) return
    // events, laws and works are not entities of ours ("World Chess Championship", "Coupe d'Afrique")
    const headIndex = ctx.lex.lang === 'fr' ? s : e - 1
    if ((v.is(headIndex) & EVENT_HEAD) !== 0 && !(e - s === 2 && isFirstName(ctx, s))) return
    // "Elon Musk Twitter", "David Beckham Qatar": a first name and a surname, then a known body or place, are two mentions
    if (e - s >= 3 && isFirstName(ctx, s) && !hasHead(ctx, s, e)) {
      for (let p = s + 2; p < e; p++) {
        const known = gazetteerExact(ctx, p, e)
        // (a surname that is also a place stays: "Mary Jo Jordan", "Lisa O. Monaco")
        if (!known || known.type === 'person' || (p === e - 1 && (isFirstName(ctx, p) || ctx.lex.placesAlsoFirstNames.has(ctx.forms[p]!) || v.text(p - 1) === '.'))) continue
        pushName(ctx, s, p, titled, innerRole, out)
        out.push({ s: p, e, source: 'gazetteer', gaz: known, forced: null, titled: false, innerRole: null, link: 0 })
        return
      }
    }
    // a known place at the edge of a run of unknown words is its own mention ("Isis Mozambique")
    // ...unless a title names the run a person ("Captain Jos Buttler": Jos is also a city) or the run is a title's body ("director of Freight Link Europe")
    if (e - s >= 2 && !isFirstName(ctx, s) && !hasHead(ctx, s, e) && !titled && !followsTitleOf(ctx, s)) {
      const last = gazetteerExact(ctx, e - 1, e)
      if (last?.type === 'location' && !gazetteerAt(ctx, s) && (v.is(s) & LOCATION_PREFIX) === 0) {
        pushName(ctx, s, e - 1, titled, innerRole, out)
        pushName(ctx, e - 1, e, false, null, out)
        return
      }
      // "Heaton-Harris DUP leader": an acronym closing a run of names is its own mention
      if (v.allCaps(e - 1) && !v.allCaps(s)) {
        pushName(ctx, s, e - 1, titled, innerRole, out)
        pushName(ctx, e - 1, e, false, null, out)
        return
      }
      const first = gazetteerAt(ctx, s, e)
      // ...but a common word after a place makes a company's name: "UK Coal", "Kenya Airways"
      const commonRest = first !== null && allCommonWords(ctx, s + first.length, e, 0)
      // (not "Victoria Baptiste", "Jordan Henderson": a place that is also a first name, then a surname; a plural
      // after it is a team or an event: "Denver Broncos", "Sydney Olympics")
      const surnameAfterFirstName =
        e - s === 2 && first !== null && first.length === 1 && ctx.lex.placesAlsoFirstNames.has(ctx.forms[s]!) && !ctx.forms[s + 1]!.endsWith('s') && !isEventHead(v, s + 1) && !gazetteerAt(ctx, s + 1)
      // (nor after a body's cue noun: "chip maker Texas Instruments", "shares in Texas Instruments")
      const cueBefore = phraseEndingAt(ctx, ctx.lex.orgCueNouns, s, Math.max(0, s - 3)) > 0
      if (first && first.value.type === 'location' && first.length < e - s && !commonRest && !surnameAfterFirstName && !cueBefore) {
        pushName(ctx, s, s + first.length, false, null, out)
        pushName(ctx, s + first.length, e, titled, innerRole, out)
        return
      }
    }
  }
  out.push({ s, e, source: 'span', gaz, forced: null, titled, innerRole, link: 0 })
  // an acronym written just after a name and an org head already linked by pass 1; nothing else here
}

/** Tokens a..b are capitalised words no list knows: no acronym, first name or known name. */
function unknownNameWords(ctx: ExtractionContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!unknownNameWord(ctx, k)) return false
  return true
}

/** Tokens a..b are capitalised everyday words ("Food", "Public", "Social Research"), no acronym, first name or known name. */
function everydayWords(ctx: ExtractionContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!unknownNameWord(ctx, k) || !(isCommonWord(ctx, k) || seenInLowerCase(ctx, k))) return false
  return true
}

function unknownNameWord(ctx: ExtractionContext, k: number): boolean {
  return !ctx.view.allCaps(k) && !isFirstName(ctx, k) && !gazetteerAt(ctx, k)
}

function allCapitalised(ctx: ExtractionContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!ctx.view.capLike(k)) return false
  return true
}

/** Whether every word of [a, b) is one the text also writes in lower case, or has one of the `orWords` bits. */
function allCommonWords(ctx: ExtractionContext, a: number, b: number, orWords: number): boolean {
  for (let k = a; k < b; k++) {
    if (!seenInLowerCase(ctx, k) && (ctx.view.is(k) & orWords) === 0) return false
  }
  return true
}

function isPluralTitle(ctx: ExtractionContext, s: number): boolean {
  return (ctx.view.is(s) & PLURAL_TITLE) !== 0
}

const PLURAL_DETERMINERS = new Set(['les', 'des', 'aux', 'ces', 'the'])

/** "les Soviétiques", "des Afro-Américains", "the Soviets": a people, not a place or a body. */
function isPluralGroup(ctx: ExtractionContext, s: number): boolean {
  const prev = ctx.forms[s - 1]
  const f = ctx.forms[s]!
  return prev !== undefined && PLURAL_DETERMINERS.has(prev) && /[sx]$/.test(f) && !ctx.view.allCaps(s)
}

const ROMANCE_PARTICLES = new Set(['da', 'do', 'dos', 'das', 'di', 'del', 'della'])
/** particles that are also articles: after a first name and a surname they open the next phrase ("remis à Jane Dieulafoy la Légion d'honneur"), unlike "de" or "y" ("Ortega y Gasset") */
const ARTICLE_PARTICLES = new Set(['la', 'le'])

/** A connector [k, c) inside a run [s, e) holds when a particle, an organization head or the gazetteer explains it. */
function connectorJustified(ctx: ExtractionContext, s: number, k: number, c: number, e: number): boolean {
  const f = ctx.forms[k]!
  if (gazetteerExact(ctx, s, e)) return true
  // al-, bin, ibn, van, von: always inside a person's name, alone or chained ("van der", "bin al")
  const is = ctx.view.is(k)
  let particles = true
  for (let p = k; p < c; p++) if ((ctx.view.is(p) & NAME_PARTICLE) === 0) particles = false
  if (particles && (is & CONNECTOR_NEEDING_FIRST_NAME) === 0 && c - k <= 2) return true
  const left = hasHead(ctx, s, k) || titleAt(ctx, s, k) > 0
  if ((is & CONNECTOR_NEEDING_FIRST_NAME) !== 0 && c === k + 1) {
    // "Charles de Gaulle", "Maria Felipa de Oliveira", "Mr Van de Vijver": a first name or a capitalised particle on the
    // left, no place on the right; after a first name and another word, one surname only: "Ibrahim Kamara de Plan
    // International" is a person and a body
    const oneSurname = c === e - 1 && !ctx.view.allCaps(c)
    const firstNames = isFirstName(ctx, s) && (k === s + 1 || (k === s + 2 && (isFirstName(ctx, s + 1) || (oneSurname && !ARTICLE_PARTICLES.has(f)))))
    if ((firstNames || (k === s + 1 && (ctx.view.is(s) & NAME_PARTICLE) !== 0)) && !gazetteerAt(ctx, c)) return true
  }
  if (f === 'and' || f === 'et') return andInsideBodyName(ctx, s, k, c, e)
  if (left) return true
  if ((f === "'s" || f === "'") && hasHead(ctx, c, e)) return true
  // Romance particles between unknown words: "Mocímboa da Praia", "Rio de Janeiro"
  return ROMANCE_PARTICLES.has(f) && c === k + 1 && !gazetteerAt(ctx, s) && !gazetteerAt(ctx, c) && !isFirstName(ctx, s)
}

const COMPLEMENT_LINKS = new Set(['of', 'for', 'de', 'pour'])

/**
 * "Organisation for Economic Cooperation and Development", "Department of Health and Social Care":
 * "and" inside a body's complement, when neither side is a known name ("Bank of England and Barclays");
 * "Food and Drug Administration": "and" between the words before a body's head, when the left side has none.
 */
function andInsideBodyName(ctx: ExtractionContext, s: number, k: number, c: number, e: number): boolean {
  // (everyday words on both sides: "Ford and General Motors", "EasyJet and British Airways" are two bodies)
  // ("Transport and General Workers' Union", "Arts and Humanities Research Council": the words after "and" may be any the lists do not know)
  if (isOrgHead(ctx, e - 1) && e - c >= 2 && e - c <= 4 && k - s <= 2 && !hasHead(ctx, s, k) && everydayWords(ctx, s, k) && unknownNameWords(ctx, c, e - 1)) return true
  // "Bill and Melinda Gates Foundation": a couple's first names before the surname they share and a body's head
  if (isOrgHead(ctx, e - 1) && k === s + 1 && e - c >= 3 && isFirstName(ctx, s) && !gazetteerAt(ctx, c) && !hasHead(ctx, c, e - 1)) return true
  if (e - c > 2 || isFirstName(ctx, c) || gazetteerAt(ctx, c) || gazetteerAt(ctx, k - 1, k)) return false
  for (let m = s + 1; m < k - 1; m++) {
    if (COMPLEMENT_LINKS.has(ctx.forms[m]!) && !ctx.view.capLike(m)) return hasHead(ctx, s, m)
  }
  return false
}

/** All candidates of a document, in text order. */
export function findCandidates(ctx: ExtractionContext): Candidate[] {
  const claimed = new Uint8Array(ctx.view.length)
  const out: Candidate[] = []
  acronymPairs(ctx, claimed, out)
  gazetteerNames(ctx, claimed, out)
  lowercaseBodies(ctx, claimed, out)
  capitalisedRuns(ctx, claimed, out)
  out.sort((a, b) => a.s - b.s)
  linkNicknames(ctx, out)
  return out
}

/**
 * "Mohamed Hamdan Dagalo, known as Hemedti", "Mohamed Hamdan Daglo, dit Hemedti": the name after a
 * nickname marker is another name of the entity named just before it, linked as an acronym is to its expansion.
 */
function linkNicknames(ctx: ExtractionContext, candidates: Candidate[]): void {
  let link = 0
  for (const c of candidates) link = Math.max(link, c.link)
  for (let i = 1; i < candidates.length; i++) {
    const before = candidates[i - 1]!
    const after = candidates[i]!
    // (a full name before it; after it no acronym nor a body's or a place's head, which would bring their evidence to a person)
    if (before.link !== 0 || after.link !== 0 || before.gaz !== null || after.gaz !== null || before.e - before.s < 2 || ctx.view.allCaps(after.s) || hasHead(ctx, after.s, after.e)) continue
    const marker = phraseEndingAt(ctx, ctx.lex.nicknameMarkers, after.s, before.e)
    // the marker right after the name, or after its comma
    const gap = after.s - marker - before.e
    if (marker === 0 || gap > 1 || (gap === 1 && ctx.forms[before.e] !== ',')) continue
    link++
    before.link = link
    after.link = link
  }
}

/** "Anti-abortion", "Pro-democracy": a hyphenated word ending on an everyday word. */
function everydayCompound(ctx: ExtractionContext, k: number): boolean {
  const f = ctx.forms[k]!
  const hyphen = f.lastIndexOf('-')
  return hyphen > 0 && ctx.lex.commonWords.has(f.slice(hyphen + 1)) && !isFirstName(ctx, k)
}

/** A known first name at k with a capitalised word after it, both inside the run: "Sania Mirza" in "Teenager Sania Mirza". */
function firstNameBeforeSurname(ctx: ExtractionContext, k: number, e: number): boolean {
  return k < e - 1 && isFirstName(ctx, k) && ctx.view.capLike(k + 1)
}
