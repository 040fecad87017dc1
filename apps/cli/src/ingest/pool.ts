import { Worker } from 'node:worker_threads'
import type { Lang } from '@newslens/analysis'
import type { ArticleInput } from '@newslens/store'
import type { FromWorker, ItemResult, ToWorker, WorkerConfig, WorkerTimings } from './messages'

const WORKER_URL = new URL('./ingest-worker.js', import.meta.url)
// Far above the slowest legitimate step (a 5 MB article on a busy machine, a long write wait).
const STALL_MS = 5 * 60_000

interface Task {
  id: number
  article: ArticleInput
  lang: Lang | null
  attempts: number
}

interface Slot {
  worker: Worker
  ready: Promise<void>
  /** tasks sent and not answered yet */
  pending: Map<number, Task>
  onFlushed: (() => void) | null
  started: boolean
}

/**
 * Worker threads that analyse and store articles. The main thread only reads inputs and hands
 * them out, at most `2 × batchSize` per worker at a time (back-pressure). A worker that dies has
 * its unanswered articles handed to a fresh worker once; an article present at two crashes fails.
 */
export class IngestPool {
  private readonly slots: Slot[] = []
  private readonly capacity: number
  private waiting: (() => void) | null = null
  private closed = false
  private fatal: string | null = null
  /** per worker, as of its last flush */
  readonly timings: WorkerTimings[] = []

  private lastActivity = Date.now()

  constructor(
    readonly size: number,
    private readonly config: WorkerConfig,
    private readonly onResult: (result: ItemResult) => void,
  ) {
    this.capacity = config.batchSize * 2
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
    this.watchdog = setInterval(() => this.checkStall(), 10_000)
    this.watchdog.unref()
  }

  private readonly watchdog: NodeJS.Timeout

  /** Workers with work that say nothing for minutes are stuck: stop with a message, never hang. */
  private checkStall(): void {
    const busy = this.slots.some((slot) => slot.pending.size > 0)
    if (!busy || this.fatal || Date.now() - this.lastActivity < STALL_MS) return
    this.fatal = `the workers made no progress for ${STALL_MS / 60_000} minutes (is another process holding the database?)`
    this.wake()
    for (const slot of this.slots) slot.onFlushed?.()
  }

  /** Resolves once every worker has its store open; rejects with the reason otherwise. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.ready))
  }

  async submit(id: number, article: ArticleInput, lang: Lang | null): Promise<void> {
    this.dispatch({ id, article, lang, attempts: 0 }, await this.freeSlot())
  }

  /** Saves what every worker holds and waits until all articles are answered. */
  async finish(): Promise<void> {
    while (this.slots.some((slot) => slot.pending.size > 0)) {
      if (this.fatal) throw new Error(this.fatal)
      const answered = await Promise.all(
        this.slots.map(
          (slot) =>
            new Promise<Slot>((resolve) => {
              slot.onFlushed = () => resolve(slot)
              this.post(slot, { type: 'flush' })
            }),
        ),
      )
      if (this.fatal) throw new Error(this.fatal)
      // A worker answers in order: what it still owes after `flushed` is lost, not late.
      for (const slot of answered) {
        if (!this.slots.includes(slot)) continue
        for (const task of slot.pending.values()) {
          this.onResult({ id: task.id, status: 'failed', reason: 'lost by its worker (no answer)' })
        }
        slot.pending.clear()
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true
    clearInterval(this.watchdog)
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private async freeSlot(): Promise<Slot> {
    for (;;) {
      if (this.fatal) throw new Error(this.fatal)
      let best: Slot | undefined
      for (const slot of this.slots) {
        if (slot.pending.size < this.capacity && (!best || slot.pending.size < best.pending.size)) best = slot
      }
      if (best) return best
      await new Promise<void>((resolve) => (this.waiting = resolve))
    }
  }

  private dispatch(task: Task, slot: Slot): void {
    slot.pending.set(task.id, task)
    this.post(slot, { type: 'article', id: task.id, article: task.article, lang: task.lang })
  }

  private post(slot: Slot, message: ToWorker): void {
    slot.worker.postMessage(message)
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: this.config })
    let markReady: () => void = () => {}
    let markFailed: (error: Error) => void = () => {}
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve
      markFailed = reject
    })
    ready.catch(() => {}) // observed by ready(); a later failure must not be unhandled
    const slot: Slot = { worker, ready, pending: new Map(), onFlushed: null, started: false }

    worker.on('message', (message: FromWorker) => {
      this.lastActivity = Date.now()
      switch (message.type) {
        case 'ready':
          slot.started = true
          markReady()
          break
        case 'fatal':
          this.fatal = message.reason
          markFailed(new Error(message.reason))
          this.wake()
          slot.onFlushed?.()
          break
        case 'results':
          for (const result of message.results) {
            if (slot.pending.delete(result.id)) this.onResult(result)
          }
          this.wake()
          break
        case 'flushed':
          this.timings[this.slots.indexOf(slot)] = message.timings
          slot.onFlushed?.()
          slot.onFlushed = null
          break
      }
    })
    worker.on('error', (error) => this.crashed(slot, error.message, markFailed))
    worker.on('exit', (code) => this.crashed(slot, `exited with code ${code}`, markFailed))
    return slot
  }

  private crashed(slot: Slot, reason: string, markFailed: (error: Error) => void): void {
    const index = this.slots.indexOf(slot)
    if (this.closed || index === -1 || this.fatal) return
    markFailed(new Error(`ingest worker ${reason}`))
    if (!slot.started) {
      // It died while loading: a fresh one would too.
      this.fatal = `ingest worker failed to start: ${reason}`
      slot.onFlushed?.()
      this.wake()
      return
    }
    const replacement = this.spawn()
    this.slots[index] = replacement
    const tasks = [...slot.pending.values()]
    slot.pending.clear()
    for (const task of tasks) {
      if (task.attempts >= 1) this.onResult({ id: task.id, status: 'failed', reason: `analysis worker crashed: ${reason}` })
      else this.dispatch({ ...task, attempts: task.attempts + 1 }, replacement)
    }
    slot.onFlushed?.() // finish() loops until every task is answered
    this.wake()
  }

  private wake(): void {
    const waiting = this.waiting
    this.waiting = null
    waiting?.()
  }
}
