import { readFileSync } from 'node:fs'
import { analyze } from './src/index.ts'
const a = analyze(readFileSync('/work/main/samples/syrie-russie-cooperation.fr.txt', 'utf8'))
console.log(a.sentiment, a.sentences.map(s=>s.sentiment))
console.log(a.entities.map(e=>[e.name,e.type,e.sentiment,e.roles]))
