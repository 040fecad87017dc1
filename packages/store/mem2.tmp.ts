import { createReadStream, rmSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { analyze } from '@newslens/analysis'
import { openStore } from './src/index'
rmSync('/tmp/st/mem.db', { force: true }); rmSync('/tmp/st/mem.db-wal', { force: true })
const store = await openStore({ url: 'file:/tmp/st/mem.db' })
let batch: any[] = [], n = 0
const m = () => { const u = process.memoryUsage(); return `rss ${(u.rss / 1e6).toFixed(0)} heap ${(u.heapUsed / 1e6).toFixed(0)}/${(u.heapTotal / 1e6).toFixed(0)} ext ${(u.external / 1e6).toFixed(0)}` }
const t0 = performance.now()
for (const f of ['en_bbc_news_5topics', 'en_masakhanews_eng_topics', 'fr_masakhanews_fra_topics']) {
  for await (const line of createInterface({ input: createReadStream(`/work/shared/corpus/${f}.jsonl`) })) {
    const l = JSON.parse(line)
    batch.push({ article: { text: l.text, title: l.title }, analysis: analyze(l.text, { lang: l.lang }) })
    if (batch.length === 250) { await store.saveBatch(batch); batch = []; if (++n % 4 === 0) { (globalThis as any).gc?.(); } if (n % 4 === 0) console.log(n * 250, ((performance.now() - t0) / 1000).toFixed(1), m()) }
    if (n * 250 >= Number(process.argv[2] ?? 3000)) break
  }
}
