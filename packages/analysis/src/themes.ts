/**
 * Themes from a taxonomy (data/themes/taxonomy.json by default, or the caller's): each theme
 * lists French and English vocabulary, single words matched by stem and multi-word expressions
 * matched word by word (stems for content words, exact forms for function words); a "=word" entry
 * matches that exact form only, where the stem would also catch unrelated words ("=cour" is not
 * "cours", "=accord" is not "accordée"). A match adds
 * its weight to the sentence's and the document's score for that theme; a document's score is
 * its share of all theme matches (a term's mentions beyond the third adding logarithmically,
 * matches in a short first paragraph, the headline, counting double, and a broader theme that has
 * evidence of its own getting 0.4 of its strongest narrower theme's weight), listed strongest
 * first with the words that triggered it.
 */
import defaultTaxonomyData from '../data/themes/taxonomy.json' with { type: 'json' }
import type { AnalysisDocument } from './analysis-document'
import { ScratchColumn } from './columns'
import { firstInOrder } from './first-in-order'
import { pack as languagePack, type LanguagePack } from './packs'
import { termKey, isContentWord } from './terms'
import { tokenize } from './tokenize'
import type { Lang, ThemeScore } from './types'

/** One theme: id, labels, and vocabulary per language ("word", "multi word expression", "=exactform", optionally "word|2" for weight 2). */
export interface ThemeDefinition {
  id: string
  label?: Partial<Record<'fr' | 'en', string>>
  /** the broader theme this one rolls up to (military -> political), when only broad topics are wanted */
  broader?: string
  vocabulary: Partial<Record<'fr' | 'en', string[]>>
}

export interface Taxonomy {
  themes: ThemeDefinition[]
}

export const defaultTaxonomy: Taxonomy = defaultTaxonomyData as Taxonomy

export const themeMethod = 'taxonomy vocabulary (stems, exact forms and expressions, weighted) counted per sentence; matches in the lead (a first paragraph of at most 2 sentences, e.g. the headline) weigh double; mentions of one term beyond the third add logarithmically; a broader theme with evidence of its own adds 0.4 of its strongest narrower theme (military -> political); score = share of all theme weight; themes under 5% are left out'

interface Expression {
  theme: number
  weight: number
  /** the numbers (CompiledTaxonomy.followers) of the match keys after the first */
  rest: number[]
}

interface ThemeHit {
  theme: number
  weight: number
}

interface CompiledTaxonomy {
  ids: string[]
  /** each theme's broader theme (its number), -1 for none */
  broader: number[]
  single: Map<string, ThemeHit[]>
  /** "=word" entries: the exact lower-case form only, where the stem would also catch unrelated words ("cour" is not "cours") */
  exact: Map<string, ThemeHit[]>
  expressions: Map<string, Expression[]>
  /** every match key found after the first word of an expression, numbered: words are compared by number while matching */
  followers: Map<string, number>
  /** what most forms get: no expression starts with them and no entry names them */
  none: FormThemes
}

/** What a taxonomy says of one word form, kept on the shared form so each form is looked up once. */
export interface FormThemes {
  /** the compiled taxonomy this was looked up in (a caller's taxonomy replaces it) */
  taxonomy: object
  /** expressions starting with the form, longest first */
  expressions: Expression[] | undefined
  /** single-word entries matching a content word */
  hits: ThemeHit[] | undefined
  /** hits come from a "=word" entry: the evidence names the form itself, not its stem group's display */
  exact: boolean
  /** the form's number among the taxonomy's followers, -1 when no expression goes on with it */
  follower: number
}

const compiled = new WeakMap<Taxonomy, Map<Lang, CompiledTaxonomy>>()

/**
 * The key a word is matched by: its stem when it is a content word, else "=" and its exact
 * lower-case form (so the stem of "danse", "dans", never meets the function word "dans").
 */
