import { scoreEntities, type ArticleAnalysis, type EntityType, type GoldName } from '@newslens/analysis'

/**
 * Scores analyses against a hand-made gold set: entities counted by the engine's `scoreEntities`
 * (the held-out evaluation's rule), plus theme agreement and tone accuracy.
 */
export interface GoldText {
  id: string
  lang?: 'fr' | 'en'
  persons?: GoldName[]
  organizations?: GoldName[]
  locations?: GoldName[]
  /** expected themes, the most important first */
  themes?: string[]
  tone?: 'negative' | 'neutral' | 'positive'
}

export interface Counts {
  /** gold names found */
  truePositives: number
  /** extracted entities matching no gold name */
  falsePositives: number
  /** entities extracted */
  predicted: number
  /** gold names */
  gold: number
  precision: number
  recall: number
  f1: number
}

export interface TextScore {
  id: string
  entities: Record<EntityType, Counts & { missed: string[]; spurious: string[] }>
  topTheme: string | null
  topThemeIsFirst: boolean | null
  topThemeInGold: boolean | null
  tone: string
  toneCorrect: boolean | null
}

export interface EvalReport {
  texts: number
  entities: Record<EntityType | 'overall', Counts>
  themes: { scored: number; topIsFirst: number; topInGold: number }
  tone: { scored: number; correct: number; accuracy: number }
  details: TextScore[]
}

const TYPES: EntityType[] = ['person', 'organization', 'location']

export function scoreText(gold: GoldText, analysis: ArticleAnalysis): TextScore {
  const score = scoreEntities(
    { persons: gold.persons ?? [], organizations: gold.organizations ?? [], locations: gold.locations ?? [] },
    analysis.entities,
  )
  const entities = {} as TextScore['entities']
  for (const type of TYPES) {
    const { truePositives, falsePositives, falseNegatives } = score.byType[type]
    const predicted = analysis.entities.filter((e) => e.type === type).length
    entities[type] = {
      ...ratios(truePositives, falsePositives, predicted, truePositives + falseNegatives),
      missed: score.missed[type],
      spurious: score.spurious.filter((e) => e.type === type).map((e) => e.name),
    }
  }
  const top = analysis.themes[0]?.theme ?? null
  const goldThemes = gold.themes ?? []
  const scoredThemes = goldThemes.length > 0
  return {
    id: gold.id,
    entities,
    topTheme: top,
    topThemeIsFirst: scoredThemes ? top === goldThemes[0] : null,
    topThemeInGold: scoredThemes ? top !== null && goldThemes.includes(top) : null,
    tone: analysis.sentiment.label,
    toneCorrect: gold.tone ? analysis.sentiment.label === gold.tone : null,
  }
}

export function summarize(details: TextScore[]): EvalReport {
  const sum = (type: EntityType, key: 'truePositives' | 'falsePositives' | 'predicted' | 'gold') =>
    details.reduce((n, d) => n + d.entities[type][key], 0)
  const entities = {} as EvalReport['entities']
  const total = { tp: 0, fp: 0, predicted: 0, gold: 0 }
  for (const type of TYPES) {
    entities[type] = ratios(sum(type, 'truePositives'), sum(type, 'falsePositives'), sum(type, 'predicted'), sum(type, 'gold'))
    total.tp += entities[type].truePositives
    total.fp += entities[type].falsePositives
    total.predicted += entities[type].predicted
    total.gold += entities[type].gold
  }
  entities.overall = ratios(total.tp, total.fp, total.predicted, total.gold)
  const themed = details.filter((d) => d.topThemeIsFirst !== null)
  const toned = details.filter((d) => d.toneCorrect !== null)
  const correct = toned.filter((d) => d.toneCorrect).length
  return {
    texts: details.length,
    entities,
    themes: {
      scored: themed.length,
      topIsFirst: themed.filter((d) => d.topThemeIsFirst).length,
      topInGold: themed.filter((d) => d.topThemeInGold).length,
    },
    tone: { scored: toned.length, correct, accuracy: toned.length === 0 ? 0 : correct / toned.length },
    details,
  }
}

/** Micro-averaged: precision over found + false positives, recall over gold names; 1 when empty. */
function ratios(truePositives: number, falsePositives: number, predicted: number, gold: number): Counts {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives)
  const recall = gold === 0 ? 1 : truePositives / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { truePositives, falsePositives, predicted, gold, precision, recall, f1 }
}
