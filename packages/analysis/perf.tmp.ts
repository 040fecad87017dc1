import { readFileSync } from 'node:fs'
import { analyze } from './src/index.ts'
const seed = readFileSync('/work/main/samples/syrie-russie-cooperation.fr.txt', 'utf8')
for (const [name, text] of [['1MB word', 'a'.repeat(1 << 20)], ['1MB seed', seed.repeat(Math.ceil((1 << 20) / seed.length))], ['10MB seed', seed.repeat(Math.ceil((10 << 20) / seed.length))], ['nul', '\u0000'.repeat(100000)], ['surrogates', '\ud800x\udc00'.repeat(10000)]] as const) {
  const t0 = performance.now()
  const a = analyze(text)
  console.log(name, Math.round(performance.now() - t0), 'ms', a.stats, process.memoryUsage().rss >> 20, 'MB')
}