function matchKey(norm: string, p: LanguagePack): string {
  return isContentWord(norm, p.stopwords) ? termKey(norm, p.stem) : `=${norm}`
}

function compile(taxonomy: Taxonomy, lang: Lang): CompiledTaxonomy {
  let byLang = compiled.get(taxonomy)
  if (!byLang) compiled.set(taxonomy, (byLang = new Map()))
  const cached = byLang.get(lang)
  if (cached) return cached
  const p = languagePack(lang)
  const single = new Map<string, ThemeHit[]>()
  const exact = new Map<string, ThemeHit[]>()
  const expressions = new Map<string, Expression[]>()
  const followers = new Map<string, number>()
  const followerNumber = (key: string): number => {
    let number = followers.get(key)
    if (number === undefined) followers.set(key, (number = followers.size))
    return number
  }
  // theme, first key and further keys of each expression compiled
  const compiledExpressions = new Set<string>()
  const ids = taxonomy.themes.map((t) => t.id)
  const broader = taxonomy.themes.map((t) => (t.broader === undefined ? -1 : ids.indexOf(t.broader)))
  taxonomy.themes.forEach((theme, index) => {
    const vocabulary = lang === 'und' ? [] : (theme.vocabulary[lang] ?? [])
    for (const entry of vocabulary) {
      const [written = '', weightText] = entry.split('|')
      const weight = weightText ? Number(weightText) || 1 : 1
      const isExact = written.startsWith('=')
      const phrase = isExact ? written.slice(1) : written
      const words = tokenize(phrase, p.tokenizer).tokens.filter((t) => t.kind === 'word' || t.kind === 'number')
      if (words.length === 0) continue
      const keys = words.map((w) => matchKey(w.norm, p))
      if (keys.length === 1) {
        if (!isContentWord(words[0]!.norm, p.stopwords)) continue
        const map = isExact ? exact : single
        const key = isExact ? words[0]!.norm : keys[0]!
        const list = map.get(key) ?? []
        if (!list.some((e) => e.theme === index)) list.push({ theme: index, weight })
        map.set(key, list)
      } else {
        const list = expressions.get(keys[0]!) ?? []
        // "base militaire" and "bases militaires" compile to the same keys: keep one
        const signature = `${index}\n${keys[0]!}\n${keys.slice(1).join(' ')}`
        if (compiledExpressions.has(signature)) continue
        compiledExpressions.add(signature)
        list.push({ theme: index, weight, rest: keys.slice(1).map(followerNumber) })
        // longest expressions first, so "coupe du monde" wins over a shorter one
        list.sort((a, b) => b.rest.length - a.rest.length)
        expressions.set(keys[0]!, list)
      }
    }
  })
  const result: CompiledTaxonomy = { ids, broader, single, exact, expressions, followers, none: { taxonomy: {}, expressions: undefined, hits: undefined, exact: false, follower: -1 } }
  result.none.taxonomy = result
  byLang.set(lang, result)
  return result
}

function lookUp(tax: CompiledTaxonomy, match: string, norm: string, isContent: boolean): FormThemes {
  const expressions = tax.expressions.get(match)
  const exactHits = isContent ? tax.exact.get(norm) : undefined
  const hits = exactHits ?? (isContent ? tax.single.get(match) : undefined)
  const follower = tax.followers.get(match) ?? -1
  if (!expressions && !hits && follower < 0) return tax.none
  return { taxonomy: tax, expressions, hits, exact: exactHits !== undefined, follower }
}

export interface ThemeResult {
  document: ThemeScore[]
  /** theme ids per sentence, strongest first */
  sentences: string[][]
}

const MIN_SHARE = 0.05
const EVIDENCE = 10
/**
 * Mentions of one term (a stem group or an expression) up to this count weigh in full; further
 * ones add logarithmically. A story that keeps naming one thing (a dam, a forest, a people that
 * happens to share a company's name) is less evidence for a theme than one using many of its
 * words, and this keeps one repeated word from outvoting the rest of the vocabulary.
 */
