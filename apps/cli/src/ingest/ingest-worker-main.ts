/**
 * Ingest worker thread: analyses the articles it is sent and saves them in batches through its
 * own store connection, one transaction per batch. Analysis and the CPU side of saving (rows,
 * SQL) both run here, so they spread over the workers; only SQLite's write lock is shared.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { FromWorker, ItemResult, ToWorker, WorkerConfig, WorkerTimings } from './messages'

process.env.DOTENV_CONFIG_QUIET = 'true'
console.log = console.error // a worker's stdout is the command's stdout: keep it clean
console.info = console.error

const port = parentPort
if (!port) throw new Error('ingest-worker must run in a worker thread')
const config = workerData as WorkerConfig
const send = (message: FromWorker) => port.postMessage(message)

const { analyze } = await import('@newslens/analysis')
const { openStore, contentHash } = await import('@newslens/store')
type SaveItem = import('@newslens/store').SaveItem

let store: Awaited<ReturnType<typeof openStore>>
try {
  store = await openStore()
} catch (error) {
  send({ type: 'fatal', reason: `cannot open the store: ${describe(error)}` })
  process.exit(1)
}

let batch: { id: number; save: SaveItem }[] = []
const timings: WorkerTimings = { lookup: 0, analysis: 0, save: 0 }
let timer: NodeJS.Timeout | null = null
// Messages are handled one after the other, in the order they came.
let chain: Promise<void> = Promise.resolve()

function enqueue(task: () => Promise<void>): void {
  chain = chain.then(task).catch((error: unknown) => send({ type: 'fatal', reason: describe(error) }))
}

port.on('message', (message: ToWorker) => enqueue(() => handle(message)))
send({ type: 'ready' })

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'flush') {
    await save()
    send({ type: 'flushed', timings })
    return
  }
  const { id, article, lang } = message
  try {
    // Already stored (a rerun, an overlapping feed): no need to analyse it again.
    let started = performance.now()
    const known = config.lookUpDuplicates ? await store.findByHash(contentHash(article.text)) : null
    timings.lookup += performance.now() - started
    if (known !== null) {
      send({ type: 'results', results: [{ id, status: 'duplicate' }] })
      return
    }
    started = performance.now()
    const analysis = analyze(article.text, lang ? { lang } : {})
    timings.analysis += performance.now() - started
    batch.push({ id, save: { article, analysis } })
  } catch (error) {
    send({ type: 'results', results: [{ id, status: 'failed', reason: `analysis failed: ${describe(error)}` }] })
    return
  }
  if (batch.length >= config.batchSize) await save()
  else if (timer === null) {
    timer = setTimeout(() => enqueue(save), config.maxBatchDelayMs)
  }
}

async function save(): Promise<void> {
  if (timer !== null) clearTimeout(timer)
  timer = null
  if (batch.length === 0) return
  const items = batch
  batch = []
  const results: ItemResult[] = []
  const started = performance.now()
  await saveItems(items, results)
  timings.save += performance.now() - started
  send({ type: 'results', results })
}

async function saveItems(items: { id: number; save: SaveItem }[], results: ItemResult[]): Promise<void> {
  try {
    const saved = await store.saveBatch(items.map((item) => item.save))
    const reasons = new Map(saved.failed.map((failure) => [failure.index, failure.reason]))
    items.forEach((item, i) => {
      const result = saved.results[i]
      if (result) results.push({ id: item.id, status: result.status === 'inserted' ? 'inserted' : 'duplicate' })
      else results.push({ id: item.id, status: 'failed', reason: `not stored: ${reasons.get(i) ?? 'the store gave no reason'}` })
    })
  } catch {
    // The batch's transaction rolled back as a whole: save one by one to find the culprit.
    for (const item of items) {
      try {
        const saved = await store.saveArticle(item.save.article, item.save.analysis)
        results.push({ id: item.id, status: saved.status === 'inserted' ? 'inserted' : 'duplicate' })
      } catch (error) {
        results.push({ id: item.id, status: 'failed', reason: `not stored: ${describe(error)}` })
      }
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
