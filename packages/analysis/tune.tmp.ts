// precision of each taxonomy entry on the train split: in which labels' documents it occurs
import { readFileSync } from 'node:fs'
import { buildDocument } from './src/pipeline.ts'
import { pack } from './src/packs.ts'
import { tokenize } from './src/tokenize.ts'
import { isContentWord, termKey } from './src/terms.ts'
import { documentText, loadCorpus } from './bench/corpus.ts'
const MAP: Record<string, string> = { business: 'economic', politics: 'political', health: 'health', sports: 'sports', technology: 'technology', entertainment: 'culture' }
const tax = JSON.parse(readFileSync('data/themes/taxonomy.json', 'utf8'))
const corpus = loadCorpus()!
const out: Record<string, unknown>[] = []
for (const [file, lang] of [['fr_masakhanews_fra_topics.jsonl', 'fr'], ['en_masakhanews_eng_topics.jsonl', 'en']] as const) {
  const p = pack(lang)
  const docs = corpus.get(file)!.filter((d) => d.id.includes('-train-'))
  const keysOf = (phrase: string) => tokenize(phrase, p.tokenizer).tokens.filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => (isContentWord(t.norm, p.stopwords) ? termKey(t.norm, p.stem) : `=${t.norm}`)).join(' ')
  const docKeys = docs.map((d) => {
    const doc = buildDocument(documentText(d), lang)
    const keys = doc.tokens.map((t, k) => (doc.termOf[k]! >= 0 ? doc.terms[doc.termOf[k]!]!.key : `=${t.norm}`))
    const set = new Set<string>()
    for (let i = 0; i < keys.length; i++) for (let n = 1; n <= 4 && i + n <= keys.length; n++) set.add(keys.slice(i, i + n).join(' '))
    return { label: MAP[d.label]!, set }
  })
  for (const theme of tax.themes) {
    if (!Object.values(MAP).includes(theme.id)) continue
    for (const entry of theme.vocabulary[lang] as string[]) {
      const [phrase, w] = entry.split('|')
      const key = keysOf(phrase!)
      const m: Record<string, number> = {}
      let total = 0
      for (const d of docKeys) if (d.set.has(key)) { m[d.label] = (m[d.label] ?? 0) + 1; total++ }
      out.push({ lang, theme: theme.id, entry, weight: Number(w ?? 1), total, prec: total ? (m[theme.id] ?? 0) / total : null, m })
    }
  }
}
console.log(JSON.stringify(out))