const FULL_WEIGHT_MENTIONS = 3

/**
 * A broader theme (political, economic) gets this fraction of its strongest narrower theme's
 * weight (military, legal; energy) when it has evidence of its own: a story about an election
 * that mentions soldiers is political first, while a war story with little politics in it stays
 * military. The strongest narrower theme only, so a story naming several (military and diplomatic
 * cooperation) does not become political by adding them up.
 */
const ROLL_UP = 0.4
/** Matches in the lead (the headline: a first paragraph of at most LEAD_SENTENCES sentences, with more text after it) weigh this much. */
const LEAD_WEIGHT = 2
const LEAD_SENTENCES = 2

/** The number of sentences in the lead: the first paragraph when it is short (a title or a standfirst) and more follows, else 0. */
function leadSentences(doc: AnalysisDocument): number {
  const { paragraphs, tokens } = doc
  let n = 0
  let k = 0
  for (; k < tokens.length && paragraphs[k] === paragraphs[0]; k++) n = tokens[k]!.sentence + 1
  // a text of one paragraph has no lead to set apart
  return k < tokens.length && n <= LEAD_SENTENCES ? n : 0
}

function mentionWeight(count: number): number {
  return count <= FULL_WEIGHT_MENTIONS ? count : FULL_WEIGHT_MENTIONS * (1 + Math.log(count / FULL_WEIGHT_MENTIONS))
}

const sentenceThemeScores = new ScratchColumn(Float64Array)
const themeTotals = new ScratchColumn(Float64Array)
const strongestNarrowerThemes = new ScratchColumn(Float64Array)

