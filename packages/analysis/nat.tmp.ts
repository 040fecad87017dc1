import AggressiveTokenizerFr from 'natural/lib/natural/tokenizers/aggressive_tokenizer_fr.js'
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer.js'
import SentimentAnalyzer from 'natural/lib/natural/sentiment/SentimentAnalyzer.js'
import porterFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js'
import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js'
import winkModel from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import { documentText, loadCorpus } from './bench/corpus.ts'
const all = [...loadCorpus()!.values()].flat()
const fr = all.filter((d) => d.lang === 'fr').map(documentText), en = all.filter((d) => d.lang === 'en').map(documentText)
const now = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000 }
const words = (ts: string[]) => ts.reduce((n, t) => n + (t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)
const tokFr = new AggressiveTokenizerFr(), sentFr = new SentimentAnalyzer('French', null, 'pattern')
let t = now(); for (const x of fr) { const tk = tokFr.tokenize(x); tk.map((w) => porterFr.stem(w)); sentFr.getSentiment(tk) }
console.log('natural fr', Math.round(words(fr) / (now() - t)), 'k words/s cpu')
const tokEn = new AggressiveTokenizer(), sentEn = new SentimentAnalyzer('English', null, 'afinn')
t = now(); for (const x of en) { const tk = tokEn.tokenize(x); tk.map((w) => porterEn.stem(w)); sentEn.getSentiment(tk) }
console.log('natural en', Math.round(words(en) / (now() - t)), 'k words/s cpu')
const nlp = winkNLP(winkModel); const its = nlp.its
t = now(); for (const x of en) { const d = nlp.readDoc(x); d.entities().out(); d.out(its.sentiment) }
console.log('wink en', Math.round(words(en) / (now() - t)), 'k words/s cpu')
