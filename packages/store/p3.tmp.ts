import { createReadStream, rmSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { analyze } from '@newslens/analysis'
import { openStore } from './src/index'
const N = Number(process.argv[2] ?? 2000)
const items: any[] = []
for (const f of ['en_bbc_news_5topics', 'fr_masakhanews_fra_topics']) {
  let k = 0
  for await (const line of createInterface({ input: createReadStream(`/work/shared/corpus/${f}.jsonl`) })) {
    if (k++ >= N / 2) break
    const l = JSON.parse(line)
    items.push({ article: { text: l.text, title: l.title, publishedAt: '2024-01-01' }, analysis: analyze(l.text, { lang: l.lang }) })
  }
}
rmSync('/tmp/st/p3.db', { force: true }); rmSync('/tmp/st/p3.db-wal', { force: true })
const store = await openStore({ url: 'file:/tmp/st/p3.db' })
if (process.argv[3]) { const { createClient } = await import('@libsql/client'); const r = createClient({ url: 'file:/tmp/st/p3.db' }); for (const q of process.argv[3].split(';')) await r.execute(q); r.close() }
const c0 = process.cpuUsage(); const t0 = performance.now()
for (let i = 0; i < items.length; i += 250) await store.saveBatch(items.slice(i, i + 250))
const c = process.cpuUsage(c0)
console.log(`${items.length} articles: wall ${((performance.now() - t0) / 1000).toFixed(1)} s, cpu ${((c.user + c.system) / 1e6).toFixed(1)} s (sys ${(c.system / 1e6).toFixed(1)}), rows ${store.counters.rows}`)
await store.close()
