import type { ArticleDraft } from './draft'
import { InputError } from './errors'
import { validateRecord, type RecordOptions } from './record'
import { DEFAULT_MAX_TEXT_BYTES, formatSize } from './size'

/** One non-blank line of a JSONL input: its bytes, or why it could not be kept. */
export type JsonlLine = { line: number; bytes: Uint8Array } | { line: number; error: InputError }

export interface JsonlOptions extends RecordOptions {
  /** longest line kept (default: 4 × maxBytes + 1 MiB, room for JSON escapes) */
  maxLineBytes?: number
}

/**
 * Splits a stream of bytes into JSONL lines (LF or CRLF), numbered from 1, skipping blank lines.
 * Memory stays bounded: a line longer than `maxLineBytes` is dropped as it streams and reported.
 */
export async function* jsonlLines(chunks: AsyncIterable<Uint8Array>, options: JsonlOptions = {}): AsyncGenerator<JsonlLine> {
  const splitter = new LineSplitter(maxLineBytes(options))
  for await (const chunk of chunks) yield* splitter.push(chunk)
  yield* splitter.end()
}

/** `jsonlLines` over bytes already in memory (an upload). */
export function* splitJsonl(bytes: Uint8Array, options: JsonlOptions = {}): Generator<JsonlLine> {
  const splitter = new LineSplitter(maxLineBytes(options))
  yield* splitter.push(bytes)
  yield* splitter.end()
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** One JSONL line → a validated article; throws an InputError saying what is wrong with it. */
export function parseJsonlRecord(line: Uint8Array | string, options: RecordOptions = {}): ArticleDraft {
  let text: string
  if (typeof line === 'string') text = line
  else {
    try {
      text = strictUtf8.decode(line)
    } catch {
      throw new InputError('invalid-utf8', 'line is not valid UTF-8')
    }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error)
    throw new InputError('invalid-json', `invalid JSON: ${detail.length > 120 ? `${detail.slice(0, 117)}...` : detail}`)
  }
  return validateRecord(value, options)
}

function maxLineBytes(options: JsonlOptions): number {
  return options.maxLineBytes ?? 4 * (options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES) + 1024 * 1024
}

class LineSplitter {
  private parts: Uint8Array[] = []
  private size = 0
  private line = 1
  private overflow = false

  constructor(private readonly limit: number) {}

  *push(chunk: Uint8Array): Generator<JsonlLine> {
    let start = 0
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      this.append(chunk.subarray(start, nl))
      yield* this.emit()
      start = nl + 1
    }
    this.append(chunk.subarray(start))
  }

  *end(): Generator<JsonlLine> {
    if (this.size > 0 || this.overflow) yield* this.emit()
  }

  private append(part: Uint8Array): void {
    if (part.length === 0 || this.overflow) return
    if (this.size + part.length > this.limit) {
      this.overflow = true
      this.parts = []
      return
    }
    this.parts.push(part.slice()) // a copy: the stream may reuse its buffer
    this.size += part.length
  }

  private *emit(): Generator<JsonlLine> {
    const line = this.line++
    if (this.overflow) {
      yield { line, error: new InputError('too-large', `line longer than ${formatSize(this.limit)}`) }
    } else {
      let bytes = concat(this.parts, this.size)
      if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3)
      let end = bytes.length
      if (bytes[end - 1] === 13) end-- // CRLF
      bytes = bytes.subarray(0, end)
      if (!isBlank(bytes)) yield { line, bytes }
    }
    this.parts = []
    this.size = 0
    this.overflow = false
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!
  const out = new Uint8Array(size)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false
  return true
}
