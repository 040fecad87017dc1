/** Reading a request body without trusting its size. */
import { formatSize } from '@newslens/ingest'

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** reads at most `limit` bytes; a larger body is refused before it is all in memory */
export async function readBodyLimited(request: Request, limit: number, what: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit, what)
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge(limit, what)
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

export function tooLarge(limit: number, what: string): HttpError {
  return new HttpError(413, `${what} is over the ${formatSize(limit)} limit (NEWSLENS_MAX_SIZE sets the limit on an article's text)`)
}

export function jsonError(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { 'cache-control': 'no-store' } })
}
