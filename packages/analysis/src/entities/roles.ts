/**
 * Roles written around a name: a title before it ("le président russe Vladimir Poutine",
 * "le ministre de la Défense, Murhaf Abu Qasra", "Russia's foreign minister, Sergei Lavrov") or an
 * apposition after it ("Murhaf Abu Qasra, ministre de la Défense," / "X, the foreign minister,").
 */
import { type ExtractionContext, isFirstName, isHonorific, nationalityAt, phraseAt, phraseEndingAt } from './context'
import type { EntityToken } from './view'
import { FUNCTION_WORD, ROLE_MODIFIER, ROLE_PREPOSITION_WORD } from './words'

const ARTICLES = new Set(['le', 'la', "l'", 'les', 'the', 'a', 'an', 'un', 'une'])
const MAX_ROLE_TOKENS = 10

export interface RoleFound {
  role: string
  /** an honorific (M., Dr, Mr) stands right before the name */
  honorific: boolean
}

function isComplementWord(ctx: ExtractionContext, k: number): boolean {
  const t = ctx.view[k]!
  const f = t.form
  const lex = ctx.lex
  if (!t.isWord) return false
  const prev = ctx.view[k - 1]
  if (t.capLike) {
    // capitalised words of a role: a remit or a known name after a preposition ("de la Défense", "of State", "de l'ONU")
    if ((t.is & FUNCTION_WORD) !== 0 && f !== 'the') return false
    if ((t.starts & lex.portfolios.flag) !== 0 || t.allCaps || nationalityAt(ctx, k)) return true
    return prev !== undefined && (opensComplement(ctx, prev) || (prev.capLike && (prev.starts & lex.portfolios.flag) !== 0))
  }
  if ((t.is & ROLE_MODIFIER) !== 0 || (t.starts & (lex.portfolios.flag | lex.rolePrepositions.flag)) !== 0 || ARTICLES.has(f)) return true
  if (nationalityAt(ctx, k)) return true
  if ((t.is & FUNCTION_WORD) !== 0 || (t.starts & lex.speechVerbs.flag) !== 0 || prev === undefined) return false
  // a noun right after a preposition or article: "expert en géopolitique", "chef de la diplomatie";
  // an adjective right after the title: "le directeur médical du NHS"
  return opensComplement(ctx, prev) || (lex.lang === 'fr' && phraseEndingAt(ctx, lex.titles, k, Math.max(0, k - 4)) > 0)
}

/** A preposition or an article: what follows it belongs to the role ("chef de la diplomatie"). */
function opensComplement(ctx: ExtractionContext, t: EntityToken): boolean {
  return (t.starts & ctx.lex.rolePrepositions.flag) !== 0 || ARTICLES.has(t.form)
}

function isPreModifier(ctx: ExtractionContext, k: number): boolean {
  const t = ctx.view[k]!
  if (!t.isWord) return false
  if (ARTICLES.has(t.form)) return false
  return (t.is & ROLE_MODIFIER) !== 0 || (t.starts & ctx.lex.portfolios.flag) !== 0 || nationalityAt(ctx, k) !== undefined || (t.capLike && t.allCaps)
}

