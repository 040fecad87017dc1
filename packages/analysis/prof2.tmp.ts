import { analyze } from './src/index.ts'
import { documentText, loadCorpus } from './bench/corpus.ts'
const all = [...loadCorpus()!.values()].flat()
const pool = all.map(documentText).join('\n')
const now = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000 }
for (const size of [1, 4]) {
  const text = pool.slice(0, size * 2 ** 20)
  for (const ent of [false, true]) { const t = now(); analyze(text, { entities: ent }); console.log(size, 'MB', ent ? 'entities' : 'no entities', Math.round(now() - t), 'ms cpu', process.memoryUsage().rss >> 20, 'MB') }
}