export function scoreThemes(doc: AnalysisDocument, taxonomy: Taxonomy = defaultTaxonomy): ThemeResult {
  const { tokens, termOf, terms } = doc
  const tax = compile(taxonomy, doc.lang)
  const themeCount = tax.ids.length
  const sentenceScores = sentenceThemeScores.take(doc.sentences.length * themeCount)
  const totals = themeTotals.take(themeCount)
  const evidence: (Map<string, { count: number; weight: number }> | undefined)[] = new Array(themeCount)
  if (tax.single.size === 0 && tax.exact.size === 0 && tax.expressions.size === 0) return { document: [], sentences: doc.sentences.map(() => []) }

  const { types, typeForms } = doc
  // per word type of this document: what the taxonomy says of it
  const typeThemes: (FormThemes | undefined)[] = new Array(typeForms.length)
  const prepare = (k: number): FormThemes => {
    const type = types[k]!
    const kind = tokens[k]!.kind
    if (kind !== 'word' && kind !== 'number') return (typeThemes[type] = tax.none)
    // computed once per form (each language has forms of its own), and kept on it
    const form = typeForms[type]!
    const id = termOf[k]!
    form.match ??= id >= 0 ? terms[id]!.key : `=${form.norm}`
    let found = form.themes
    if (found?.taxonomy !== tax) found = form.themes = lookUp(tax, form.match, form.norm, id >= 0)
    typeThemes[type] = found
    return found
  }
  const leadEnd = leadSentences(doc)
  const credit = (theme: number, weight: number, sentence: number, label: string): void => {
    sentenceScores[sentence * themeCount + theme]! += weight
    // the lead (a title, or a first paragraph of one or two sentences) says what the story is about
    if (sentence < leadEnd) weight *= LEAD_WEIGHT
    const found = (evidence[theme] ??= new Map())
    const e = found.get(label)
    if (e) {
      e.count++
      e.weight += weight
    } else found.set(label, { count: 1, weight })
  }

  for (let k = 0; k < tokens.length; k++) {
    // marks and most words match nothing, known from their type: the token itself is read on a match only
    const found = typeThemes[types[k]!] ?? prepare(k)
    // a word only ever found inside expressions starts nothing
    if (found === tax.none || (found.expressions === undefined && found.hits === undefined)) continue
    const t = tokens[k]!
    let matched = 0
    if (found.expressions) {
      for (const expr of found.expressions) {
        if (matchesAt(k, expr.rest)) {
          const end = k + expr.rest.length
          let label = tokens[k]!.norm
          for (let j = k + 1; j <= end; j++) label += tokens[j - 1]!.text.endsWith("'") ? tokens[j]!.norm : ` ${tokens[j]!.norm}`
          credit(expr.theme, expr.weight, t.sentence, label)
          matched = Math.max(matched, expr.rest.length)
        }
      }
    }
    if (matched > 0) {
      k += matched
      continue
    }
    if (!found.hits) continue
    // an exact-form match names the form itself, not its stem group's display ("Cour", not "cours")
    const label = found.exact ? t.text : terms[termOf[k]!]!.display
    for (const h of found.hits) credit(h.theme, h.weight, t.sentence, label)
  }

  function matchesAt(k: number, rest: number[]): boolean {
    const sentence = tokens[k]!.sentence
    for (let r = 0; r < rest.length; r++) {
      const at = k + 1 + r
      if (at >= tokens.length) return false
      // marks and words no expression goes on with have no follower number (-1)
      const found = typeThemes[types[at]!] ?? prepare(at)
      if (found.follower !== rest[r] || tokens[at]!.sentence !== sentence) return false
    }
    return true
  }

  // e.weight / e.count: the term's weight per mention (one entry's weight, or the mean where two entries share a label)
  for (let i = 0; i < themeCount; i++) for (const e of evidence[i]?.values() ?? []) totals[i]! += (e.weight / e.count) * mentionWeight(e.count)
  // a narrower theme's evidence is also evidence for its broader theme (a war story is political too), at a fraction
  const strongestNarrower = strongestNarrowerThemes.take(themeCount)
  for (let i = 0; i < themeCount; i++) {
    const b = tax.broader[i]!
    if (b >= 0 && totals[b]! > 0) strongestNarrower[b] = Math.max(strongestNarrower[b]!, totals[i]!)
  }
  for (let i = 0; i < themeCount; i++) totals[i]! += ROLL_UP * strongestNarrower[i]!
  let sum = 0
  for (let i = 0; i < themeCount; i++) sum += totals[i]!
  const document: ThemeScore[] = []
  if (sum > 0) {
    for (let i = 0; i < themeCount; i++) {
      const share = totals[i]! / sum
      if (totals[i]! === 0 || share < MIN_SHARE) continue
      document.push({ theme: tax.ids[i]!, score: Math.round(share * 1000) / 1000, matches: Math.round(totals[i]! * 1000) / 1000, evidence: strongestEvidence(evidence[i]!) })
    }
    document.sort((a, b) => b.score - a.score || (b.matches ?? 0) - (a.matches ?? 0) || tax.ids.indexOf(a.theme) - tax.ids.indexOf(b.theme))
  }
  const sentences: string[][] = []
  for (let s = 0; s < doc.sentences.length; s++) {
    const row = s * themeCount
    // strongest first, ties in taxonomy order: by insertion, as a sentence names few themes
    const present: number[] = []
    for (let i = 0; i < themeCount; i++) {
      const score = sentenceScores[row + i]!
      if (!(score > 0)) continue
      let at = present.length
      for (; at > 0 && sentenceScores[row + present[at - 1]!]! < score; at--) present[at] = present[at - 1]!
      present[at] = i
    }
    sentences.push(present.map((i) => tax.ids[i]!))
  }
  return { document, sentences }
}

/** The EVIDENCE most mentioned terms, ties in alphabetical order (terms are distinct). */
function strongestEvidence(found: Map<string, { count: number }>): { term: string; count: number }[] {
  const terms = [...found].map(([term, e]) => ({ term, count: e.count }))
  return firstInOrder(terms, EVIDENCE, (a, b) => b.count - a.count || (a.term < b.term ? -1 : 1))
}
