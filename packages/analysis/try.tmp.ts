import { readFileSync } from 'node:fs'
import { analyze } from './src/index.ts'
const text = readFileSync('/work/main/samples/syrie-russie-cooperation.fr.txt', 'utf8')
const a = analyze(text)
console.log(JSON.stringify({ ...a, sentences: a.sentences.slice(0, 3), terms: a.terms.slice(0, 20), ngrams: a.ngrams.slice(0, 30), cooccurrences: a.cooccurrences.slice(0, 8) }, null, 0))
