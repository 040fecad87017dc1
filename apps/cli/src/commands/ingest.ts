import { availableParallelism } from 'node:os'
import { Command, InvalidArgumentError } from 'commander'
import type { DraftLang, InputFormat } from '@newslens/ingest'
import { CliError, EXIT, errorMessage } from '../errors'
import { formatOption, langOption, maxSizeOption } from '../options'

interface IngestFlags {
  jobs: number
  batchSize: number
  lang?: DraftLang
  format?: InputFormat
  maxSize?: string
  quiet?: boolean
}

export function ingestCommand(setExit: (code: number) => void): Command {
  return new Command('ingest')
    .description('analyse articles and store them: files, folders (recursive), JSON lines, or - for stdin')
    .argument('<paths...>', '.txt, .md, .html or .jsonl files, folders of them, or - for standard input')
    .option('-j, --jobs <n>', 'worker threads that analyse and store (default: the number of cores)', positiveInt, availableParallelism())
    .option('--batch-size <n>', 'articles per store transaction (per worker)', positiveInt, 50)
    .addOption(langOption())
    .addOption(formatOption(['text', 'markdown', 'html', 'jsonl']))
    .addOption(maxSizeOption())
    .option('-q, --quiet', 'no progress or warnings on stderr (failures are still listed)')
    .addHelpText(
      'after',
      `
JSON lines: one article per line, {"text": ...} required; "title", "date", "source", "url",
"lang", "id" optional. Dates: ISO 8601, "29 novembre 2026", "November 29, 2026", RFC 2822.
Articles without a title are titled from their first sentence. The same text twice is stored once.

Output: one line on stdout, "inserted 19, duplicates 0, failed 1", then one line per failure
(file:line: reason) on stderr. Exit 0 when every article was stored or was a duplicate, 1 when
some failed, 2 when an input named here cannot be read (nothing is stored then).

Examples:
  $ newslens ingest samples/
  $ newslens ingest feed.jsonl --jobs 4
  $ DATABASE_URL=file:/tmp/news.db newslens ingest a.txt b.html notes.md
  $ cat feed.jsonl | newslens ingest -`,
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const { maxBytesFrom } = await import('../input')
      const { planIngest } = await import('../ingest/sources')
      const { Progress } = await import('../ingest/progress')
      const { ingestAll, where } = await import('../ingest/run')
      const { openStore } = await import('@newslens/store')
      const read = {
        maxBytes: maxBytesFrom(flags.maxSize),
        ...(flags.lang ? { lang: flags.lang } : {}),
        ...(flags.format ? { format: flags.format } : {}),
      }
      const plan = await planIngest(paths, read)
      const progress = new Progress(plan.total, Progress.modeFor(process.stderr, Boolean(flags.quiet)))
      for (const notice of plan.notices) progress.log(`newslens: ${notice}`)

      // A worker costs a second to start: a handful of articles does not need many.
      const jobs = plan.total === null ? flags.jobs : Math.max(1, Math.min(flags.jobs, Math.ceil(plan.total / 10)))
      // Open the store here first: migrations run once, and a bad DATABASE_URL is one clear line.
      let storeHasArticles: boolean
      try {
        const store = await openStore()
        storeHasArticles = (await store.listArticles({ pageSize: 1 })).total > 0
        progress.log(`ingest: into ${store.dialect} ${store.location} with ${jobs} worker${jobs === 1 ? '' : 's'}`)
        await store.close()
      } catch (error) {
        throw new CliError(`cannot open the store: ${errorMessage(error)}`, EXIT.partial, { cause: error })
      }
      const result = await ingestAll(plan, { jobs, batchSize: flags.batchSize, read, progress, storeHasArticles })
      const sec = (ms: number) => (ms / 1000).toFixed(1)
      progress.finish(
        result.workers.length === 0
          ? ''
          : `; workers (look-up/analysis/save s): ${result.workers.map((t) => `${sec(t.lookup)}/${sec(t.analysis)}/${sec(t.save)}`).join(', ')}`,
      )

      process.stdout.write(`inserted ${result.inserted}, duplicates ${result.duplicates}, failed ${result.failures.length}\n`)
      for (const failure of result.failures) process.stderr.write(`${where(failure.origin)}: ${failure.reason}\n`)
      if (result.stopped) {
        process.stderr.write(`newslens: ingest stopped before the end of its inputs: ${result.stopped}\n`)
        setExit(EXIT.partial)
        return
      }
      for (const folder of result.unreadableFolders) {
        process.stderr.write(`newslens: cannot read "${folder}": a folder with no readable files\n`)
      }
      setExit(result.unreadableFolders.length > 0 ? EXIT.usage : result.failures.length > 0 ? EXIT.partial : EXIT.ok)
    })
}

function positiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1')
  return n
}
