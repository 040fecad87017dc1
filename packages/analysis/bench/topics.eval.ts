/**
 * Zero-shot topic agreement: does the strongest theme match the corpus label? Labels map onto
 * themes as DESIGN.md says. Scored on the MasakhaNEWS French and English test splits (ids with
 * "-test-") and on the BBC set, as macro-F1 over the dataset's labels, two ways:
 *   top theme        the first theme of analyze() among all 14 (anything else counts as wrong)
 *   among labels     the strongest theme among the dataset's candidate themes (the usual
 *                    zero-shot setting: the classifier is told which labels exist)
 *   broad topic      the top theme rolled up by the taxonomy's `broader` field (military,
 *                    diplomatic, security, legal -> political; energy, reconstruction -> economic),
 *                    since the corpus labels are broad topics: a war story labelled "politics"
 *                    is military first for us, and political only at this level
 * `--confusion` lists the gold -> top theme errors; `--train` / `--dev` score those splits (for tuning;
 * BBC has no split and is only scored with test).
 * `--tone` prints how document tone labels spread over each dataset and label (a calibration check:
 * war and crime should lean negative, routine reports neutral).
 * `--keywords` prints, per label, the terms most over-used in the train split (keyness), to
 * guide the general news vocabulary of data/themes/taxonomy.json.
 */
import { analyze, defaultTaxonomy, keyness, sumTermCounts, type ArticleAnalysis } from '../src/index'
import { documentText, loadCorpus, type CorpusDocument } from './corpus'

const LABEL_TO_THEME: Record<string, string> = {
  business: 'economic',
  politics: 'political',
  health: 'health',
  sport: 'sports',
  sports: 'sports',
  tech: 'technology',
  technology: 'technology',
  entertainment: 'culture',
}

interface Scored {
  gold: string
  top: string
  restricted: string
  broad: string
}

/** a theme's broad topic (military -> political), as the taxonomy's `broader` field says */
const BROADER = new Map(defaultTaxonomy.themes.filter((t) => t.broader).map((t) => [t.id, t.broader!]))


function macroF1(rows: { gold: string; predicted: string }[], classes: string[], perClass?: string[]): number {
  let sum = 0
  for (const c of classes) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const r of rows) {
      if (r.predicted === c && r.gold === c) tp++
      else if (r.predicted === c) fp++
      else if (r.gold === c) fn++
    }
    const p = tp + fp ? tp / (tp + fp) : 0
    const rec = tp + fn ? tp / (tp + fn) : 0
    const f1 = p + rec ? (2 * p * rec) / (p + rec) : 0
    perClass?.push(`${c} P ${(100 * p).toFixed(0)} R ${(100 * rec).toFixed(0)} F1 ${(100 * f1).toFixed(1)}`)
    sum += f1
  }
  return (100 * sum) / classes.length
}

function evaluate(name: string, docs: CorpusDocument[]): void {
  const classes = [...new Set(docs.map((d) => LABEL_TO_THEME[d.label]!))].sort()
  const rows: Scored[] = []
  for (const d of docs) {
    const a = analyze(documentText(d), { lang: d.lang, entities: false })
    const restricted = a.themes.find((t) => classes.includes(t.theme))?.theme ?? 'none'
    const top = a.themes[0]?.theme ?? 'none'
    rows.push({ gold: LABEL_TO_THEME[d.label]!, top, restricted, broad: BROADER.get(top) ?? top })
  }
  const perClass: string[] = []
  const top = macroF1(rows.map((r) => ({ gold: r.gold, predicted: r.top })), classes, perClass)
  const among = macroF1(rows.map((r) => ({ gold: r.gold, predicted: r.restricted })), classes)
  const broad = macroF1(rows.map((r) => ({ gold: r.gold, predicted: r.broad })), classes)
  console.log(`${name.padEnd(22)} docs ${String(docs.length).padStart(5)}  macro-F1: top theme ${top.toFixed(1)}  among labels ${among.toFixed(1)}  broad topic ${broad.toFixed(1)}`)
  if (process.argv.includes('--confusion')) {
    console.log(`   ${perClass.join(' | ')}`)
    // top theme (any of the 14) against the gold theme: where the vocabularies pull documents away
    const m = new Map<string, number>()
    for (const r of rows) if (r.gold !== r.top) m.set(`${r.gold} -> ${r.top}`, (m.get(`${r.gold} -> ${r.top}`) ?? 0) + 1)
    console.log([...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `   ${k}: ${v}`).join('\n'))
  }
}

function keywords(name: string, docs: CorpusDocument[]): void {
  const byLabel = new Map<string, ArticleAnalysis[]>()
  for (const d of docs) {
    const list = byLabel.get(d.label) ?? []
    list.push(analyze(documentText(d), { lang: d.lang, entities: false }))
    byLabel.set(d.label, list)
  }
  for (const [label, analyses] of byLabel) {
    const rest = [...byLabel].filter(([l]) => l !== label).flatMap(([, a]) => a)
    const key = keyness(sumTermCounts(analyses), sumTermCounts(rest), { limit: 60, minCount: 10 })
    console.log(`${name} ${label}: ${key.map((k) => k.display).join(', ')}`)
  }
}

function tone(name: string, docs: CorpusDocument[]): void {
  const byLabel = new Map<string, Record<'negative' | 'neutral' | 'positive', number>>()
  const all = { negative: 0, neutral: 0, positive: 0 }
  for (const d of docs) {
    const label = analyze(documentText(d), { lang: d.lang, entities: false }).sentiment.label
    const counts = byLabel.get(d.label) ?? { negative: 0, neutral: 0, positive: 0 }
    counts[label]++
    all[label]++
    byLabel.set(d.label, counts)
  }
  const show = (c: typeof all) => `negative ${c.negative}  neutral ${c.neutral}  positive ${c.positive}`
  console.log(`${name.padEnd(22)} docs ${String(docs.length).padStart(5)}  ${show(all)}`)
  for (const [label, c] of [...byLabel].sort()) console.log(`   ${label.padEnd(14)} ${show(c)}`)
}

const corpus = loadCorpus()
if (corpus) {
  const get = (file: string) => corpus.get(file) ?? []
  const fr = get('fr_masakhanews_fra_topics.jsonl')
  const en = get('en_masakhanews_eng_topics.jsonl')
  const bbc = get('en_bbc_news_5topics.jsonl')
  if (process.argv.includes('--tone')) {
    tone('MasakhaNEWS fr test', fr.filter((d) => d.id.includes('-test-')))
    tone('MasakhaNEWS en test', en.filter((d) => d.id.includes('-test-')))
    tone('BBC (all)', bbc)
  } else if (process.argv.includes('--keywords')) {
    keywords('fr', fr.filter((d) => d.id.includes('-train-')))
    keywords('en', en.filter((d) => d.id.includes('-train-')))
  } else {
    // tune on --train or --dev; report on test
    const split = process.argv.includes('--dev') ? '-dev-' : process.argv.includes('--train') ? '-train-' : '-test-'
    evaluate(`MasakhaNEWS fr ${split.slice(1, -1)}`, fr.filter((d) => d.id.includes(split)))
    evaluate(`MasakhaNEWS en ${split.slice(1, -1)}`, en.filter((d) => d.id.includes(split)))
    if (split === '-test-') evaluate('BBC (all)', bbc)
  }
}
