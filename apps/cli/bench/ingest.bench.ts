/**
 * Ingest benchmark: all of ../shared/corpus (JSON lines) into a fresh temporary SQLite file, once
 * with --jobs 2 and once with --jobs 1, through the real command. Prints articles/s, peak memory
 * and the speed-up of two workers (target: at least 1.6x).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const BIN = fileURLToPath(new URL('../bin/newslens.js', import.meta.url))
const CORPUS = resolve(REPO_ROOT, '../shared/corpus')

interface Run {
  jobs: number
  seconds: number
  inserted: number
  failed: number
  peakMb: number
  /** user + system CPU seconds of the whole process (all threads) */
  cpuSeconds: number
  /** the machine's 1-minute load average when the run ended */
  load: number
  /** stderr summary: time each worker spent looking up, analysing, saving */
  workers: string
}

const TICKS_PER_SECOND = 100 // USER_HZ on Linux

async function ingest(files: string[], jobs: number): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-bench-'))
  try {
    const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'bench.db')}` }
    const started = performance.now()
    const child = spawn(process.execPath, [BIN, 'ingest', ...files, '--jobs', String(jobs)], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
    let peakKb = 0
    let cpuTicks = 0
    const sampler = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0))
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
        cpuTicks = Number(fields[11]) + Number(fields[12]) // utime + stime
      } catch {
        // the process has exited
      }
    }, 100)
    const code = await new Promise<number | null>((done) => child.on('close', done))
    clearInterval(sampler)
    const seconds = (performance.now() - started) / 1000
    const m = /^inserted (\d+), duplicates (\d+), failed (\d+)/.exec(stdout)
    if (!m) throw new Error(`ingest --jobs ${jobs} failed (exit ${code}):\n${stderr.slice(0, 2000)}`)
    const workers = /workers \(look-up\/analysis\/save s\): (.*)$/m.exec(stderr)?.[1] ?? '?'
    return {
      jobs,
      seconds,
      inserted: Number(m[1]),
      failed: Number(m[3]),
      peakMb: peakKb / 1024,
      cpuSeconds: cpuTicks / TICKS_PER_SECOND,
      load: loadavg()[0]!,
      workers,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.error(`ingest bench: ${CORPUS} not found, skipping (the corpus is local benchmark data, never in the repo)`)
    return
  }
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(CORPUS, f))
  if (files.length === 0) {
    console.error(`ingest bench: no .jsonl files in ${CORPUS}, skipping`)
    return
  }
  console.error(`ingest bench: ${files.length} files from ${CORPUS}`)
  const runs: Run[] = []
  for (const jobs of [2, 1]) {
    const run = await ingest(files, jobs)
    runs.push(run)
    console.log(
      `ingest --jobs ${jobs}: ${run.inserted} articles in ${run.seconds.toFixed(1)} s = ${(run.inserted / run.seconds).toFixed(1)} articles/s, ` +
        `${run.failed} failed, CPU ${run.cpuSeconds.toFixed(1)} s (${((run.cpuSeconds * 1000) / run.inserted).toFixed(1)} ms/article), ` +
        `peak RSS ${run.peakMb.toFixed(0)} MB, load average ${run.load.toFixed(1)}; per worker look-up/analysis/save s: ${run.workers}`,
    )
  }
  const [two, one] = runs as [Run, Run]
  const ratio = two.inserted / two.seconds / (one.inserted / one.seconds)
  console.log(`speed-up with 2 jobs: ${ratio.toFixed(2)}x (target >= 1.6x) ${ratio >= 1.6 ? 'OK' : 'BELOW TARGET'}`)
  if (Math.max(two.load, one.load) > 2.5) {
    console.log(`note: the machine was busy (load average up to ${Math.max(two.load, one.load).toFixed(1)} on ${availableParallelism()} cores): wall-clock speed-ups are only meaningful on an idle machine`)
  }
}

await main()
