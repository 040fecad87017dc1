// `pnpm --filter @newslens/store bench`: ingest ../shared/corpus (analysed with analyze()) into
// SQLite and PostgreSQL, then time the dashboard's main queries on the full corpus.
// PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server; a scratch
// database is created for the run and dropped after it.
import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { availableParallelism } from 'node:os'
import { createInterface } from 'node:readline'
import { Worker } from 'node:worker_threads'
import pg from 'pg'
import type { ArticleAnalysis, Lang } from '@newslens/analysis'
import { openStore, type NewsLensStore, type SaveItem } from '../src/index'
import { repoRoot } from '../src/db/location'

const BATCH = 250
const RUNS = Number(process.env.BENCH_RUNS ?? 40)
/** analysis threads: as the CLI does it, analysis runs beside the thread writing the store */
const WORKERS = Number(process.env.BENCH_WORKERS ?? Math.max(1, Math.min(3, availableParallelism() - 1)))

interface CorpusLine { id: string; lang: string; title: string; source: string; text: string }

async function* corpusLines(dir: string): AsyncGenerator<CorpusLine> {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = createInterface({ input: createReadStream(join(dir, file), 'utf8'), crlfDelay: Infinity })
    for await (const line of lines) {
      if (line.trim() === '') continue
      yield JSON.parse(line) as CorpusLine
    }
  }
}

/**
 * The corpus carries no publication dates; the benchmark gives each article a deterministic one
 * over two years so the timeline query has buckets to fill. Benchmark data only.
 */
function benchDate(i: number): string {
  const day = new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 730) * 86_400_000)
  return day.toISOString().slice(0, 10)
}

let peakRss = 0
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss) }, 50)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

