/**
 * Throughput of analyze() over ../shared/corpus, French and English, against two baselines run
 * in the same process and counted the same way (words = matches of /[\p{L}\p{N}]+/gu):
 *   natural   AggressiveTokenizer(Fr) + PorterStemmer(Fr) + SentimentAnalyzer (pattern / afinn)
 *   wink-nlp  wink-eng-lite-web-model: readDoc + entities + sentiment (English only)
 * Targets: analyze >= 4x natural on French, >= 2x wink-nlp on English, peak RSS < 300 MB.
 * Then analysis time over 1, 10 and 20 MB texts, which should grow linearly.
 */
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer.js'
import AggressiveTokenizerFr from 'natural/lib/natural/tokenizers/aggressive_tokenizer_fr.js'
import SentimentAnalyzer from 'natural/lib/natural/sentiment/SentimentAnalyzer.js'
import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js'
import porterFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js'
import winkModel from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import { analyze } from '../src/index'
import { documentText, loadCorpus } from './corpus'

const WORD = /[\p{L}\p{N}]+/gu
const countWords = (texts: string[]): number => texts.reduce((n, t) => n + (t.match(WORD)?.length ?? 0), 0)
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`

let peakRss = 0
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}

function time(label: string, texts: string[], words: number, run: (text: string) => unknown): number {
  // one warm-up pass over a slice, so the JIT and caches are in the steady state every tool reaches
  for (const t of texts.slice(0, 50)) run(t)
  const start = performance.now()
  for (let i = 0; i < texts.length; i++) {
    run(texts[i]!)
    if (i % 100 === 0) sampleRss()
  }
  const seconds = (performance.now() - start) / 1000
  const rate = words / seconds
  console.log(`${label.padEnd(34)} ${String(words).padStart(9)} words  ${seconds.toFixed(2).padStart(6)} s  ${Math.round(rate / 1000).toString().padStart(5)}k words/s`)
  return rate
}

const corpus = loadCorpus()
if (corpus) {
  const all = [...corpus.values()].flat()
  const fr = all.filter((d) => d.lang === 'fr').map(documentText)
  const en = all.filter((d) => d.lang === 'en').map(documentText)
  const frWords = countWords(fr)
  const enWords = countWords(en)
  console.log(`corpus: ${fr.length} French documents, ${en.length} English documents`)

  sampleRss()
  const analyzeFr = time('analyze (fr, full, entities on)', fr, frWords, (t) => analyze(t, { lang: 'fr' }))
  const analyzeEn = time('analyze (en, full, entities on)', en, enWords, (t) => analyze(t, { lang: 'en' }))
  const analyzePeak = peakRss

  const tokFr = new AggressiveTokenizerFr()
  const tokEn = new AggressiveTokenizer()
  const sentFr = new SentimentAnalyzer('French', null, 'pattern')
  const sentEn = new SentimentAnalyzer('English', null, 'afinn')
  const naturalFr = time('natural (fr: tokenize+stem+sentiment)', fr, frWords, (t) => {
    const tokens = tokFr.tokenize(t)
    tokens.map((w) => porterFr.stem(w))
    return sentFr.getSentiment(tokens)
  })
  const naturalEn = time('natural (en: tokenize+stem+sentiment)', en, enWords, (t) => {
    const tokens = tokEn.tokenize(t)
    tokens.map((w) => porterEn.stem(w))
    return sentEn.getSentiment(tokens)
  })
  const nlp = winkNLP(winkModel)
  const its = nlp.its
  const wink = time('wink-nlp (en: readDoc+entities+sent.)', en, enWords, (t) => {
    const doc = nlp.readDoc(t)
    doc.entities().out()
    return doc.out(its.sentiment)
  })

  console.log('')
  console.log(`ratio analyze/natural fr: ${(analyzeFr / naturalFr).toFixed(2)}x (target >= 4x)`)
  console.log(`ratio analyze/natural en: ${(analyzeEn / naturalEn).toFixed(2)}x`)
  console.log(`ratio analyze/wink-nlp en: ${(analyzeEn / wink).toFixed(2)}x (target >= 2x)`)
  console.log(`peak RSS while analysing the whole corpus: ${mb(analyzePeak)} (target < 300 MB)`)

  // linear growth: one text of 1, 10 and 20 MB built from the corpus' own articles
  console.log('')
  const pool = all.map(documentText).join('\n')
  for (const size of [1, 10, 20]) {
    const bytes = size * 2 ** 20
    const text = pool.repeat(Math.ceil(bytes / pool.length)).slice(0, bytes)
    const start = performance.now()
    const a = analyze(text)
    const ms = performance.now() - start
    console.log(`analyze ${String(size).padStart(2)} MB text: ${Math.round(ms).toString().padStart(6)} ms  (${Math.round(ms / size)} ms/MB, ${a.stats.words} words, rss ${mb(process.memoryUsage().rss)})`)
  }
}
