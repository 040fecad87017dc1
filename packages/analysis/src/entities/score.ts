/**
 * Scores extracted entities against a gold list, the way the held-out evaluation counts: a gold
 * entity is found when an entity of that type has it as name or alias (case-insensitive); every
 * reported entity that finds no gold entity is a false positive.
 */
import type { EntityType } from '../types'

export interface GoldEntities {
  persons: string[]
  organizations: string[]
  locations: string[]
}

export interface ScoredEntity {
  name: string
  type: EntityType
  aliases: string[]
}

export interface TypeScore {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
  f1: number
}

export interface EntityScore {
  overall: TypeScore
  byType: Record<EntityType, TypeScore>
  /** gold names no entity found, by type */
  missed: Record<EntityType, string[]>
  /** reported entities that match no gold name */
  spurious: { name: string; type: EntityType }[]
}

const GOLD_FIELD: Record<EntityType, keyof GoldEntities> = { person: 'persons', organization: 'organizations', location: 'locations' }
const TYPES: EntityType[] = ['person', 'organization', 'location']

function ratios(tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 }
}

export function scoreEntities(gold: GoldEntities, entities: readonly ScoredEntity[]): EntityScore {
  const byType = {} as Record<EntityType, TypeScore>
  const missed = {} as Record<EntityType, string[]>
  const spurious: { name: string; type: EntityType }[] = []
  let tp = 0
  let fp = 0
  let fn = 0
  for (const type of TYPES) {
    const golds = gold[GOLD_FIELD[type]].map((g) => g.toLowerCase())
    const ofType = entities.filter((e) => e.type === type)
    const forms = ofType.map((e) => new Set([e.name, ...e.aliases].map((f) => f.toLowerCase())))
    const found = golds.filter((g) => forms.some((f) => f.has(g)))
    const goldSet = new Set(golds)
    const wrong = ofType.filter((_e, i) => ![...forms[i]!].some((f) => goldSet.has(f)))
    const t = found.length
    const p = wrong.length
    const n = golds.length - found.length
    byType[type] = ratios(t, p, n)
    missed[type] = gold[GOLD_FIELD[type]].filter((g) => !found.includes(g.toLowerCase()))
    for (const w of wrong) spurious.push({ name: w.name, type })
    tp += t
    fp += p
    fn += n
  }
  return { overall: ratios(tp, fp, fn), byType, missed, spurious }
}
