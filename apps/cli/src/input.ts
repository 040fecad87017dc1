import { readFile, stat } from 'node:fs/promises'
import {
  DEFAULT_MAX_TEXT_BYTES,
  formatFromName,
  formatSize,
  isInputError,
  parseSize,
  readDocument,
  type ArticleDraft,
  type DraftLang,
  type InputFormat,
} from '@newslens/ingest'
import { CliError, errorMessage } from './errors'

/** The --max-size value in bytes; a value that is not a size is bad usage. */
export function maxBytesFrom(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_TEXT_BYTES
  try {
    return parseSize(value)
  } catch (error) {
    throw new CliError(`--max-size: ${errorMessage(error)}`)
  }
}

/** How a file failed to be read, in words ("no such file", "binary data ..."). */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT') return 'no such file or folder'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a folder'
  if (isInputError(error)) return error.message
  return errorMessage(error)
}

export interface DocumentOptions {
  maxBytes: number
  format?: Exclude<InputFormat, 'jsonl'>
  lang?: DraftLang
}

/** Reads and validates one article file; throws the read error (use describeReadError). */
export async function readArticleFile(path: string, options: DocumentOptions): Promise<ArticleDraft> {
  const info = await stat(path)
  if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' })
  // An HTML page may hold four times its text in markup; refuse bigger files before reading them.
  const cap = options.maxBytes * 4
  if (info.size > cap) {
    throw new Error(`${formatSize(info.size)}, over the ${formatSize(options.maxBytes)} limit`)
  }
  return readDocument(await readFile(path), { name: path, ...options })
}

/** An article named on the command line: any problem is bad input, exit 2, one line. */
export async function readNamedArticle(path: string, options: DocumentOptions & { bytes?: Uint8Array }): Promise<ArticleDraft> {
  const { bytes, ...document } = options
  if (path !== '-' && !options.format && formatFromName(path) === 'jsonl') {
    throw new CliError(`"${path}" holds JSON lines (many articles): store them with \`newslens ingest\`, or give one article's text`)
  }
  try {
    if (path === '-') return readDocument(bytes ?? (await readStdin(options.maxBytes * 4)), document)
    return await readArticleFile(path, document)
  } catch (error) {
    throw new CliError(`cannot read ${path === '-' ? 'standard input' : `"${path}"`}: ${describeReadError(error)}`)
  }
}

/** All of stdin, refusing more than `cap` bytes without buffering them. */
export async function readStdin(cap: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > cap) throw new Error(`more than ${formatSize(cap)}, over the limit`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}
