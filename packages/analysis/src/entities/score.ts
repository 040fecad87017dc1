/**
 * Scores extracted entities against a gold list, the way the held-out evaluation counts: a gold
 * entity is found when an entity of that type has it as name or alias (case-insensitive, with
 * typographic apostrophes, dashes and spaces folded); every reported entity that finds no gold
 * entity is a false positive.
 */
import type { EntityType } from '../types'

/** a gold name, or alternative names for one gold entity */
export type GoldName = string | string[]

export interface GoldEntities {
  persons: GoldName[]
  organizations: GoldName[]
  locations: GoldName[]
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

export function normalizeEntityName(name: string): string {
  return name.normalize('NFC').replace(/[’‘`´]/g, "'").replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim().toLocaleLowerCase()
}

export function scoreEntities(gold: GoldEntities, entities: readonly ScoredEntity[]): EntityScore {
  const byType = {} as Record<EntityType, TypeScore>
  const missed = {} as Record<EntityType, string[]>
  const spurious: { name: string; type: EntityType }[] = []
  let tp = 0
  let fp = 0
  let fn = 0
  for (const type of TYPES) {
    const golds = gold[GOLD_FIELD[type]].map((g) => (Array.isArray(g) ? g : [g]))
    const ofType = entities.filter((e) => e.type === type)
    const forms = ofType.map((e) => new Set([e.name, ...e.aliases].map(normalizeEntityName)))
    const isFound = (names: string[]) => names.some((n) => forms.some((f) => f.has(normalizeEntityName(n))))
    const goldSet = new Set(golds.flat().map(normalizeEntityName))
    const wrong = ofType.filter((_e, i) => ![...forms[i]!].some((f) => goldSet.has(f)))
    const notFound = golds.filter((names) => !isFound(names))
    const t = golds.length - notFound.length
    const p = wrong.length
    const n = notFound.length
    byType[type] = ratios(t, p, n)
    missed[type] = notFound.map((names) => names[0] ?? '')
    for (const w of wrong) spurious.push({ name: w.name, type })
    tp += t
    fp += p
    fn += n
  }
  return { overall: ratios(tp, fp, fn), byType, missed, spurious }
}
