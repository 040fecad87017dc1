import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { Argument, Command, Option } from 'commander'
import type { CorpusFilter, Store } from '@newslens/store'
import type { EntityType, Lang } from '@newslens/analysis'
import { CliError, EXIT, errorMessage } from '../errors'
import { csvRow, type Cell } from '../export/csv'
import { LANGS } from '../options'

const KINDS = ['articles', 'entities', 'terms', 'themes', 'cooccurrences'] as const
type Kind = (typeof KINDS)[number]

interface ExportFlags {
  format: 'csv' | 'json'
  out?: string
  lang?: Lang
  theme?: string
  from?: string
  to?: string
  search?: string
  type?: EntityType
  limit?: string
  withText?: boolean
}

interface Table {
  columns: string[]
  /** rows as objects, page by page */
  rows: AsyncIterable<Record<string, Cell>[]>
}

export function exportCommand(setExit: (code: number) => void): Command {
  return new Command('export')
    .description('export corpus tables from the store as CSV or JSON')
    .addArgument(new Argument('<what>', 'what to export').choices(KINDS))
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addOption(new Option('--lang <lang>', 'only articles in this language').choices(LANGS))
    .option('--theme <theme>', 'only articles whose themes include this one (e.g. military)')
    .option('--from <date>', 'only articles published on or after this date')
    .option('--to <date>', 'only articles published on or before this date')
    .option('--search <words>', 'only articles matching this full-text search')
    .addOption(new Option('--type <type>', 'entities of this type only').choices(['person', 'organization', 'location']))
    .option('--limit <n>', 'at most this many rows (terms and co-occurrences default to 100 and 200)')
    .option('--with-text', 'articles: include the full text')
    .addHelpText(
      'after',
      `
Examples:
  $ newslens export articles --from 2026-01-01 --to "31 mars 2026" --out articles.csv
  $ newslens export entities --type person --format json | jq '.[0]'
  $ newslens export terms --lang fr --theme military --limit 50
  $ newslens export themes --format json
  $ newslens export cooccurrences --limit 500 --out network.csv

CSV cells starting with = + - @ are prefixed with ' so spreadsheets never run them.`,
    )
    .action(async (what: Kind, flags: ExportFlags) => {
      const filter = await corpusFilter(flags)
      const limit = flags.limit === undefined ? undefined : Number(flags.limit)
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new CliError('--limit expects a whole number of at least 1')
      const { openStore } = await import('@newslens/store')
      let store: Store
      try {
        store = await openStore()
      } catch (error) {
        throw new CliError(`cannot open the store: ${errorMessage(error)}`, EXIT.partial, { cause: error })
      }
      try {
        const table = tableFor(what, store, filter, flags, limit)
        await writeTable(table, flags.format, flags.out)
      } finally {
        await store.close()
      }
      setExit(EXIT.ok)
    })
}

async function corpusFilter(flags: ExportFlags): Promise<CorpusFilter> {
  const { parseDate, isInputError } = await import('@newslens/ingest')
  const dateBound = (option: string, value: string): string => {
    try {
      return parseDate(value).slice(0, 10)
    } catch (error) {
      throw new CliError(`${option}: ${isInputError(error) ? error.message : errorMessage(error)}`)
    }
  }
  const filter: CorpusFilter = {}
  if (flags.lang) filter.lang = flags.lang
  if (flags.theme) filter.theme = flags.theme
  if (flags.search) filter.q = flags.search
  if (flags.from) filter.from = dateBound('--from', flags.from)
  if (flags.to) filter.to = dateBound('--to', flags.to)
  return filter
}

function tableFor(what: Kind, store: Store, filter: CorpusFilter, flags: ExportFlags, limit: number | undefined): Table {
  switch (what) {
    case 'articles':
      return {
        columns: ['id', 'title', 'source', 'url', 'publishedAt', 'lang', 'words', 'sentiment', 'dominantTheme', 'createdAt', ...(flags.withText ? ['text'] : [])],
        rows: paged(limit, async (page, pageSize) => {
          const result = await store.listArticles({ ...filter, page, pageSize, sort: 'publishedAt', dir: 'asc' })
          if (!flags.withText) return result.rows as unknown as Record<string, Cell>[]
          const rows: Record<string, Cell>[] = []
          for (const row of result.rows) rows.push({ ...row, text: (await store.getArticle(row.id))?.text ?? null })
          return rows
        }),
      }
    case 'entities':
      return {
        columns: ['id', 'name', 'type', 'mentions', 'articles', 'sentiment', 'roles', 'aliases'],
        rows: paged(limit, async (page, pageSize) => {
          const result = await store.listEntities({ filter, page, pageSize, sort: 'mentions', dir: 'desc', ...(flags.type ? { type: flags.type } : {}) })
          return result.rows as unknown as Record<string, Cell>[]
        }),
      }
    case 'terms':
      return { columns: ['term', 'display', 'count', 'articles'], rows: single(() => store.topTerms(filter, limit ?? 100)) }
    case 'themes':
      return {
        columns: ['theme', 'articles', 'share', 'meanScore'],
        rows: single(async () => (await store.themeShares(filter)).slice(0, limit)),
      }
    case 'cooccurrences':
      return { columns: ['a', 'b', 'kind', 'count', 'articles'], rows: single(() => store.network(filter, limit ?? 200)) }
  }
}

async function* paged(
  limit: number | undefined,
  fetch: (page: number, pageSize: number) => Promise<Record<string, Cell>[]>,
): AsyncGenerator<Record<string, Cell>[]> {
  const pageSize = 200
  let remaining = limit ?? Infinity
  for (let page = 1; remaining > 0; page++) {
    const rows = await fetch(page, pageSize)
    if (rows.length === 0) return
    yield rows.slice(0, remaining)
    remaining -= rows.length
    if (rows.length < pageSize) return
  }
}

async function* single(fetch: () => Promise<object[]>): AsyncGenerator<Record<string, Cell>[]> {
  yield (await fetch()) as Record<string, Cell>[]
}

async function writeTable(table: Table, format: 'csv' | 'json', out: string | undefined): Promise<void> {
  const stream = out ? createWriteStream(out) : process.stdout
  if (out) await once(stream, 'open').catch((error: unknown) => {
    throw new CliError(`cannot write "${out}": ${errorMessage(error)}`)
  })
  const write = async (chunk: string) => {
    if (!stream.write(chunk)) await once(stream, 'drain')
  }
  let first = true
  if (format === 'csv') await write(csvRow(table.columns))
  else await write('[')
  for await (const rows of table.rows) {
    for (const row of rows) {
      if (format === 'csv') await write(csvRow(table.columns.map((column) => row[column])))
      else {
        const picked = Object.fromEntries(table.columns.map((column) => [column, row[column] ?? null]))
        await write(`${first ? '\n' : ',\n'}  ${JSON.stringify(picked)}`)
      }
      first = false
    }
  }
  if (format === 'json') await write(first ? ']\n' : '\n]\n')
  if (out) {
    stream.end()
    await once(stream, 'finish')
  }
}
