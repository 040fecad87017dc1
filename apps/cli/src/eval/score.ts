import type { ArticleAnalysis, EntityType } from '@newslens/analysis'

/**
 * Scores analyses against a hand-made gold set. Entities: a gold name counts as found when an
 * extracted entity of the same type has it as its name or one of its aliases, compared without
 * case (and with typographic apostrophes and spaces normalised); each gold name and each
 * extracted entity is matched at most once. A gold entry may list alternative names.
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
    const used = new Set<number>()
    const missed: string[] = []
    let found = 0
    for (const names of golds) {
      const wanted = new Set(names.map(normalizeName))
      const match = predicted.findIndex(
        (e, i) => !used.has(i) && [e.name, ...e.aliases].some((n) => wanted.has(normalizeName(n))),
      )
      if (match === -1) missed.push(names[0] ?? '')
      else {
        used.add(match)
        found++
      }
    }
    const spurious = predicted.filter((_, i) => !used.has(i)).map((e) => e.name)
    entities[type] = { ...ratios(found, predicted.length, golds.length), missed, spurious }
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
  const sum = (type: EntityType, key: 'truePositives' | 'predicted' | 'gold') => details.reduce((n, d) => n + d.entities[type][key], 0)
  const entities = {} as EvalReport['entities']
  let tp = 0
  let predicted = 0
  let gold = 0
  for (const type of TYPES) {
    entities[type] = ratios(sum(type, 'truePositives'), sum(type, 'predicted'), sum(type, 'gold'))
    tp += entities[type].truePositives
    predicted += entities[type].predicted
    gold += entities[type].gold
  }
  entities.overall = ratios(tp, predicted, gold)
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

function ratios(truePositives: number, predicted: number, gold: number): Counts {
  // Precision counts extracted entities that matched a gold name, so it shares the numerator.
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : truePositives / predicted
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : truePositives / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { truePositives, predicted, gold, precision, recall, f1 }
}
