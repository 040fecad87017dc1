import type { ArticleAnalysis } from '@newslens/analysis'
import { storableText } from '../articles/normalise'
import { finite } from './validate'

export interface TermRow { term: string; display: string; count: number; relativeFrequency: number }
export interface ThemeRow { theme: string; score: number; rank: number }
export interface SentenceRow { index: number; start: number; end: number; sentiment: number; themes: string }
export interface EdgeRow {
  kind: string; scope: string; a: string; b: string; count: number
  pmi: number; npmi: number; ll: number; logDice: number
}

export interface AnalysisRows {
  terms: TermRow[]
  themes: ThemeRow[]
  sentences: SentenceRow[]
  edges: EdgeRow[]
  dominantTheme: string | null
}

/** The per-article rows of an analysis, one per primary key (duplicates merged, not rejected). */
export function analysisRows(analysis: ArticleAnalysis): AnalysisRows {
  const terms = new Map<string, TermRow>()
  for (const t of analysis.terms) {
    if (typeof t?.term !== 'string' || t.term === '') continue
    const term = storableText(t.term)
    const seen = terms.get(term)
    if (seen) seen.count += finite(t.count)
    else terms.set(term, { term, display: storableText(String(t.display || t.term)), count: finite(t.count), relativeFrequency: finite(t.relativeFrequency) })
  }

  const themes = new Map<string, ThemeRow>()
  const sortedThemes = [...analysis.themes]
    .filter((t) => typeof t?.theme === 'string' && t.theme !== '')
    .sort((x, y) => finite(y.score) - finite(x.score))
  for (const t of sortedThemes) {
    const theme = storableText(t.theme)
    if (!themes.has(theme)) themes.set(theme, { theme, score: finite(t.score), rank: themes.size + 1 })
  }
  const top = sortedThemes[0]
  const dominantTheme = top && finite(top.score) > 0 ? storableText(top.theme) : null

  const sentences = new Map<number, SentenceRow>()
  for (const s of analysis.sentences) {
    if (!s || !Number.isInteger(s.index) || sentences.has(s.index)) continue
    sentences.set(s.index, {
      index: s.index,
      start: finite(s.start),
      end: finite(s.end),
      sentiment: finite(s.sentiment),
      themes: storableText(JSON.stringify(Array.isArray(s.themes) ? s.themes : [])),
    })
  }

  // sentence-scope edges only: they are what corpus networks sum; window-scope edges stay in the
  // article's analysis JSON (a third of the rows, no corpus question needs them)
  const edges = new Map<string, EdgeRow>()
  for (const e of analysis.cooccurrences) {
    if (!e || e.scope !== 'sentence' || typeof e.a !== 'string' || typeof e.b !== 'string') continue
    const [a, b] = [storableText(e.a), storableText(e.b)]
    const key = `${e.kind}\u0000${a}\u0000${b}`
    const seen = edges.get(key)
    if (seen) { seen.count += finite(e.count); continue }
    edges.set(key, {
      kind: e.kind === 'entity' ? 'entity' : 'term', scope: 'sentence', a, b, count: finite(e.count),
      pmi: finite(e.pmi), npmi: finite(e.npmi), ll: finite(e.ll), logDice: finite(e.logDice),
    })
  }

  return { terms: [...terms.values()], themes: [...themes.values()], sentences: [...sentences.values()], edges: [...edges.values()], dominantTheme }
}
