/**
 * The production server, in the foreground, on HOST (default 127.0.0.1) and PORT (default 3000);
 * a non-loopback HOST is refused without NEWSLENS_TOKEN.
 *
 * Rendering a page is CPU work on one thread, so the server is several processes (node:cluster,
 * NEWSLENS_SERVER_PROCESSES, default one per core, at most 4) sharing the port, each Next.js with
 * its own store connection and its own cache of rendered pages (scripts/page-cache.ts;
 * NEWSLENS_PAGE_CACHE=off renders every request, to measure rendering). SIGINT or SIGTERM stops
 * them all; so does any of them failing, and so does the death of the launching process. Each
 * process renders a few requests at a time, the others waiting their turn in arrival order.
 *
 *   node --import tsx scripts/serve.ts [--check]   (--check: validate the configuration only)
 */
import cluster from 'node:cluster'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { availableParallelism } from 'node:os'
import { accessConfig, isLoopbackHost, startupProblem } from '../src/lib/access'
import { WEB_DIR } from './paths'

const SIGNALS = ['SIGINT', 'SIGTERM'] as const
/** requests one server process renders at once (scripts/render-queue.ts); pages kept in memory skip the queue */
const RENDERS_AT_ONCE = 4

function serverProcesses(env: Record<string, string | undefined> = process.env, cores = availableParallelism()): number {
  const asked = Number(env.NEWSLENS_SERVER_PROCESSES)
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16)
  return Math.max(1, Math.min(cores, 4))
}

async function primary(): Promise<void> {
  const config = accessConfig()
  const problem = startupProblem(config)
  if (problem) {
    console.error(`newslens: ${problem}`)
    process.exit(2)
  }
  // the quick start checks before it spends a build
  if (process.argv.includes('--check')) process.exit(0)
  const port = process.env.PORT?.trim() || '3000'
  const count = serverProcesses()
  const shown = isLoopbackHost(config.host) ? 'localhost' : config.host
  console.log(`NewsLens: http://${shown}:${port} (listening on ${config.host}, ${count} server ${count === 1 ? 'process' : 'processes'}; Ctrl-C stops it)`)

  let stopping = false
  let exitCode = 0
  const stop = (signal: NodeJS.Signals, code: number) => {
    if (!stopping) exitCode = code
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal)
  }
  for (const signal of SIGNALS) process.on(signal, () => stop(signal, 0))
  // a launcher that dies without passing its SIGTERM on (pnpm → sh → node) must not leave the
  // server running on its own: a new parent process means ours is gone
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) stop('SIGTERM', 0)
  }, 1000).unref()
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping) {
      console.error(`newslens: server process ${worker.process.pid} stopped (${signal ?? `exit ${code}`}): stopping the others`)
      stop('SIGTERM', code || 1)
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode)
  })
  const env = { NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1', HOST: config.host, PORT: port }
  for (let i = 0; i < count; i++) cluster.fork(env)
}

async function worker(): Promise<void> {
  const host = process.env.HOST ?? '127.0.0.1'
  const port = Number(process.env.PORT)
  // loaded here, after NODE_ENV is set, and never in the primary (which only supervises)
  const [{ default: next }, { openStore }, { pageCache }, { renderQueue }] = await Promise.all([
    import('next'),
    import('@newslens/store'),
    import('./page-cache'),
    import('./render-queue'),
  ])
  const app = next({ dev: false, dir: WEB_DIR, hostname: host, port })
  const [store] = await Promise.all([openStore(), app.prepare()])
  const handle = app.getRequestHandler()
  const queued = renderQueue(RENDERS_AT_ONCE, (req, res) => handle(req, res))
  // the build's static files are read from disk, never rendered: they do not wait behind pages
  const render = (req: IncomingMessage, res: ServerResponse) => (req.url?.startsWith('/_next/static/') ? handle(req, res) : queued(req, res))
  const serve = process.env.NEWSLENS_PAGE_CACHE === 'off' ? render : pageCache({ version: () => store.corpusVersion(), render })
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      console.error('newslens: request failed:', error)
      if (!res.headersSent) {
        res.statusCode = 500
        res.end('Internal server error\n')
      } else if (!res.writableEnded) res.destroy()
    })
  })
  let closing = false
  const close = async () => {
    if (closing) return
    closing = true
    server.close()
    server.closeIdleConnections()
    await Promise.allSettled([store.close(), app.close()])
    process.exit(0)
  }
  for (const signal of SIGNALS) process.on(signal, () => void close())
  // the primary is gone (even killed outright): never outlive it
  process.on('disconnect', () => void close())
  server.listen(port, host)
}

if (cluster.isPrimary) await primary()
else await worker()
