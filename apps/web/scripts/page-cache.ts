/**
 * Rendered pages kept in memory while the corpus stays the same. Every page is a function of its
 * address and the stored corpus, so the corpus version (read from the database on every request,
 * cheap) decides: the same version serves the bytes rendered before, a new one (an article
 * saved, re-analysed or deleted by any process) drops them all and the next request renders
 * anew. Requests for a page already being rendered wait for that render instead of repeating it.
 *
 * A page that comes to depend on anything else (cookies, request headers, the time) must be left
 * out by pageKey, or its answers would be shared between requests that should differ.
 *
 * Only plain GETs of pages and exports are kept: API routes, Next's own assets, client-side
 * navigations and server actions (router headers) always go to Next, and so does any answer
 * that is not a complete 200 without cookies, or that shows the error page.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

export interface CachedPage {
  status: number
  headers: OutgoingHttpHeaders
  body: Buffer
}

export interface PageCacheOptions {
  /** the store's corpus version */
  version: () => Promise<string>
  /** renders the request with Next (streams into `res`) */
  render: (req: IncomingMessage, res: ServerResponse) => Promise<void>
  /** bytes kept in all (least recently used pages go first) */
  maxBytes?: number
  /** a larger page is served but not kept */
  maxPageBytes?: number
}

/** what the error boundary (src/app/error.tsx) marks its page with: an answer never kept */
export const ERROR_PAGE_MARK = 'data-error-page'
export const CACHE_HEADER = 'x-newslens-cache'

/** request headers that make Next answer something other than the page's HTML */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'next-action']
/** set per connection or per response by Node when the bytes are sent again */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length'])

/** the key a request's answer is kept under, or null when it is always rendered */
export function pageKey(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null {
  if (req.method !== 'GET') return null
  const url = req.url ?? '/'
  if (!url.startsWith('/') || url.startsWith('/_next/') || url.startsWith('/api/') || url === '/api') return null
  if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return null
  // the body differs per content encoding (Next compresses when the client accepts it)
  return `${req.headers['accept-encoding'] ?? ''} ${url}`
}

function decoded(body: Buffer, encoding: unknown): string {
  switch (String(encoding ?? '').toLowerCase()) {
    case 'gzip':
      return gunzipSync(body).toString('utf8')
    case 'br':
      return brotliDecompressSync(body).toString('utf8')
    case 'deflate':
      return inflateSync(body).toString('utf8')
    default:
      return body.toString('utf8')
  }
}

function keepable(page: CachedPage, maxPageBytes: number): boolean {
  if (page.status !== 200 || page.body.length > maxPageBytes || page.headers['set-cookie'] !== undefined) return false
  try {
    return !decoded(page.body, page.headers['content-encoding']).includes(ERROR_PAGE_MARK)
  } catch {
    return false
  }
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  if (chunk instanceof Uint8Array) return Buffer.from(chunk)
  return null
}

/** lets `res` stream as usual and resolves with what it sent (null when it did not finish) */
function recorded(res: ServerResponse): Promise<CachedPage | null> {
  const chunks: Buffer[] = []
  let headHeaders: OutgoingHttpHeaders = {}
  const { write, end, writeHead } = res
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    const b = toBuffer(chunk, rest[0])
    if (b) chunks.push(b)
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest)
  } as ServerResponse['write']
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    const b = typeof chunk === 'function' ? null : toBuffer(chunk, rest[0])
    if (b) chunks.push(b)
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest)
  } as ServerResponse['end']
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((a, i) => i > 0 && typeof a === 'object' && a !== null && !Array.isArray(a))
    if (headers) headHeaders = { ...headHeaders, ...(headers as OutgoingHttpHeaders) }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args)
  } as ServerResponse['writeHead']
  return new Promise((resolve) => {
    res.once('finish', () => {
      const headers: OutgoingHttpHeaders = {}
      for (const [name, value] of Object.entries({ ...res.getHeaders(), ...headHeaders })) {
        if (value !== undefined && !HOP_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value
      }
      resolve({ status: res.statusCode, headers, body: Buffer.concat(chunks) })
    })
    res.once('close', () => resolve(null)) // after 'finish' this changes nothing
  })
}

function send(res: ServerResponse, page: CachedPage): void {
  res.writeHead(page.status, { ...page.headers, [CACHE_HEADER]: 'hit', 'content-length': page.body.length })
  res.end(page.body)
}

export function pageCache(options: PageCacheOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024
  const maxPageBytes = options.maxPageBytes ?? 4 * 1024 * 1024
  const pages = new Map<string, CachedPage>()
  const rendering = new Map<string, Promise<CachedPage | null>>()
  let bytes = 0
  let version: string | null = null
  // version reads may settle out of order (PostgreSQL): only the latest read may change it
  let reads = 0
  let applied = 0

  const forget = (key: string) => {
    const page = pages.get(key)
    if (page) bytes -= page.body.length
    pages.delete(key)
  }
  const keep = (key: string, page: CachedPage) => {
    forget(key)
    pages.set(key, page)
    bytes += page.body.length
    for (const oldest of pages.keys()) {
      if (bytes <= maxBytes) break
      forget(oldest)
    }
  }

  return async (req, res) => {
    const key = pageKey(req)
    if (key === null) return options.render(req, res)
    const read = ++reads
    let current: string
    try {
      current = await options.version()
    } catch {
      return options.render(req, res) // the page will show the store's error itself
    }
    if (current !== version) {
      if (read < applied) return options.render(req, res) // an older read than the one in force
      version = current
      applied = read
      pages.clear()
      rendering.clear()
      bytes = 0
    }
    const hit = pages.get(key)
    if (hit) {
      pages.delete(key) // most recently used goes last
      pages.set(key, hit)
      return send(res, hit)
    }
    const pending = rendering.get(key)
    if (pending) {
      const page = await pending
      if (page && version === current) return send(res, page)
      return options.render(req, res)
    }
    res.setHeader(CACHE_HEADER, 'miss')
    const done = recorded(res).then((page) => {
      if (rendering.get(key) === done) rendering.delete(key)
      if (!page || !keepable(page, maxPageBytes)) return null
      // rendered while the corpus changed: never kept under a version it may not match
      if (version !== current) return null
      keep(key, page)
      return page
    })
    rendering.set(key, done)
    try {
      await options.render(req, res)
    } catch (error) {
      if (!res.writableEnded) res.destroy(error instanceof Error ? error : undefined)
      throw error
    }
  }
}
