/**
 * Scores the entities `analyze` finds against samples/eval/gold.json, per type and overall,
 * counted like the held-out evaluation (see scoreEntities). Run from packages/analysis:
 *   node --import tsx ../../samples/eval/score-entities.ts [--verbose]
 */
import { readFileSync } from 'node:fs'
import { analyze } from '../../packages/analysis/src/index.ts'
import { scoreEntities } from '../../packages/analysis/src/entities/index.ts'

interface GoldArticle {
  id: string
  lang: 'fr' | 'en'
  persons: string[]
  organizations: string[]
  locations: string[]
}

const here = new URL('.', import.meta.url)
const gold = JSON.parse(readFileSync(new URL('gold.json', here), 'utf8')) as GoldArticle[]
const verbose = process.argv.includes('--verbose')
const types = ['person', 'organization', 'location'] as const
const totals = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<(typeof types)[number], { tp: number; fp: number; fn: number }>

const f1 = (tp: number, fp: number, fn: number): [number, number, number] => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp)
  const r = tp + fn === 0 ? 1 : tp / (tp + fn)
  return [p, r, p + r === 0 ? 0 : (2 * p * r) / (p + r)]
}

for (const article of gold) {
  const text = readFileSync(new URL(`texts/${article.id}.txt`, here), 'utf8')
  const score = scoreEntities(article, analyze(text, { lang: article.lang }).entities)
  for (const t of types) {
    totals[t].tp += score.byType[t].truePositives
    totals[t].fp += score.byType[t].falsePositives
    totals[t].fn += score.byType[t].falseNegatives
  }
  console.log(`${article.id.padEnd(34)} F1 ${score.overall.f1.toFixed(3)}`)
  if (verbose) {
    console.log(`  missed   ${JSON.stringify(score.missed)}`)
    console.log(`  spurious ${JSON.stringify(score.spurious)}`)
  }
}

let all = { tp: 0, fp: 0, fn: 0 }
for (const t of types) {
  const { tp, fp, fn } = totals[t]
  const [p, r, f] = f1(tp, fp, fn)
  console.log(`${t.padEnd(13)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`)
  all = { tp: all.tp + tp, fp: all.fp + fp, fn: all.fn + fn }
}
const [p, r, f] = f1(all.tp, all.fp, all.fn)
console.log(`${'overall'.padEnd(13)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`)
