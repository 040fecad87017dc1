import { createReadStream, rmSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { analyze } from '@newslens/analysis'
import { openStore } from './src/index'
const N = Number(process.argv[2] ?? 3000)
const items: any[] = []
for (const f of ['en_bbc_news_5topics', 'en_masakhanews_eng_topics', 'fr_masakhanews_fra_topics']) {
  for await (const line of createInterface({ input: createReadStream(`/work/shared/corpus/${f}.jsonl`) })) {
    if (items.length >= N) break
    const l = JSON.parse(line)
    items.push({ article: { text: l.text, title: l.title, publishedAt: '2024-01-01' }, analysis: analyze(l.text, { lang: l.lang }) })
  }
}
console.log('analysed', items.length, 'rss', (process.memoryUsage().rss / 1e6).toFixed(0))
rmSync('/tmp/st/prof.db', { force: true }); rmSync('/tmp/st/prof.db-wal', { force: true })
const store = await openStore({ url: process.argv[3] ?? 'file:/tmp/st/prof.db' })
const t0 = performance.now()
let last = t0
let lastCpu = process.cpuUsage()
for (let i = 0; i < items.length; i += 250) {
  await store.saveBatch(items.slice(i, i + 250))
  if ((i / 250) % 4 === 3) { const now = performance.now(); const cpu = process.cpuUsage(lastCpu); console.log(i + 250, ((now - last) / 1000).toFixed(2), 's per 1000; cpu', ((cpu.user + cpu.system) / 1e6).toFixed(2), 'sys', (cpu.system / 1e6).toFixed(2)); last = now; lastCpu = process.cpuUsage() }
}
const ms = performance.now() - t0
console.log(`${items.length} articles in ${ms.toFixed(0)} ms: ${(items.length / ms * 1000).toFixed(0)}/s rows ${store.counters.rows}`)
console.log((globalThis as any).__t)
await store.close()
