import { readFileSync, readdirSync } from 'node:fs'
import { detectLanguage } from './src/language.ts'
import { normalise } from './src/normalise.ts'
let total = 0, ok = 0
const bad: string[] = []
for (const f of readdirSync('/work/shared/corpus').filter((f) => f.endsWith('.jsonl'))) {
  for (const line of readFileSync(`/work/shared/corpus/${f}`, 'utf8').split('\n')) {
    if (!line) continue
    const d = JSON.parse(line)
    const g = detectLanguage(normalise(`${d.title}\n\n${d.text}`))
    total++
    if (g.lang === d.lang) ok++
    else bad.push(`${d.id} ${g.lang} ${g.confidence} ${d.text.slice(0, 80)}`)
  }
}
console.log(ok, total, (100 * ok / total).toFixed(2)); console.log(bad.slice(0, 20).join('\n'))
