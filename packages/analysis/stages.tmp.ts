import { documentText, loadCorpus } from './bench/corpus.ts'
import { normalise } from './src/normalise.ts'
import { pack } from './src/packs.ts'
import { tokenize } from './src/tokenize.ts'
import { segment } from './src/segment.ts'
import { collectTerms, termFrequencies } from './src/terms.ts'
import { scoreSentiment } from './src/sentiment.ts'
import { scoreThemes } from './src/themes.ts'
import { collectNgrams } from './src/ngrams.ts'
import { extractEntities } from './src/entities/index.ts'
import { analyze } from './src/index.ts'
const lang = (process.argv[2] ?? 'fr') as 'fr' | 'en'
const texts = [...loadCorpus()!.values()].flat().filter((d) => d.lang === lang).map(documentText)
const T: Record<string, number> = {}
const now = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000 }
const lap = (k: string, t0: number) => { const t = now(); T[k] = (T[k] ?? 0) + t - t0; return t }
for (let round = 0; round < 2; round++) {
  for (const k in T) T[k] = 0
  for (const text of texts) {
    let t = now()
    const normalised = normalise(text); t = lap('normalise', t)
    const p = pack(lang)
    const { tokens, paragraphs, types, typeForms } = tokenize(normalised, p.tokenizer); t = lap('tokenize', t)
    const sentences = segment(tokens, paragraphs, p); t = lap('segment', t)
    const doc: any = { text, normalised, lang, langConfidence: 1, pack: p, tokens, paragraphs, types, typeForms, sentences, termOf: new Int32Array(0), terms: [], contentWords: 0, words: 0 }
    collectTerms(doc); t = lap('terms', t)
    termFrequencies(doc, 500); t = lap('termFreq', t)
    collectNgrams(doc, 100); t = lap('ngrams', t)
    scoreSentiment(doc); t = lap('sentiment', t)
    scoreThemes(doc); t = lap('themes', t)
    extractEntities({ text, lang, sentences, tokens }); t = lap('entities', t)
  }
}
let t = now(); for (const text of texts) analyze(text, { lang, entities: false }); lap('analyze(no ent) total', t)
t = now(); for (const text of texts) analyze(text, { lang, entities: false, cooccurrence: { topK: 0 } }); lap('analyze(no ent, no cooc) total', t)
console.log(Object.entries(T).map(([k, v]) => `${k} ${Math.round(v)}ms`).join('\n'))
