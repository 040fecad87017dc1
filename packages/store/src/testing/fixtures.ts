// Test-only builders: ArticleAnalysis values with exactly the entities, terms and themes a test
// needs, independent of how far the real engine has come.
import type { ArticleAnalysis, Cooccurrence, Entity, EntityType, Lang, SentenceAnalysis, TermFrequency, ThemeScore } from '@newslens/analysis'

export interface AnalysisSpec {
  lang?: Lang
  version?: string
  words?: number
  sentiment?: number
  terms?: [term: string, count: number, display?: string][]
  entities?: { name: string; type: EntityType; count?: number; sentiment?: number; roles?: string[]; aliases?: string[] }[]
  themes?: [theme: string, score: number][]
  sentences?: { start: number; end: number; sentiment?: number }[]
  edges?: { a: string; b: string; kind?: 'term' | 'entity'; scope?: 'sentence' | 'window'; count: number }[]
}

export function makeAnalysis(spec: AnalysisSpec = {}): ArticleAnalysis {
  const terms: TermFrequency[] = (spec.terms ?? []).map(([term, count, display]) => ({ term, display: display ?? term, count, relativeFrequency: count / 100 }))
  const entities: Entity[] = (spec.entities ?? []).map((e) => ({
    name: e.name, type: e.type, aliases: e.aliases ?? [], roles: e.roles ?? [], count: e.count ?? 1, sentiment: e.sentiment ?? 0,
    mentions: [{ start: 0, end: e.name.length }],
  }))
  const themes: ThemeScore[] = (spec.themes ?? []).map(([theme, score]) => ({ theme, score, evidence: [] }))
  const sentences: SentenceAnalysis[] = (spec.sentences ?? []).map((s, index) => ({ index, start: s.start, end: s.end, paragraph: 0, sentiment: s.sentiment ?? 0, themes: [] }))
  const cooccurrences: Cooccurrence[] = (spec.edges ?? []).map((e) => ({
    a: e.a, b: e.b, kind: e.kind ?? 'term', scope: e.scope ?? 'sentence', count: e.count, pmi: 1, npmi: 0.5, ll: 2, logDice: 10,
  }))
  const score = spec.sentiment ?? 0
  return {
    version: spec.version ?? 'test-1',
    lang: spec.lang ?? 'fr',
    langConfidence: 1,
    stats: { tokens: spec.words ?? 10, words: spec.words ?? 10, types: terms.length, sentences: sentences.length, paragraphs: 1 },
    terms: terms.sort((x, y) => y.count - x.count),
    ngrams: [],
    sentiment: { score, label: score > 0.05 ? 'positive' : score < -0.05 ? 'negative' : 'neutral', positive: [], negative: [] },
    sentences,
    entities,
    themes: themes.sort((x, y) => y.score - x.score),
    cooccurrences,
    nationalities: [],
  }
}

/** a distinct, made-up article text for item `i` of a synthetic set */
export function syntheticText(i: number): string {
  return `Dépêche numéro ${i}. Le conseil municipal de Villeneuve a voté le budget ${i} après un débat animé.`
}

/** a synthetic item whose terms and entities overlap with its neighbours, for totals checks */
export function syntheticItem(i: number) {
  return {
    article: { text: syntheticText(i), title: `Dépêche ${i}`, publishedAt: `2026-0${1 + (i % 9)}-1${i % 10}`, externalId: `syn-${i}` },
    analysis: makeAnalysis({
      words: 15 + (i % 7),
      sentiment: ((i % 11) - 5) / 10,
      terms: [['budget', 1 + (i % 3)], ['conseil', 1], [`numero${i % 5}`, 2]],
      entities: [
        { name: 'Villeneuve', type: 'location', count: 1 + (i % 2) },
        { name: `Maire ${i % 4}`, type: 'person', roles: ['maire'], sentiment: 0.2 },
      ],
      themes: [[i % 2 === 0 ? 'political' : 'economic', 1 + (i % 3)]],
      sentences: [{ start: 0, end: 20 }, { start: 21, end: 90 }],
      edges: [{ a: 'budget', b: 'conseil', count: 1 }],
    }),
  }
}
