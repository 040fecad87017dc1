// which taxonomy entries fire in which labels' train documents (precision of each entry)
import { analyze, defaultTaxonomy } from './src/index.ts'
import { documentText, loadCorpus } from './bench/corpus.ts'
const MAP: Record<string, string> = { business: 'economic', politics: 'political', health: 'health', sport: 'sports', sports: 'sports', tech: 'technology', technology: 'technology', entertainment: 'culture' }
const corpus = loadCorpus()!
for (const [file, lang] of [['fr_masakhanews_fra_topics.jsonl', 'fr'], ['en_masakhanews_eng_topics.jsonl', 'en']] as const) {
  const docs = corpus.get(file)!.filter((d) => d.id.includes('-train-'))
  const stats = new Map<string, Map<string, number>>()
  for (const d of docs) {
    for (const theme of defaultTaxonomy.themes) {
      if (!Object.values(MAP).includes(theme.id)) continue
      const tax = { themes: [theme] }
      const a = analyze(documentText(d), { lang, entities: false, taxonomy: tax })
      for (const e of a.themes[0]?.evidence ?? []) {
        const key = `${theme.id}\t${e.term}`
        const m = stats.get(key) ?? new Map()
        m.set(MAP[d.label]!, (m.get(MAP[d.label]!) ?? 0) + 1)
        stats.set(key, m)
      }
    }
  }
  const rows = [...stats].map(([k, m]) => { const [theme, term] = k.split('\t'); const total = [...m.values()].reduce((a, b) => a + b, 0); return { theme, term, total, prec: (m.get(theme!) ?? 0) / total, m } })
  rows.sort((a, b) => a.prec - b.prec)
  for (const r of rows) if (r.total >= 8 && r.prec < 0.45) console.log(lang, r.theme, r.term, r.total, r.prec.toFixed(2), JSON.stringify(Object.fromEntries(r.m)))
}
