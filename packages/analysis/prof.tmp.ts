import { analyze } from './src/index.ts'
import { documentText, loadCorpus } from './bench/corpus.ts'
const corpus = loadCorpus()!
const lang = (process.argv[2] ?? 'fr') as 'fr' | 'en'
const ents = process.argv[3] !== 'noent'
const texts = [...corpus.values()].flat().filter((d) => d.lang === lang).map(documentText)
for (const t of texts.slice(0, 50)) analyze(t, { lang, entities: ents })
const t0 = performance.now()
let w = 0
for (const t of texts) w += analyze(t, { lang, entities: ents }).stats.words
const s = (performance.now() - t0) / 1000
console.log(lang, ents ? 'entities' : 'no entities', Math.round(w / s / 1000), 'k words/s (our words)', s.toFixed(1), 's', process.resourceUsage().maxRSS >> 10, 'MB')
