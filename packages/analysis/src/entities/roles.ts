/**
 * Roles written around a name: a title before it ("le président russe Vladimir Poutine",
 * "le ministre de la Défense, Murhaf Abu Qasra", "Russia's foreign minister, Sergei Lavrov") or an
 * apposition after it ("Murhaf Abu Qasra, ministre de la Défense," / "X, the foreign minister,").
 */
import { type ExtractionContext, isFirstName, isHonorific, nationalityAt, phraseAt, phraseEndingAt } from './context'
import { FUNCTION_WORD, ROLE_MODIFIER, ROLE_PREPOSITION_WORD } from './words'
import type { EntityLang } from './lexicon'

/** each language's articles: in French "a" is a verb ("le général a rencontré X"), no article */
const ARTICLES: Record<EntityLang, ReadonlySet<string>> = { fr: new Set(['le', 'la', "l'", 'les', 'un', 'une']), en: new Set(['the', 'a', 'an']) }

function isArticle(ctx: ExtractionContext, form: string | undefined): boolean {
  return form !== undefined && ARTICLES[ctx.lex.lang].has(form)
}
const MAX_ROLE_TOKENS = 10

export interface RoleFound {
  role: string
  /** an honorific (M., Dr, Mr) stands right before the name */
  honorific: boolean
}

function isComplementWord(ctx: ExtractionContext, k: number): boolean {
  const f = ctx.view.form(k)
  const lex = ctx.lex
  if (!ctx.view.isWord(k)) return false
  const prev = k - 1
  if (ctx.view.capLike(k)) {
    // capitalised words of a role: a remit or a known name after a preposition ("de la Défense", "of State", "de l'ONU")
    if ((ctx.view.is(k) & FUNCTION_WORD) !== 0 && f !== 'the') return false
    if ((ctx.view.starts(k) & lex.portfolios.flag) !== 0 || ctx.view.allCaps(k) || nationalityAt(ctx, k)) return true
    return prev >= 0 && (opensComplement(ctx, prev) || (ctx.view.capLike(prev) && (ctx.view.starts(prev) & lex.portfolios.flag) !== 0))
  }
  if ((ctx.view.is(k) & ROLE_MODIFIER) !== 0 || (ctx.view.starts(k) & (lex.portfolios.flag | lex.rolePrepositions.flag)) !== 0 || isArticle(ctx, f)) return true
  if (nationalityAt(ctx, k)) return true
  if ((ctx.view.is(k) & FUNCTION_WORD) !== 0 || (ctx.view.starts(k) & lex.speechVerbs.flag) !== 0 || prev < 0) return false
  // a noun right after a preposition or article: "expert en géopolitique", "chef de la diplomatie";
  // an adjective right after the title: "le directeur médical du NHS"
  return opensComplement(ctx, prev) || (lex.lang === 'fr' && phraseEndingAt(ctx, lex.titles, k, Math.max(0, k - 4)) > 0)
}

/** A preposition or an article: what follows it belongs to the role ("chef de la diplomatie"). */
function opensComplement(ctx: ExtractionContext, k: number): boolean {
  return (ctx.view.starts(k) & ctx.lex.rolePrepositions.flag) !== 0 || isArticle(ctx, ctx.view.form(k))
}

function isPreModifier(ctx: ExtractionContext, k: number): boolean {
  if (!ctx.view.isWord(k)) return false
  if (isArticle(ctx, ctx.view.form(k))) return false
  return (ctx.view.is(k) & ROLE_MODIFIER) !== 0 || (ctx.view.starts(k) & ctx.lex.portfolios.flag) !== 0 || nationalityAt(ctx, k) !== undefined || (ctx.view.capLike(k) && ctx.view.allCaps(k))
}