/** The role written before the name starting at token s. */
export function roleBefore(ctx: ExtractionContext, s: number): RoleFound | null {
  const v = ctx.view
  const sentence = v[s]!.sentence
  let k = s - 1
  let honorific = false
  if (k >= 0 && v[k]!.text === '.' && k - 1 >= 0 && isHonorific(ctx, k - 1)) {
    k -= 2
    honorific = true
  } else if (k >= 0 && isHonorific(ctx, k) && phraseEndingAt(ctx, ctx.lex.titles, k + 1, Math.max(0, k - 3)) < 2) {
    // (an honorific ending a title is the title's: "first lady X")
    k -= 1
    honorific = true
  }
  if (k >= 0 && v[k]!.text === ',') k--
  else if (k >= 0 && (ARTICLES.has(ctx.forms[k]!) || (v[k]!.is & ROLE_PREPOSITION_WORD) !== 0)) {
    // "ministre de la Transition": a capitalised word after a preposition is the role's remit, not a name;
    // "le porte-parole de M. Poutine", "a spokesman for Mr Putin": the title is somebody else's
    return honorific ? { role: '', honorific } : null
  }
  const end = k
  let title = -1
  let titleLast = -1
  let steps = 0
  while (k >= 0 && steps < MAX_ROLE_TOKENS && v[k]!.sentence === sentence) {
    const t = v[k]!
    steps++
    if (t.form === "'s" && k - 1 >= 0 && v[k - 1]!.capLike) {
      if (title < 0) break
      k -= 2
      continue
    }
    if (!t.isWord) break
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
    if (t.capLike && title < 0) {
      const b = nameStartBefore(ctx, k, sentence)
      const prev = ctx.forms[b - 1]
      if (b < k && prev !== undefined && (ARTICLES.has(prev) || ctx.lex.rolePrepositions.has(prev))) {
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
  if (!honorific && end === s - 1 && end - titleLast >= 3 && !v[end]!.capLike && (v[end]!.is & ROLE_MODIFIER) === 0 && !nationalityAt(ctx, end) && !isFirstName(ctx, s)) return null
  let start = k + 1
  while (start < title && ARTICLES.has(ctx.forms[start]!)) start++
  return { role: ctx.text.slice(v[start]!.start, v[end]!.end), honorific }
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
  while (end < limit && v[end]!.sentence === sentence) {
    if (v[end]!.isWord && v[end]!.capLike) {
      end++
      continue
    }
    const c = ctx.lex.orgConnectors.longestAt(ctx.forms, end)
    const next = c ? v[end + c.length] : undefined
    if (!c || !next?.capLike || next.sentence !== sentence) break
    end += c.length + 1
  }
  return end
}

/** Start of the capitalised name ending at k, over its connectors, at most eight tokens back. */
function nameStartBefore(ctx: ExtractionContext, k: number, sentence: number): number {
  const v = ctx.view
  const floor = Math.max(0, k - 8)
  let start = k
  while (start > floor && v[start - 1]!.sentence === sentence) {
    const t = v[start - 1]!
    if (t.isWord && t.capLike) {
      start--
      continue
    }
    // "of", "for the": a connector with a capitalised word before it
    let from = -1
    for (const c of [start - 1, start - 2]) {
      const conn = c > floor ? ctx.lex.orgConnectors.longestAt(ctx.forms, c, start) : null
      if (conn && c + conn.length === start && v[c - 1]!.capLike && v[c - 1]!.sentence === sentence) from = c - 1
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
  if (v[k]?.text !== ',') return null
  const sentence = v[k]!.sentence
  k++
  // an age: "X, 45, a farmer"
  if (v[k] && /^\d+$/.test(v[k]!.text) && v[k + 1]?.text === ',') k += 2
  // ", en attaquant l'OPEP": a clause, not an apposition
  if (v[k] && !ARTICLES.has(v[k]!.form) && (v[k]!.is & ROLE_PREPOSITION_WORD) !== 0) return null
  while (v[k] && ARTICLES.has(v[k]!.form)) k++
  const start = k
  let last = -1
  let title = false
  let steps = 0
  while (k < v.length && steps < MAX_ROLE_TOKENS && v[k]!.sentence === sentence) {
    steps++
    const t = v[k]!
    if (t.form === "'s" && k > start) {
      k++
      continue
    }
    if (!t.isWord) break
    // French "a" is a verb, not the English article: "PDG de SpaceX a parlé" ends the role
    if (t.form === 'a' && ctx.lex.lang === 'fr') break
    // "Unrwa's communications director"
    if (!title && k === start && t.capLike && v[k + 1]?.form === "'s") {
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
      if (!title && t.capLike && !isPreModifier(ctx, k) && !(v[k + 1]?.form === "'s")) return null
      if (title) last = k
      k++
      // a name after the title's preposition is kept whole: "president of the Royal College of Emergency Medicine"
      if (title && t.capLike) {
        k = nameEnd(ctx, k, sentence)
        last = k - 1
      }
      continue
    }
    break
  }
  if (!title || last < start) return null
  // trailing prepositions and articles are not part of the role
  while (last > start && (ARTICLES.has(ctx.forms[last]!) || (v[last]!.is & ROLE_PREPOSITION_WORD) !== 0)) last--
  return ctx.text.slice(v[start]!.start, v[last]!.end)
}
