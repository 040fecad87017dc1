import { analyze } from '../src/index'
import { documentText, loadCorpus } from './corpus'
const MAP: Record<string, string> = { business: 'economic', politics: 'political', health: 'health', sport: 'sports', sports: 'sports', tech: 'technology', technology: 'technology', entertainment: 'culture' }
const [file, split, gold, pred, n] = process.argv.slice(2)
const docs = (loadCorpus()!.get(file!) ?? []).filter((d) => d.id.includes(split!))
let shown = 0
for (const d of docs) {
  const g = MAP[d.label]!
  if (gold !== '*' && g !== gold) continue
  const a = analyze(documentText(d), { lang: d.lang, entities: false })
  const top = a.themes[0]?.theme ?? 'none'
  if (top === g) continue
  if (pred !== '*' && top !== pred) continue
  console.log(`## ${d.id} gold=${g} | ${d.title.slice(0, 90)}`)
  for (const t of a.themes.slice(0, 4)) console.log(`   ${t.theme} ${t.score} ${t.matches}: ${t.evidence.map((e) => `${e.term}×${e.count}`).join(', ')}`)
  if (++shown >= Number(n ?? 15)) break
}
