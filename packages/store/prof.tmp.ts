import { readFileSync, rmSync } from 'node:fs'
import { analyze } from '@newslens/analysis'
import { openStore } from './src/index'
import * as bulk from './src/write/bulk'
const lines = readFileSync('/work/shared/corpus/en_bbc_news_5topics.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 1000).map((l) => JSON.parse(l))
const items = lines.map((l, i) => ({ article: { text: l.text, title: l.title, publishedAt: '2024-01-01' }, analysis: analyze(l.text, { lang: 'en' }) }))
rmSync('/tmp/st/prof.db', { force: true }); rmSync('/tmp/st/prof.db-wal', { force: true })
const store = await openStore({ url: process.argv[2] ?? 'file:/tmp/st/prof.db' })
const t0 = performance.now()
for (let i = 0; i < items.length; i += 250) await store.saveBatch(items.slice(i, i + 250))
const ms = performance.now() - t0
console.log(`${items.length} articles in ${ms.toFixed(0)} ms: ${(items.length / ms * 1000).toFixed(0)}/s rows ${store.counters.rows}`)
const times = (globalThis as any).__insertTimes
if (times) for (const [k, v] of Object.entries(times)) console.log(k, (v as number).toFixed(0))
await store.close()
