/**
 * The dashboard over the whole benchmark corpus (../shared/corpus, never copied into the repo):
 * server time of each page, JavaScript transferred per page (Chromium), and autocannon load on
 * the overview, an article page and the entity table (30 s, 50 connections by default).
 *
 *   pnpm --filter @newslens/web bench
 *   NEWSLENS_BENCH_DB=file:/tmp/full.db BENCH_DURATION=30 BENCH_CONNECTIONS=50 …
 * The database is filled with the CLI's ingest when it holds fewer articles than the corpus.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import autocannon from 'autocannon'
import { openStore } from '@newslens/store'
import { REPO_ROOT, WEB_DIR } from '../scripts/paths'
import { chromiumAvailable, launchBrowser, startServer } from '../e2e/harness'
import { measurePage, screenshots } from './page-weight'

const corpusDir = resolve(REPO_ROOT, '../shared/corpus')
if (!existsSync(corpusDir)) {
  console.log(`NOTICE: ${corpusDir} not found: the web benchmark needs the corpus; skipped`)
  process.exit(0)
}
const corpusFiles = readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).map((f) => join(corpusDir, f))
const corpusSize = corpusFiles.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).length, 0)
const defaultDb = join(tmpdir(), 'newslens-full.db')
const dbUrl = process.env.NEWSLENS_BENCH_DB ?? `file:${defaultDb}`
const duration = Number(process.env.BENCH_DURATION ?? 30)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)

async function storedArticles(): Promise<number> {
  const store = await openStore({ url: dbUrl })
  try {
    return (await store.corpusStats()).articles
  } finally {
    await store.close()
  }
}

let stored: number
try {
  stored = await storedArticles()
} catch (error) {
  if (process.env.NEWSLENS_BENCH_DB) throw error
  // the benchmark's own scratch database, written by an older schema: start it again
  console.log(`${defaultDb} cannot be opened by the current store (${error instanceof Error ? error.message : error}): recreating it`)
  for (const suffix of ['', '-wal', '-shm']) rmSync(defaultDb + suffix, { force: true })
  stored = await storedArticles()
}
if (stored < corpusSize * 0.95) {
  console.log(`ingesting ${corpusSize} corpus articles into ${dbUrl} (it holds ${stored}) with the CLI…`)
  execFileSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'apps/cli/src/main.ts'), 'ingest', ...corpusFiles], {
    cwd: join(REPO_ROOT, 'apps/cli'),
    env: { ...process.env, DATABASE_URL: dbUrl },
    stdio: 'inherit',
  })
  stored = await storedArticles()
}
console.log(`database: ${dbUrl}, ${stored} articles (corpus: ${corpusSize})`)

execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ensure-build.ts'], { cwd: WEB_DIR, stdio: 'inherit' })
const server = await startServer({ DATABASE_URL: dbUrl })

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

/** the error boundary answers 200 once streaming has started: look at the page itself */
function isErrorPage(html: string): boolean {
  return html.includes('data-error-page')
}

async function timePage(path: string, runs = 15): Promise<{ median: number; p90: number; status: number; bytes: number }> {
  const times: number[] = []
  let status = 0
  let bytes = 0
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now()
    const res = await fetch(server.url + path)
    const body = await res.arrayBuffer()
    const ms = performance.now() - t0
    status = isErrorPage(Buffer.from(body).toString('utf8')) ? 500 : res.status
    bytes = body.byteLength
    if (i >= 2) times.push(ms) // two warm-up requests
  }
  times.sort((a, b) => a - b)
  return { median: percentile(times, 50), p90: percentile(times, 90), status, bytes }
}

try {
  const entities = await fetch(`${server.url}/entities`).then((r) => r.text())
  if (isErrorPage(entities)) throw new Error(`the server cannot render pages over ${dbUrl}:\n${server.output().slice(-2000)}`)
  const articles = await fetch(`${server.url}/articles`).then((r) => r.text())
  const articleId = /href="\/articles\/(\d+)"/.exec(articles)?.[1] ?? '1'
  const entityId = /href="\/entities\/(\d+)"/.exec(entities)?.[1] ?? '1'
  const term = /href="\/terms\/([^"]+)"/.exec(entities)?.[1] ?? 'government'
  const pages = ['/', '/?lang=fr', '/articles', `/articles/${articleId}`, '/entities', '/entities?sort=name&dir=asc&page=3', `/entities/${entityId}`, `/terms/${term}`, '/ingest']

  console.log('\nserver time (loopback, one client, 15 requests after 2 warm-up)')
  const failed: string[] = []
  for (const path of pages) {
    const t = await timePage(path)
    if (t.status !== 200) failed.push(path)
    console.log(`  ${path.padEnd(40)} ${String(t.status)}  median ${t.median.toFixed(0).padStart(5)} ms  p90 ${t.p90.toFixed(0).padStart(5)} ms  ${(t.bytes / 1024).toFixed(0)} kB HTML`)
  }

  if (failed.length) throw new Error(`pages failing: ${failed.join(', ')}\n${server.output().slice(-2000)}`)

  if (chromiumAvailable()) {
    console.log('\nJavaScript transferred per page (Chromium, gzip as sent, cache disabled)')
    const browser = await launchBrowser()
    try {
      for (const path of pages) {
        const w = await measurePage(browser, server.url, path)
        console.log(`  ${path.padEnd(40)} ${String(w.scripts).padStart(3)} scripts  ${(w.jsTransferred / 1024).toFixed(1).padStart(6)} kB${w.consoleErrors.length ? `  console errors: ${w.consoleErrors.join(' | ')}` : ''}`)
      }
      if (process.env.SCREENSHOTS) await screenshots(browser, server.url, pages.filter((p) => !p.includes('?')))
    } finally {
      await browser.close()
    }
  } else {
    console.log('\nNOTICE: chromium not found: JavaScript sizes not measured')
  }

  const loadPaths = ['/', `/articles/${articleId}`, '/entities']
  // the numbers below depend on what else the machine runs: say how busy it was
  console.log(`\nmachine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min)`)
  console.log(`\nautocannon: ${connections} connections, ${duration} s, rotating over ${loadPaths.join(', ')}`)
  const result = await autocannon({ url: server.url, connections, duration, requests: loadPaths.map((path) => ({ path })) })
  console.log(
    `  ${result.requests.average.toFixed(1)} requests/s  latency p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  max ${result.latency.max} ms  ` +
      `2xx ${result['2xx']}  non-2xx ${result.non2xx}  errors ${result.errors}  timeouts ${result.timeouts}`,
  )
  if (result.errors || result.non2xx || result.timeouts) process.exitCode = 1
} finally {
  await server.stop()
}