/** a pool of analysis threads; results come back in submission order */
function analysers() {
  const workers = Array.from({ length: WORKERS }, () =>
    // the heap caps (here and on the main thread, see package.json) make V8 collect instead of
    // growing: live data is a few tens of MB, the rest of an uncapped heap is uncollected garbage
    new Worker(new URL('./analyse-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 256 } }))
  type Result = { analysis?: ArticleAnalysis; error?: string; ms: number }
  const waiting = new Map<number, (r: Result) => void>()
  for (const w of workers) w.on('message', (m: Result & { seq: number }) => { waiting.get(m.seq)?.(m); waiting.delete(m.seq) })
  let seq = 0
  return {
    analyse(text: string, lang?: Lang) {
      const id = seq++
      return new Promise<Result>((resolve) => {
        waiting.set(id, resolve)
        workers[id % workers.length]!.postMessage({ seq: id, text, lang })
      })
    },
    close: () => Promise.all(workers.map((w) => w.terminate())),
  }
}

async function ingest(store: NewsLensStore, dir: string) {
  const pool = analysers()
  const started = performance.now()
  const cpu0 = process.cpuUsage()
  let analysisMs = 0
  let storeMs = 0
  let articles = 0
  let duplicates = 0
  let failed = 0
  let analysisErrors = 0
  const flush = async (pending: Promise<SaveItem | null>[]) => {
    const batch = (await Promise.all(pending)).filter((item): item is SaveItem => item !== null)
    const t0 = performance.now()
    const result = await store.saveBatch(batch)
    storeMs += performance.now() - t0
    articles += result.inserted
    duplicates += result.duplicates
    failed += result.failed.length
    for (const f of result.failed.slice(0, 3)) console.log(`  failed item: ${f.reason}`)
  }
  // one batch being stored while the next is analysed
  let pending: Promise<SaveItem | null>[] = []
  let i = 0
  for await (const line of corpusLines(dir)) {
    const lang = (line.lang === 'fr' || line.lang === 'en' ? line.lang : undefined) as Lang | undefined
    const article = { text: line.text, title: line.title, source: line.source, externalId: line.id, publishedAt: benchDate(i++) }
    pending.push(pool.analyse(line.text, lang).then(({ analysis, error, ms }) => {
      analysisMs += ms
      if (!analysis) {
        if (analysisErrors++ < 3) console.log(`  analysis failed for ${line.id}: ${error}`)
        return null
      }
      return { article, analysis }
    }))
    if (pending.length >= BATCH) {
      await flush(pending)
      pending = []
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
  }
  if (pending.length > 0) await flush(pending)
  await pool.close()
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpu0)
  console.log(`  ${articles} articles stored (${duplicates} duplicates, ${failed} failed, ${analysisErrors} not analysed), ${store.counters.rows} rows`)
  console.log(`  wall ${seconds.toFixed(1)} s (${WORKERS} analysis thread${WORKERS > 1 ? 's' : ''}): analysis ${(analysisMs / 1000).toFixed(1)} s of thread time, store ${(storeMs / 1000).toFixed(1)} s on the main thread; process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`)
  console.log(`  ${(articles / seconds).toFixed(0)} articles/s analysed+stored; store alone ${(articles / (storeMs / 1000)).toFixed(0)} articles/s, ${(store.counters.rows / (storeMs / 1000)).toFixed(0)} rows/s`)
  console.log(`  peak RSS so far ${mb(peakRss)}`)
}

async function latency(name: string, fn: () => Promise<unknown>) {
  await fn()
  const times: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]!
  const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!
  console.log(`  ${name.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms`)
}

async function queries(store: NewsLensStore) {
  const top = (await store.listEntities({ sort: 'mentions', pageSize: 1 })).rows[0]
  const term = (await store.topTerms(undefined, 1))[0]
  await latency('entity table page 1 (by mentions)', () => store.listEntities({ sort: 'mentions', dir: 'desc', pageSize: 25 }))
  await latency('entity table page 20 (by name)', () => store.listEntities({ sort: 'name', dir: 'asc', page: 20, pageSize: 25 }))
  await latency('entity table, persons named "john"', () => store.listEntities({ type: 'person', q: 'john', pageSize: 25 }))
  await latency('entity table filtered to lang=fr', () => store.listEntities({ filter: { lang: 'fr' }, pageSize: 25 }))
  await latency('top terms, all corpus', () => store.topTerms(undefined, 50))
  await latency('top terms, lang=fr', () => store.topTerms({ lang: 'fr' }, 50))
  const theme = (await store.themeShares())[0]?.theme
  const year = { from: '2024-01-01', to: '2024-12-31' }
  await latency('top terms, lang=fr + 2024', () => store.topTerms({ lang: 'fr', ...year }, 50))
  if (theme) await latency(`top terms, theme=${theme}`, () => store.topTerms({ theme }, 50))
  if (theme) await latency(`top terms, lang=en + theme=${theme}`, () => store.topTerms({ lang: 'en', theme }, 50))
  await latency('top entities, lang=fr', () => store.topEntities({ lang: 'fr' }, undefined, 10))
  await latency('top entities (persons), lang=fr', () => store.topEntities({ lang: 'fr' }, 'person', 10))
  await latency('top entities, lang=fr + 2024', () => store.topEntities({ lang: 'fr', ...year }, undefined, 10))
  if (theme) await latency(`top entities, theme=${theme}`, () => store.topEntities({ theme }, undefined, 10))
  await latency('entity table by roles', () => store.listEntities({ sort: 'roles', dir: 'desc', pageSize: 25 }))
  await latency('theme shares', () => store.themeShares())
  await latency('corpus stats', () => store.corpusStats())
  await latency('list articles page 1 (by date)', () => store.listArticles({ sort: 'publishedAt', pageSize: 25 }))
  await latency('list articles, full-text "government"', () => store.listArticles({ q: 'government', pageSize: 25 }))
  await latency('timeline by month', () => store.timeline(undefined, 'month'))
  await latency('timeline by week', () => store.timeline(undefined, 'week'))
  await latency('sentiment distribution', () => store.sentimentDistribution())
  await latency('network, top 100 edges', () => store.network(undefined, 100))
  if (top) await latency(`entity detail (${top.name.slice(0, 20)})`, () => store.getEntity(top.id))
  if (term) await latency(`term contexts (${term.display.slice(0, 20)}, 20)`, () => store.termContexts(term.term, undefined, 20))
  if (term) await latency(`term contexts (${term.display.slice(0, 20)}, 50)`, () => store.termContexts(term.term, undefined, 50))
  if (term) await latency(`term contexts (${term.display.slice(0, 20)}, 50, lang=en)`, () => store.termContexts(term.term, { lang: 'en' }, 50))
}

async function postgresScratch(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = `newslens_bench_${process.pid}`
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
  } catch (error) {
    console.log(`NOTICE: PostgreSQL benchmark skipped: ${(error as Error).message}`)
    return null
  } finally {
    await admin.end().catch(() => undefined)
  }
  const u = new URL(base)
  u.pathname = `/${name}`
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await c.end()
    },
  }
}

async function main() {
  // BENCH_STORE_URL times the queries on an existing (already ingested) database, no ingest
  const existing = process.env.BENCH_STORE_URL
  if (existing) {
    const store = await openStore({ url: existing })
    console.log(`queries on ${store.location}`)
    try { await queries(store) } finally { await store.close() }
    clearInterval(sampler)
    return
  }
  const dir = join(repoRoot(), '..', 'shared', 'corpus')
  if (!existsSync(dir)) {
    console.log(`NOTICE: store benchmark skipped: no corpus at ${dir}`)
    return
  }
  const only = process.env.BENCH_DIALECT
  if (only !== 'postgres') {
    const tmp = mkdtempSync(join(tmpdir(), 'newslens-bench-'))
    console.log('SQLite (temporary file)')
    const store = await openStore({ url: `file:${join(tmp, 'bench.db')}` })
    try {
      await ingest(store, dir)
      await queries(store)
    } finally {
      await store.close()
      rmSync(tmp, { recursive: true, force: true })
    }
  }
  if (only !== 'sqlite') {
    const scratch = await postgresScratch()
    if (scratch) {
      console.log('PostgreSQL (scratch database)')
      const store = await openStore({ url: scratch.url })
      try {
        await ingest(store, dir)
        await queries(store)
      } finally {
        await store.close()
        await scratch.drop()
      }
    }
  }
  clearInterval(sampler)
  console.log(`peak RSS ${mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))}`)
}

await main()
