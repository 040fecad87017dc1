import { analyze } from './src/index.ts'
import { documentText, loadCorpus } from './bench/corpus.ts'
const m = (l: string) => { const u = process.memoryUsage(); console.log(l, 'rss', u.rss >> 20, 'heapUsed', u.heapUsed >> 20, 'heapTotal', u.heapTotal >> 20, 'ext', u.external >> 20) }
m('start')
analyze('La guerre.'); analyze('The war.')
m('after first analyze')
const all = [...loadCorpus()!.values()].flat()
m('corpus loaded')
const pool = all.map(documentText).join('\n')
const text = pool.slice(0, 4 * 2 ** 20)
const a = analyze(text, { entities: process.argv[2] === 'ent' })
m('after 4MB analyze (result alive)')
;(globalThis as any).gc?.()
m('after gc')
console.log(a.stats)