/** The role written before the name starting at token s. */
export function roleBefore(ctx: ExtractionContext, s: number): RoleFound | null {
  const v = ctx.view
  const sentence = v.sentence(s)
  let k = s - 1
  let honorific = false
  if (k >= 0 && v.text(k) === '.' && k - 1 >= 0 && isHonorific(ctx, k - 1)) {
    k -= 2
    honorific = true
  } else if (k >= 0 && isHonorific(ctx, k) && phraseEndingAt(ctx, ctx.lex.titles, k + 1, Math.max(0, k - 3)) < 2) {
    // (an honorific ending a title is the title's: "first lady X")
    k -= 1
    honorific = true
  }
  if (k >= 0 && v.text(k) === ',') k--
  else if (k >= 0 && (isArticle(ctx, ctx.forms[k]) || (v.is(k) & ROLE_PREPOSITION_WORD) !== 0)) {
    // "ministre de la Transition": a capitalised word after a preposition is the role's remit, not a name;
    // "le porte-parole de M. Poutine", "a spokesman for Mr Putin": the title is somebody else's
    return honorific ? { role: '', honorific } : null
  }
  const end = k
  let title = -1
  let titleLast = -1
  let steps = 0
  while (k >= 0 && steps < MAX_ROLE_TOKENS && v.sentence(k) === sentence) {
    const token = k
    steps++
    if (v.form(token) === "'s" && k - 1 >= 0 && v.capLike(k - 1)) {
      if (title < 0) break
      k -= 2
      continue
    }
    if (!v.isWord(token)) break
    const tl = phraseEndingAt(ctx, ctx.lex.titles, k + 1, Math.max(0, k - 3))
    if (tl > 0) {
      if (title < 0) titleLast = k
      title = k - tl + 1
      k -= tl
      continue
    }
    if (title >= 0) {
      if (isPreModifier(ctx, k)) {
        k--
        continue
      }
      break
    }
    // a name as the title's complement is kept whole: "the president of the Royal College of Emergency Medicine, X"
    if (v.capLike(token) && title < 0) {
      const b = nameStartBefore(ctx, k, sentence)
      const prev = ctx.forms[b - 1]
      if (b < k && prev !== undefined && (isArticle(ctx, prev) || ctx.lex.rolePrepositions.has(prev))) {
        // "the Minister for Health, X": the capitalised run is the title itself, with its remit (not "the MP for Ross, Skye")
        if (isTitleWithRemit(ctx, b, k + 1)) title = b
        k = b - 1
        continue
      }
    }
    if (isComplementWord(ctx, k)) {
      k--
      continue
    }
    break
  }
  if (title < 0) return honorific ? { role: '', honorific } : null
  // "vice-president of research at analysts Gartner": a name with no first name right after a long lower-case
  // complement of the title names what the complement ends on, not the title's holder (a short one is part of the
  // title: "le gardien de but Gilmar", and so is a nationality: "le président ukrainien Zelensky")
  if (!honorific && end === s - 1 && end - titleLast >= 3 && !v.capLike(end) && (v.is(end) & ROLE_MODIFIER) === 0 && !nationalityAt(ctx, end) && !isFirstName(ctx, s)) return null
  let start = k + 1
  while (start < title && isArticle(ctx, ctx.forms[start])) start++
  return { role: ctx.text.slice(v.start(start), v.end(end)), honorific }
}

/** Tokens b..e are a title, its preposition and a remit, nothing else: "Minister for Health", "Secretary of State for Climate Change". */
function isTitleWithRemit(ctx: ExtractionContext, b: number, e: number): boolean {
  const title = phraseAt(ctx, ctx.lex.titles, b, e)
  if (!title) return false
  const preposition = phraseAt(ctx, ctx.lex.rolePrepositions, b + title.length, e)
  if (!preposition) return false
  const remit = phraseAt(ctx, ctx.lex.portfolios, b + title.length + preposition.length, e)
  return remit !== null && b + title.length + preposition.length + remit.length === e
}

