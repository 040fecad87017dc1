import type { ArticleAnalysis, EntityType } from '@newslens/analysis'

/**
 * Scores analyses against a hand-made gold set, counting entities the way the held-out evaluation
 * does (and as `scoreEntities` in packages/analysis/src/entities/score.ts): a gold name is found
 * when an extracted entity of the same type has it as its name or one of its aliases, compared
 * without case (typographic apostrophes and spaces normalised); an extracted entity matching no
 * gold name is a false positive. A gold entry may also list alternative names for one entity.
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

/** a name, or alternative names for one entity */
export type GoldName = string | string[]

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

const GOLD_FIELD: Record<EntityType, 'persons' | 'organizations' | 'locations'> = {
  person: 'persons',
  organization: 'organizations',
  location: 'locations',
}
const TYPES: EntityType[] = ['person', 'organization', 'location']

export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/[’‘`´]/g, "'").replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim().toLocaleLowerCase()
}

export function scoreText(gold: GoldText, analysis: ArticleAnalysis): TextScore {
  const entities = {} as TextScore['entities']
  for (const type of TYPES) {
    const golds = (gold[GOLD_FIELD[type]] ?? []).map((g) => (Array.isArray(g) ? g : [g]))
    const predicted = analysis.entities.filter((e) => e.type === type)
    const forms = predicted.map((e) => new Set([e.name, ...e.aliases].map(normalizeName)))
    const goldForms = new Set(golds.flat().map(normalizeName))
    const missed = golds.filter((names) => !names.some((n) => forms.some((f) => f.has(normalizeName(n))))).map((names) => names[0] ?? '')
    const spurious = predicted.filter((_, i) => ![...forms[i]!].some((f) => goldForms.has(f))).map((e) => e.name)
    entities[type] = { ...ratios(golds.length - missed.length, spurious.length, predicted.length, golds.length), missed, spurious }
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
