/**
 * What the extractor reads around a token: the lexicon lookups shared by the candidate passes,
 * the role finder and the classifier.
 */
import type { EntityLexicon, GazetteerEntry } from './lexicon'
import type { PhraseMatch } from './phrases'
import type { EntityToken } from './view'

export interface ExtractionContext {
  lex: EntityLexicon
  view: EntityToken[]
  /** view[i].form, as a plain array for phrase lookups */
  forms: string[]
  text: string
  /** forms seen in lower case somewhere in the document: a capitalised sentence start with such a form is a common word */
  lowerForms: Set<string>
  /** acronyms the text expands into common words ("MGF" for "mutilations génitales féminines") */
  commonAcronyms: Set<string>
  /** names the text shows to be schemes or events ("Warm Home Discount scheme"), lower-cased */
  nonNames: Set<string>
  /** longest gazetteer match at each token, once computed (null: none) */
  gazetteerMemo: (PhraseMatch<GazetteerEntry> | null | undefined)[]
}

export function makeContext(lex: EntityLexicon, view: EntityToken[], text: string): ExtractionContext {
  const forms = view.map((t) => t.form)
  const lowerForms = new Set<string>()
  for (const t of view) if (t.isWord && !t.capLike) lowerForms.add(t.form)
  return { lex, view, forms, text, lowerForms, commonAcronyms: new Set(), nonNames: new Set(), gazetteerMemo: new Array(view.length) }
}

/** The longest gazetteer entry starting at i within its sentence, honouring the case of acronyms and capitalised forms. */
export function gazetteerAt(ctx: ExtractionContext, i: number, limit = ctx.view.length): PhraseMatch<GazetteerEntry> | null {
  const t = ctx.view[i]
  if (!t || !t.isWord || !ctx.lex.gazetteer.startsWith(ctx.forms[i]!)) return null
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
  const t = ctx.view[i]!
  return ctx.lex.gazetteer.longestAt(ctx.forms, i, limit, (entry, len) => {
    for (let k = i + 1; k < i + len; k++) {
      const u = ctx.view[k]!
      if (u.breakBefore || u.sentence !== t.sentence) return false
    }
    if (entry.exactCase) {
      let joined = ''
      for (let k = i; k < i + len; k++) joined += ctx.view[k]!.text
      const form = entry.form.replace(/\s+/g, '')
      if (joined === form) return true
      // "Fifa", "Nato": longer acronyms are also written as names, short ones ("UN", "WHO") collide with words
      return len === 1 && form.length >= 4 && t.capLike && !ctx.lowerForms.has(t.form) && /^[A-Z]+$/.test(form) && joined.toUpperCase() === form
    }
    if (entry.capitalised && !t.capLike) return false
    for (let k = 1; k < len; k++) {
      // "Conservative party" for "Conservative Party"
      if (entry.capitalWords[k] && !ctx.view[i + k]!.capLike && !(k === len - 1 && ctx.lex.trailingLowercaseHeads.has(ctx.forms[i + k]!))) return false
    }
    // a one-word name written in capitals ("TURQUIE") is a shout, not the name, unless short
    return true
  })
}

/** The gazetteer entry that is exactly tokens [s, e), if any. */
export function gazetteerExact(ctx: ExtractionContext, s: number, e: number): GazetteerEntry | null {
  const m = gazetteerAt(ctx, s, e)
  if (m && m.length === e - s) return m.value
  // names the tokenizer cuts at a symbol: "S&P", "AT&T"
  if (e - s === 3 && ctx.view[s + 1]!.text === '&' && ctx.view[s + 1]!.start === ctx.view[s]!.end) {
    const joined = ctx.forms[s]! + '&' + ctx.forms[s + 2]!
    const j = ctx.lex.gazetteer.longestAt([joined], 0)
    if (j) return j.value
  }
  return null
}

