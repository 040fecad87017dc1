/** Messages between the ingest command (main thread) and its worker threads. */
import type { Lang } from '@newslens/analysis'
import type { ArticleInput } from '@newslens/store'

export interface WorkerConfig {
  /** articles per store transaction */
  batchSize: number
  /** a partial batch is saved after this long without filling up (slow inputs such as a pipe) */
  maxBatchDelayMs: number
  /**
   * look each text up by content hash before analysing it, so a rerun does not analyse again what
   * is stored; pointless on a store that was empty at the start (saves dedupe anyway)
   */
  lookUpDuplicates: boolean
}

export type ToWorker =
  | { type: 'article'; id: number; article: ArticleInput; lang: Lang | null }
  /** save what is pending and answer `flushed` */
  | { type: 'flush' }

export type ItemStatus = 'inserted' | 'duplicate' | 'failed'

export interface ItemResult {
  id: number
  status: ItemStatus
  reason?: string
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; reason: string }
  | { type: 'results'; results: ItemResult[] }
  /** `timings`: ms this worker spent per stage, for the summary on stderr and the benchmark */
  | { type: 'flushed'; timings: WorkerTimings }

export interface WorkerTimings {
  lookup: number
  analysis: number
  save: number
}
