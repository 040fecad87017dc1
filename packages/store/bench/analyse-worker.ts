// Benchmark helper thread: analyses texts as the CLI does, off the thread that writes the store.
import { parentPort } from 'node:worker_threads'
import { analyze, type Lang } from '@newslens/analysis'

parentPort!.on('message', (job: { seq: number; text: string; lang?: Lang }) => {
  const t0 = performance.now()
  try {
    const analysis = analyze(job.text, { lang: job.lang })
    parentPort!.postMessage({ seq: job.seq, analysis, ms: performance.now() - t0 })
  } catch (error) {
    parentPort!.postMessage({ seq: job.seq, error: String((error as Error)?.message ?? error), ms: performance.now() - t0 })
  }
})
