import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import {
  InputError,
  formatFromName,
  formatSize,
  jsonlLines,
  parseJsonlRecord,
  sniffBinaryFormat,
  sniffFormat,
  type ArticleDraft,
  type DraftLang,
  type InputFormat,
} from '@newslens/ingest'
import { CliError } from '../errors'
import { describeReadError, readArticleFile, readNamedArticle } from '../input'

/** Where an item came from, as the failure lines print it: `file:line` or `file`. */
export interface Origin {
  file: string
  line?: number
}

export type SourceItem =
  | { origin: Origin; draft: ArticleDraft; folder?: FolderInput }
  | { origin: Origin; failure: string; folder?: FolderInput }

interface FileInput {
  kind: 'file'
  path: string
  format: InputFormat
}

interface JsonlInput {
  kind: 'jsonl'
  path: string
  lines: number
}

export interface FolderInput {
  kind: 'folder'
  path: string
  files: string[]
  /** items read from it so far: a folder that yields none is a bad input */
  readable: number
}

type PlannedInput =
  | FileInput
  | JsonlInput
  | FolderInput
  | { kind: 'stdin-jsonl'; head: Uint8Array; rest: AsyncIterator<Buffer> }
  | { kind: 'stdin-document'; draft: ArticleDraft }

export interface ReadOptions {
  maxBytes: number
  lang?: DraftLang
  format?: InputFormat
}

export interface IngestPlan {
  inputs: PlannedInput[]
  /** articles expected, when known (stdin JSON lines are not counted) */
  total: number | null
  notices: string[]
}

const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson']

/**
 * Checks every input named on the command line before anything is stored: a missing, empty,
 * binary, mis-encoded or over-size file, or a folder with no article files, is bad usage (exit 2).
 */
export async function planIngest(paths: string[], options: ReadOptions): Promise<IngestPlan> {
  const inputs: PlannedInput[] = []
  const problems: string[] = []
  const notices: string[] = []
  let total: number | null = 0
  if (paths.filter((p) => p === '-').length > 1) throw new CliError('standard input (-) can be named only once')

  for (const path of paths) {
    try {
      if (path === '-') {
        const stdin = await planStdin(options)
        inputs.push(stdin)
        if (stdin.kind === 'stdin-jsonl') total = null
        else if (total !== null) total += 1
        continue
      }
      const info = await stat(path)
      if (info.isDirectory()) {
        const { files, skipped } = await walk(path)
        if (skipped.size > 0) notices.push(`skipped ${describeSkipped(skipped)} in "${path}" (not article files)`)
        if (files.length === 0) {
          problems.push(`cannot read "${path}": a folder with no readable files (${ARTICLE_EXTENSIONS.join(', ')})`)
          continue
        }
        for (const file of files) {
          if (formatFromName(file) === 'jsonl') {
            try {
              const lines = await scanJsonl(file)
              if (total !== null) total += lines
            } catch {
              if (total !== null) total += 1 // reported as one failed item when read
            }
          } else if (total !== null) total += 1
        }
        inputs.push({ kind: 'folder', path, files, readable: 0 })
        continue
      }
      const format = options.format ?? formatFromName(path) ?? 'text'
      if (format === 'jsonl') {
        const lines = await scanJsonl(path)
        inputs.push({ kind: 'jsonl', path, lines })
        if (total !== null) total += lines
      } else {
        await readNamedArticle(path, { maxBytes: options.maxBytes, format }) // validates; read again when ingested
        inputs.push({ kind: 'file', path, format })
        if (total !== null) total += 1
      }
    } catch (error) {
      problems.push(error instanceof CliError ? error.message : `cannot read "${path}": ${describeReadError(error)}`)
    }
  }
  if (problems.length > 0) throw new CliError(problems.join('\nnewslens: '))
  return { inputs, total, notices }
}

/** Every item of the planned inputs, in order; never throws for a bad item. */
export async function* readItems(plan: IngestPlan, options: ReadOptions): AsyncGenerator<SourceItem> {
  for (const input of plan.inputs) {
    switch (input.kind) {
      case 'stdin-document':
        yield { origin: { file: '-' }, draft: input.draft }
        break
      case 'stdin-jsonl':
        yield* readJsonl('-', prepend(input.head, input.rest), options)
        break
      case 'file':
        yield* readFile(input.path, input.format, options)
        break
      case 'jsonl':
        yield* readJsonl(input.path, createReadStream(input.path), options)
        break
      case 'folder':
        for (const file of input.files) {
          const format = formatFromName(file) ?? 'text'
          if (format === 'jsonl') {
            try {
              await scanJsonl(file)
            } catch (error) {
              yield { origin: { file }, failure: describeReadError(error), folder: input }
              continue
            }
            for await (const item of readJsonl(file, createReadStream(file), options)) yield { ...item, folder: input }
          } else {
            for await (const item of readFile(file, format, options)) yield { ...item, folder: input }
          }
        }
        break
    }
  }
}