/** End of the capitalised name going on at k, over its connectors ("College of Emergency Medicine"), at most eight tokens. */
function nameEnd(ctx: ExtractionContext, k: number, sentence: number): number {
  const v = ctx.view
  const limit = Math.min(v.length, k + 8)
  let end = k
  while (end < limit && v.sentence(end) === sentence) {
    if (v.isWord(end) && v.capLike(end)) {
      end++
      continue
    }
    const c = ctx.lex.orgConnectors.longestAt(ctx.forms, end)
    if (!c || !v.capLike(end + c.length) || v.sentence(end + c.length) !== sentence) break
    end += c.length + 1
  }
  return end
}

/** Start of the capitalised name ending at k, over its connectors, at most eight tokens back. */
function nameStartBefore(ctx: ExtractionContext, k: number, sentence: number): number {
  const v = ctx.view
  const floor = Math.max(0, k - 8)
  let start = k
  while (start > floor && v.sentence(start - 1) === sentence) {
    const token = start - 1
    if (v.isWord(token) && v.capLike(token)) {
      start--
      continue
    }
    // "of", "for the": a connector with a capitalised word before it
    let from = -1
    for (const c of [start - 1, start - 2]) {
      const conn = c > floor ? ctx.lex.orgConnectors.longestAt(ctx.forms, c, start) : null
      if (conn && c + conn.length === start && v.capLike(c - 1) && v.sentence(c - 1) === sentence) from = c - 1
    }
    if (from < 0) break
    start = from
  }
  return start
}

/** The role in an apposition after the name ending before token e: "X, ministre de la Défense,". */
export function roleAfter(ctx: ExtractionContext, e: number): string | null {
  const v = ctx.view
  let k = e
  if (v.text(k) !== ',') return null
  const sentence = v.sentence(k)
  k++
  // an age: "X, 45, a farmer"
  if (k < v.length && /^\d+$/.test(v.text(k)) && v.text(k + 1) === ',') k += 2
  // ", en attaquant l'OPEP": a clause, not an apposition
  if (k < v.length && !isArticle(ctx, v.form(k)) && (v.is(k) & ROLE_PREPOSITION_WORD) !== 0) return null
  while (k < v.length && isArticle(ctx, v.form(k))) k++
  const start = k
  let last = -1
  let title = false
  let steps = 0
  while (k < v.length && steps < MAX_ROLE_TOKENS && v.sentence(k) === sentence) {
    steps++
    const token = k
    if (v.form(token) === "'s" && k > start) {
      k++
      continue
    }
    if (!v.isWord(token)) break
    // French "a" is a verb, not the English article: "PDG de SpaceX a parlé" ends the role
    if (v.form(token) === 'a' && ctx.lex.lang === 'fr') break
    // "Unrwa's communications director"
    if (!title && k === start && v.capLike(token) && v.form(k + 1) === "'s") {
      k += 2
      continue
    }
    const tl = phraseAt(ctx, ctx.lex.titles, k)
    if (tl) {
      title = true
      k += tl.length
      last = k - 1
      continue
    }
    if (isComplementWord(ctx, k) || isPreModifier(ctx, k)) {
      // a capitalised word before any title is a name, not a role: "X, Y and Z"
      if (!title && v.capLike(token) && !isPreModifier(ctx, k) && !(v.form(k + 1) === "'s")) return null
      if (title) last = k
      k++
      // a name after the title's preposition is kept whole: "president of the Royal College of Emergency Medicine"
      if (title && v.capLike(token)) {
        k = nameEnd(ctx, k, sentence)
        last = k - 1
      }
      continue
    }
    break
  }
  if (!title || last < start) return null
  // trailing prepositions and articles are not part of the role
  while (last > start && (isArticle(ctx, ctx.forms[last]) || (v.is(last) & ROLE_PREPOSITION_WORD) !== 0)) last--
  return ctx.text.slice(v.start(start), v.end(last))
}