/** The country a nationality adjective or demonym at i stands for ("syriens" -> "Syrie"). */
export function nationalityAt(ctx: ExtractionContext, i: number): string | undefined {
  const t = ctx.view[i]
  if (!t || !t.isWord) return undefined
  if (ctx.lex.nationalitiesNeedCapital && !t.capLike) return undefined
  return ctx.lex.nationalities.get(t.form)
}

export function isOrgHead(ctx: ExtractionContext, i: number): boolean {
  const t = ctx.view[i]
  return t !== undefined && t.isWord && ctx.lex.orgHeads.has(t.form)
}

export function isLocationHead(ctx: ExtractionContext, i: number): boolean {
  const t = ctx.view[i]
  return t !== undefined && t.isWord && ctx.lex.locationHeads.has(t.form)
}

export function isFirstName(ctx: ExtractionContext, i: number): boolean {
  const t = ctx.view[i]
  if (!t || !t.isWord || !t.capLike || t.allCaps) return false
  if (ctx.lex.firstNames.has(t.form)) return true
  // compound first names: Jean-Marc, Abdel-Fattah
  const dash = t.form.indexOf('-')
  return dash > 0 && ctx.lex.firstNames.has(t.form.slice(0, dash))
}

export function isHonorific(ctx: ExtractionContext, i: number): boolean {
  const t = ctx.view[i]
  return t !== undefined && t.isWord && ctx.lex.honorifics.has(t.form)
}

/** Length of the title phrase starting at i ("premier ministre", "Secretary-General"), 0 if none. */
export function titleAt(ctx: ExtractionContext, i: number, limit?: number): number {
  const m = ctx.lex.titles.longestAt(ctx.forms, i, limit)
  return m ? m.length : 0
}

const ROLE_OF = new Set(['of', 'de', 'du', 'des', "d'"])

/** The name at s is the complement of a title: "director of Freight Link Europe", "PDG de Brelvix". */
export function followsTitleOf(ctx: ExtractionContext, s: number): boolean {
  let p = s - 1
  if (p >= 0 && (ctx.forms[p] === 'the' || ctx.forms[p] === 'la' || ctx.forms[p] === "l'")) p--
  if (p < 1 || !ROLE_OF.has(ctx.forms[p]!) || ctx.view[p]!.capLike) return false
  const title = ctx.lex.titles.longestEndingAt(ctx.forms, p, Math.max(0, p - 3))
  if (title === 0) return false
  // a minister's complement is a remit: "ministre de la Transition numérique", "Secretary of State"
  for (let k = p - title; k < p; k++) if (REMIT_TITLES.has(ctx.forms[k]!)) return false
  return true
}

const REMIT_TITLES = new Set(['ministre', 'minister', 'secrétaire', 'secretary', 'commissaire', 'commissioner', 'ministre-délégué', 'ministre-déléguée'])

/** Roman numerals and ordinals: "XIXe", "IIIe", "XXI" */
const ORDINAL = /^[IVXLC]+(?:e|er|ème|eme|th|st|nd|rd)?$/

/** Words that never start or make an entity on their own. */
export function isNeverName(ctx: ExtractionContext, i: number): boolean {
  const f = ctx.forms[i]!
  const lex = ctx.lex
  // mid-sentence, a capitalised "Grande" or "Nouvelle" belongs to a name ("la Grande Mosquée")
  const t = ctx.view[i]!
  if (t.capLike && !t.initial && lex.functionWords.has(f) && !lex.alwaysStripped.has(f) && ctx.view[i + 1]?.capLike) return false
  if (ORDINAL.test(ctx.view[i]!.text) || ctx.commonAcronyms.has(ctx.view[i]!.text)) return true
  if (lex.functionWords.has(f) || lex.months.has(f) || lex.weekdays.has(f) || lex.nonEntities.has(f) || lex.honorifics.has(f)) return true
  // "October-to-December", "Monday-Friday": a span of dates
  const dash = f.indexOf('-')
  return dash > 0 && (lex.months.has(f.slice(0, dash)) || lex.weekdays.has(f.slice(0, dash)))
}
