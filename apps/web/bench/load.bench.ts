/**
 * The dashboard over the whole benchmark corpus (../shared/corpus, never copied into the repo):
 * server time of each page (wall and server CPU), JavaScript transferred per page (Chromium), and
 * autocannon load on the overview, an article page and the entity table (30 s, 50 connections by
 * default), first with every request rendered (NEWSLENS_PAGE_CACHE=off), then as served.
 *
 *   pnpm --filter @newslens/web bench
 *   NEWSLENS_BENCH_DB=file:/tmp/full.db BENCH_DURATION=30 BENCH_CONNECTIONS=50 …
 * The database is filled with the CLI's ingest when it holds fewer articles than the corpus.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { get as httpGet } from 'node:http'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import autocannon from 'autocannon'
import { openStore } from '@newslens/store'
import { REPO_ROOT, WEB_DIR } from '../scripts/paths'
import { chromiumAvailable, launchBrowser, serverCpuMs, startServer, type RunningServer } from '../e2e/harness'
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

/** the error boundary answers 200 once streaming has started: look at the page itself */
function isErrorPage(html: string): boolean {
  return html.includes('data-error-page')
}

interface PageTime {
  median: number
  p90: number
  cpu: number
  status: number
  bytes: number
  cache: string
}

/** wall time as one client sees it, and the server's CPU time per request (all its processes) */
async function timePage(server: RunningServer, path: string, runs = 15): Promise<PageTime> {
  const times: number[] = []
  let status = 0
  let bytes = 0
  let cache = ''
  let cpuFrom = 0
  for (let i = 0; i < runs + 2; i++) {
    if (i === 2) cpuFrom = serverCpuMs(server) // two warm-up requests
    const t0 = performance.now()
    const res = await fetch(server.url + path)
    const body = await res.arrayBuffer()
    const ms = performance.now() - t0
    status = isErrorPage(Buffer.from(body).toString('utf8')) ? 500 : res.status
    bytes = body.byteLength
    cache = res.headers.get('x-newslens-cache') ?? 'off'
    if (i >= 2) times.push(ms)
  }
  const cpu = (serverCpuMs(server) - cpuFrom) / runs
  times.sort((a, b) => a - b)
  return { median: percentile(times, 50), p90: percentile(times, 90), cpu, status, bytes, cache }
}

async function serverTimes(server: RunningServer, pages: string[]): Promise<void> {
  console.log('  page                                     status  median (wall)   p90 (wall)  server CPU/request  HTML  cache')
  const failed: string[] = []
  for (const path of pages) {
    const t = await timePage(server, path)
    if (t.status !== 200) failed.push(path)
    console.log(
      `  ${path.padEnd(40)} ${String(t.status)}  ${t.median.toFixed(0).padStart(8)} ms  ${t.p90.toFixed(0).padStart(8)} ms  ${t.cpu.toFixed(1).padStart(12)} ms  ${(t.bytes / 1024).toFixed(0).padStart(5)} kB  ${t.cache}`,
    )
  }
  if (failed.length) throw new Error(`pages failing: ${failed.join(', ')}\n${server.output().slice(-2000)}`)
}

/** other processes' share of the CPU matters as much as ours: say how busy the machine was */
function machineLoad(): string {
  return `${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min)`
}

/**
 * Each server process renders (and keeps) pages on its own, and its first render of a route also
 * loads and compiles that route's code (1–3 s on a busy machine). A request per path on each of
 * a few fresh connections (the primary deals connections out in turn) warms every process, as
 * the one-client timings above warmed only the process their connection reached.
 */
async function warmEveryProcess(server: RunningServer, paths: string[]): Promise<void> {
  for (let i = 0; i < 8; i++) {
    for (const path of paths) {
      await new Promise<void>((resolve, reject) => {
        httpGet(server.url + path, { agent: false }, (res) => res.resume().on('end', resolve).on('error', reject)).on('error', reject)
      })
    }
  }
}

async function load(server: RunningServer, paths: string[]): Promise<boolean> {
  await warmEveryProcess(server, paths)
  console.log(`  machine before: ${machineLoad()}`)
  const cpuFrom = serverCpuMs(server)
  const result = await autocannon({ url: server.url, connections, duration, requests: paths.map((path) => ({ path })) })
  const cpu = (serverCpuMs(server) - cpuFrom) / Math.max(1, result.requests.total)
  console.log(
    `  ${result.requests.average.toFixed(1)} requests/s  latency p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  max ${result.latency.max} ms  ` +
      `2xx ${result['2xx']}  non-2xx ${result.non2xx}  errors ${result.errors}  timeouts ${result.timeouts}  server CPU ${cpu.toFixed(1)} ms/request`,
  )
  console.log(`  machine after: ${machineLoad()}`)
  return !(result.errors || result.non2xx || result.timeouts)
}

async function discover(server: RunningServer): Promise<{ pages: string[]; loadPaths: string[] }> {
  const entities = await fetch(`${server.url}/entities`).then((r) => r.text())
  if (isErrorPage(entities)) throw new Error(`the server cannot render pages over ${dbUrl}:\n${server.output().slice(-2000)}`)
  const articles = await fetch(`${server.url}/articles`).then((r) => r.text())
  const articleId = /href="\/articles\/(\d+)"/.exec(articles)?.[1] ?? '1'
  const entityId = /href="\/entities\/(\d+)"/.exec(entities)?.[1] ?? '1'
  const term = /href="\/terms\/([^"]+)"/.exec(entities)?.[1] ?? 'government'
  return {
    pages: ['/', '/?lang=fr', '/articles', `/articles/${articleId}`, '/entities', '/entities?sort=name&dir=asc&page=3', `/entities/${entityId}`, `/terms/${term}`, '/ingest'],
    loadPaths: ['/', `/articles/${articleId}`, '/entities'],
  }
}

let ok = true
// first every request rendered (what one page costs), then as served (rendered pages kept while
// the corpus stays the same)
for (const pageCache of ['off', 'on'] as const) {
  const server = await startServer({ DATABASE_URL: dbUrl, ...(pageCache === 'off' ? { NEWSLENS_PAGE_CACHE: 'off' } : {}) })
  try {
    const { pages, loadPaths } = await discover(server)
    console.log(`\n=== page cache ${pageCache}${pageCache === 'off' ? ': every request rendered' : ''}`)
    console.log(server.output().split('\n').find((line) => line.startsWith('NewsLens:')) ?? '')
    console.log('server time (loopback, one client, 15 requests after 2 warm-up)')
    await serverTimes(server, pages)

    if (pageCache === 'off' && chromiumAvailable()) {
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
    } else if (pageCache === 'off') {
      console.log('\nNOTICE: chromium not found: JavaScript sizes not measured')
    }

    console.log(`\nautocannon: ${connections} connections, ${duration} s, rotating over ${loadPaths.join(', ')}`)
    ok = (await load(server, loadPaths)) && ok
  } finally {
    await server.stop()
  }
}
if (!ok) process.exitCode = 1
