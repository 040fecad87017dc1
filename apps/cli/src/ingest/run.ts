import type { ArticleDraft } from '@newslens/ingest'
import type { ArticleInput } from '@newslens/store'
import { IngestPool } from './pool'
import type { WorkerTimings } from './messages'
import type { Progress } from './progress'
import { readItems, type IngestPlan, type Origin, type ReadOptions } from './sources'

export interface IngestFailure {
  origin: Origin
  reason: string
}

export interface IngestResult {
  inserted: number
  duplicates: number
  failures: IngestFailure[]
  /** folders named on the command line that yielded no readable file */
  unreadableFolders: string[]
  /** seconds each worker spent looking up duplicates, analysing and saving */
  workers: WorkerTimings[]
  /** why the run stopped before the end of its inputs (Ctrl-C, a store that refuses writes) */
  stopped: string | null
}

export interface IngestOptions {
  jobs: number
  batchSize: number
  read: ReadOptions
  progress: Progress
  /** whether the store held articles when the run started */
  storeHasArticles: boolean
}

/**
 * Reads the inputs on the main thread and hands the articles to worker threads, which analyse
 * them and save them in batches (one transaction each: a killed run leaves whole articles only).
 * A bad item is recorded and skipped; it never stops the rest. Failures are listed in input order.
 */
export async function ingestAll(plan: IngestPlan, options: IngestOptions): Promise<IngestResult> {
  const result: IngestResult = { inserted: 0, duplicates: 0, failures: [], unreadableFolders: [], workers: [], stopped: null }
  const failures: { seq: number; failure: IngestFailure }[] = []
  const origins = new Map<number, Origin>()
  let processed = 0
  let seq = 0

  const pool = new IngestPool(options.jobs, { batchSize: options.batchSize, maxBatchDelayMs: 1000, lookUpDuplicates: options.storeHasArticles }, (item) => {
    const origin = origins.get(item.id)
    origins.delete(item.id)
    if (item.status === 'inserted') result.inserted++
    else if (item.status === 'duplicate') result.duplicates++
    else if (origin) failures.push({ seq: item.id, failure: { origin, reason: item.reason ?? 'failed' } })
    processed++
    options.progress.update(processed)
  })

  // First Ctrl-C: stop reading, save what the workers hold, print the summary. Second: quit now.
  let interrupted = false
  const onInterrupt = () => {
    interrupted = true
    options.progress.log('ingest: interrupted, saving what is analysed (Ctrl-C again to quit at once)')
  }
  process.once('SIGINT', onInterrupt)

  try {
    await pool.ready()
    for await (const item of readItems(plan, options.read)) {
      if (interrupted) {
        result.stopped = 'interrupted'
        break
      }
      const id = seq++
      if ('failure' in item) {
        failures.push({ seq: id, failure: { origin: item.origin, reason: item.failure } })
        processed++
        options.progress.update(processed)
        continue
      }
      if (item.folder) item.folder.readable++
      for (const warning of item.draft.warnings) options.progress.log(`${where(item.origin)}: warning: ${warning}`)
      origins.set(id, item.origin)
      await pool.submit(id, toArticleInput(item.draft), item.draft.lang)
    }
    await pool.finish()
    result.workers = pool.timings
  } catch (error) {
    result.stopped = error instanceof Error ? error.message : String(error)
  } finally {
    process.removeListener('SIGINT', onInterrupt)
    await pool.close()
  }

  result.failures = failures.sort((a, b) => a.seq - b.seq).map((f) => f.failure)
  for (const input of plan.inputs) {
    if (input.kind === 'folder' && input.readable === 0) result.unreadableFolders.push(input.path)
  }
  return result
}

function toArticleInput(draft: ArticleDraft): ArticleInput {
  return {
    text: draft.text,
    title: draft.title,
    source: draft.source,
    url: draft.url,
    publishedAt: draft.publishedAt,
    externalId: draft.externalId,
  }
}

/** `file:line` or `file`, standard input shown as <stdin>. */
export function where(origin: Origin): string {
  const file = origin.file === '-' ? '<stdin>' : origin.file
  return origin.line === undefined ? file : `${file}:${origin.line}`
}