async function* readFile(path: string, format: InputFormat, options: ReadOptions): AsyncGenerator<SourceItem> {
  try {
    const draft = await readArticleFile(path, {
      maxBytes: options.maxBytes,
      ...(format !== 'jsonl' ? { format } : {}),
      ...(options.lang ? { lang: options.lang } : {}),
    })
    yield { origin: { file: path }, draft }
  } catch (error) {
    yield { origin: { file: path }, failure: describeReadError(error) }
  }
}

async function* readJsonl(file: string, chunks: AsyncIterable<Uint8Array>, options: ReadOptions): AsyncGenerator<SourceItem> {
  for await (const line of jsonlLines(chunks, { maxBytes: options.maxBytes })) {
    const origin = { file, line: line.line }
    if ('error' in line) {
      yield { origin, failure: line.error.message }
      continue
    }
    try {
      const draft = parseJsonlRecord(line.bytes, { maxBytes: options.maxBytes })
      if (options.lang && draft.lang === null) draft.lang = options.lang
      yield { origin, draft }
    } catch (error) {
      yield { origin, failure: describeReadError(error) }
    }
  }
}

/**
 * One pass over a JSON-lines file before ingesting it: refuses an empty, binary or non-UTF-8
 * file as a whole (rather than failing each of its lines), and counts its lines for progress.
 */
export async function scanJsonl(path: string): Promise<number> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let lines = 0
  let bytes = 0
  let last = 10
  let offset = 0
  let firstByte: number | null = null
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    if (firstByte === null) firstByte = chunk.find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) ?? null
    if (bytes === 0) {
      const known = sniffBinaryFormat(chunk)
      if (known) throw new InputError(known.code, `${known.kind}, not text`)
    }
    const nul = chunk.indexOf(0)
    if (nul !== -1) throw new InputError('binary', `binary data (NUL byte at offset ${offset + nul}), not text`)
    try {
      decoder.decode(chunk, { stream: true })
    } catch {
      throw new InputError('invalid-utf8', 'not valid UTF-8; convert it first, e.g. iconv -f latin1 -t utf-8')
    }
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++
    bytes += chunk.length
    offset += chunk.length
    last = chunk[chunk.length - 1] ?? last
  }
  try {
    decoder.decode()
  } catch {
    throw new InputError('invalid-utf8', 'not valid UTF-8 (truncated character at the end)')
  }
  if (bytes === 0) throw new InputError('empty', 'empty (0 bytes)')
  if (firstByte === null) throw new InputError('empty', 'empty (only whitespace)')
  // Wrong content under a .jsonl name (prose, HTML, CSV): refuse the file rather than every line.
  if (firstByte !== 0x7b) throw new InputError('invalid-json', 'not JSON lines: the first line is not a JSON object ({"text": ...})')
  if (last !== 10) lines++
  return lines
}

async function planStdin(options: ReadOptions): Promise<PlannedInput> {
  const iterator = (process.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
  const first = await iterator.next()
  const head: Buffer = first.done ? Buffer.alloc(0) : first.value
  const format = options.format ?? sniffFormat(head.subarray(0, 1024).toString('utf8'))
  if (format === 'jsonl') {
    if (head.length === 0) throw new CliError('cannot read standard input: empty (0 bytes)')
    return { kind: 'stdin-jsonl', head, rest: iterator }
  }
  const all = await collect(head, iterator, options.maxBytes * 4)
  const draft = await readNamedArticle('-', {
    maxBytes: options.maxBytes,
    format,
    ...(options.lang ? { lang: options.lang } : {}),
    bytes: all,
  })
  return { kind: 'stdin-document', draft }
}

async function collect(head: Buffer, rest: AsyncIterator<Buffer>, cap: number): Promise<Uint8Array> {
  const chunks = [head]
  let size = head.length
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    size += next.value.length
    if (size > cap) throw new CliError(`cannot read standard input: more than ${formatSize(cap)}, over the limit`)
    chunks.push(next.value)
  }
  return Buffer.concat(chunks)
}

async function* prepend(head: Uint8Array, rest: AsyncIterator<Buffer>): AsyncGenerator<Uint8Array> {
  yield head
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value
}

/** Article files under a folder, sorted, recursively; hidden files and folders are left out. */
async function walk(root: string): Promise<{ files: string[]; skipped: Map<string, number> }> {
  const files: string[] = []
  const skipped = new Map<string, number>()
  const visit = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(dir, entry.name)
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) isFile = (await stat(path).catch(() => null))?.isFile() ?? false // links to folders are not followed
      if (entry.isDirectory()) await visit(path)
      else if (isFile) {
        const ext = extname(entry.name).toLowerCase()
        if (ext === '' || ARTICLE_EXTENSIONS.includes(ext)) files.push(path)
        else skipped.set(ext, (skipped.get(ext) ?? 0) + 1)
      }
    }
  }
  await visit(root)
  return { files, skipped }
}

function describeSkipped(skipped: Map<string, number>): string {
  const count = [...skipped.values()].reduce((a, b) => a + b, 0)
  return `${count} file${count === 1 ? '' : 's'} (${[...skipped.keys()].join(', ')})`
}
