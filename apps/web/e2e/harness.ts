/**
 * What the browser tests and the benchmarks share: a production server on a free loopback port
 * over a given database, and headless Chromium (Debian's package) driven by playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { WEB_DIR } from '../scripts/paths'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH)
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address ? address.port : 0
      srv.close(() => resolve(port))
    })
  })
}

export interface RunningServer {
  url: string
  process: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

/**
 * CPU time (user + system, ms) the server has used so far: its supervising process and every
 * server process under it. Linux only (/proc); NaN elsewhere.
 */
export function serverCpuMs(server: RunningServer): number {
  const pid = server.process.pid
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return NaN
  const ticks = (p: number): number => {
    // fields after the command name: state is field 3, utime 14 and stime 15 (1-based)
    const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return Number(fields[11]) + Number(fields[12])
  }
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  // clock ticks are 1/100 s on Linux (USER_HZ)
  return [pid, ...children].reduce((sum, p) => sum + (existsSync(`/proc/${p}/stat`) ? ticks(p) : 0), 0) * 10
}

/** the production server (scripts/serve.ts, as `pnpm start` runs it) on 127.0.0.1 and a free port, answering once `/ingest` does */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    cwd: WEB_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()))
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
  }
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log}`)
    try {
      const res = await fetch(`${url}/ingest`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`the server did not answer within 60 s:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return { url, process: child, output: () => log, stop }
}

/** a fresh headless Chromium profile (its own user-data dir and HOME) */
export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const home = mkdtempSync(join(tmpdir(), 'newslens-chromium-'))
  const context = await chromium.launchPersistentContext(join(home, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    env: { ...process.env, HOME: home } as Record<string, string>,
  })
  context.on('close', () => {
    // Chromium may still be flushing its profile: best effort, never fatal
    setTimeout(() => {
      try {
        rmSync(home, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 })
      } catch {
        // left in the temp dir
      }
    }, 500).unref()
  })
  return context
}
