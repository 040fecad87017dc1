import { parseDate } from './dates'
import { decodeText } from './decode'
import { makeDraft, normalizeLang, type ArticleDraft, type DraftLang } from './draft'
import { InputError, isInputError } from './errors'
import { htmlToText } from './html'
import { markdownToText } from './markdown'
import { DEFAULT_MAX_TEXT_BYTES, checkTextSize } from './size'

export type InputFormat = 'text' | 'markdown' | 'html' | 'jsonl'

const EXTENSIONS: Record<string, InputFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
}

/** The format a file name's extension announces; null for other extensions. */
export function formatFromName(name: string): InputFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase()
  return ext === undefined ? null : (EXTENSIONS[ext] ?? null)
}

/** The format of text with no name (stdin, a paste): JSON lines, an HTML page, or prose. */
export function sniffFormat(head: string): InputFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart()
  if (/^\{\s*"/.test(start)) return 'jsonl'
  if (/^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|article[\s>])/i.test(start)) return 'html'
  return 'text'
}

export interface ReadDocumentOptions {
  /** file name, for the format when `format` is not given */
  name?: string
  format?: Exclude<InputFormat, 'jsonl'>
  /** cap on the text (default 5 MiB; an HTML page may be 4 × larger before extraction) */
  maxBytes?: number
  /** language to analyse in, when the caller knows it */
  lang?: DraftLang
}

/**
 * One file's bytes (.txt, .md, .html) → an article draft. Throws an InputError for anything
 * that is not readable text (empty, binary, image, archive, invalid UTF-8, too large) or holds
 * no article text.
 */
export function readDocument(bytes: Uint8Array, options: ReadDocumentOptions = {}): ArticleDraft {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES
  const named = options.name === undefined ? null : formatFromName(options.name)
  const declared = options.format ?? (named === 'jsonl' ? null : named)
  const raw = decodeText(bytes, { maxBytes: declared === 'text' || declared === 'markdown' ? maxBytes : maxBytes * 4 })
  const format = declared ?? sniffFormat(raw.slice(0, 1024))
  if (format === 'jsonl') {
    throw new InputError('invalid-record', 'JSON lines hold many articles: read them line by line (splitJsonl, parseJsonlRecord)')
  }

  if (format === 'html') {
    const page = htmlToText(raw)
    checkTextSize(page.text, maxBytes)
    return makeDraft({
      text: page.text,
      title: page.title,
      source: page.source,
      url: page.url,
      publishedAt: lenientDate(page.published),
      lang: options.lang ?? (page.lang ? normalizeLang(page.lang) : null),
    })
  }

  if (format === 'markdown') {
    const doc = markdownToText(raw)
    if (doc.text.trim() === '') throw new InputError('no-text', 'a Markdown file with no text in it')
    const lang = doc.meta.lang ? normalizeLang(doc.meta.lang) : null
    const date = doc.meta.date ?? doc.meta.published ?? null
    return makeDraft({
      text: doc.text,
      title: doc.title,
      source: doc.meta.source ?? null,
      url: doc.meta.url ?? null,
      publishedAt: date === null ? null : strictDate(date),
      lang: options.lang ?? lang,
    })
  }

  return makeDraft({ text: raw.replace(/^\uFEFF/, ''), lang: options.lang ?? null })
}

/** A page's own metadata is not the user's claim: an unreadable date there is dropped, not fatal. */
function lenientDate(value: string | null): string | null {
  if (value === null) return null
  try {
    return parseDate(value)
  } catch {
    return null
  }
}

/** A date the user wrote (front matter) must be right, or the file is refused. */
function strictDate(value: string): string {
  try {
    return parseDate(value)
  } catch (error) {
    if (isInputError(error)) throw new InputError('invalid-date', `front matter "date": ${error.message}`)
    throw error
  }
}
