/**
 * An ingest request → the article draft to analyse, or an HttpError saying clearly what is
 * wrong. Accepted: JSON (`{text, title?, date?|publishedAt?, source?, url?, lang?}`), a
 * multipart or urlencoded form (pasted `text` or an uploaded `file`, plus the same optional
 * fields) and a raw text/plain body. Decoding and validation are @newslens/ingest's, shared with
 * the CLI; this module maps its refusals to HTTP statuses.
 */
import {
  decodeText,
  formatSize,
  isInputError,
  parseDate,
  readDocument,
  validateRecord,
  type ArticleDraft,
  type InputErrorCode,
} from '@newslens/ingest'
import { HttpError, readBodyLimited } from './http-body'
import { sizeLimit } from './ingest-limits'

const FIELDS = ['title', 'source', 'url', 'date', 'publishedAt', 'lang'] as const

const STATUS: Record<InputErrorCode, number> = {
  'too-large': 413,
  image: 415,
  archive: 415,
  binary: 415,
  'invalid-utf8': 415,
  empty: 400,
  'invalid-json': 400,
  'invalid-record': 400,
  'invalid-date': 400,
  'no-text': 422,
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/** runs an ingest helper, turning its InputError into an HttpError with `what` as subject */
function input<T>(what: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (isInputError(error)) throw new HttpError(STATUS[error.code] ?? 400, `${what}: ${error.message}`)
    throw error
  }
}

function fieldsOf(get: (name: string) => string | null): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of FIELDS) {
    const v = get(f)
    if (v !== null && v.trim() !== '') out[f] = v
  }
  return out
}

/** the optional fields a person typed win over what a file says about itself */
function overrideFromFields(draft: ArticleDraft, fields: Record<string, string>): ArticleDraft {
  const date = fields.date ?? fields.publishedAt
  return {
    ...draft,
    title: fields.title?.trim() || draft.title,
    source: fields.source?.trim() || draft.source,
    url: fields.url?.trim() || draft.url,
    publishedAt: date ? input(`"publishedAt"`, () => parseDate(date)) : draft.publishedAt,
  }
}

export async function readSubmission(request: Request): Promise<ArticleDraft> {
  const type = mediaType(request)
  const maxBytes = sizeLimit()
  // an HTML page may be up to 4 times the text limit before extraction; forms add framing
  const bodyLimit = maxBytes * 4 + 256 * 1024

  if (type === 'application/json') {
    const body = await readBodyLimited(request, bodyLimit, 'the request')
    const raw = input('the body', () => decodeText(body, { maxBytes: bodyLimit }))
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      throw new HttpError(400, 'the body is not valid JSON')
    }
    return input('the article', () => validateRecord(parsed, { maxBytes }))
  }

  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    const body = await readBodyLimited(request, bodyLimit, 'the request')
    let form: FormData
    try {
      form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? type } }).formData()
    } catch {
      throw new HttpError(400, 'the form data could not be read')
    }
    const fields = fieldsOf((name) => {
      const v = form.get(name)
      return typeof v === 'string' ? v : null
    })
    const file = form.get('file')
    if (file && typeof file !== 'string' && file.size > 0) {
      const name = file.name.slice(0, 200) || 'upload'
      if (/^(image|audio|video)\//i.test(file.type)) throw new HttpError(415, `the file "${name}": ${file.type}, not text: upload a .txt, .md or .html file`)
      const bytes = new Uint8Array(await file.arrayBuffer())
      const lang = fields.lang === 'fr' || fields.lang === 'en' ? fields.lang : undefined
      const draft = input(`the file "${name}"`, () => readDocument(bytes, { name, maxBytes, lang }))
      return overrideFromFields(draft, fields)
    }
    const text = form.get('text')
    return input('the article', () => validateRecord({ ...fields, text: typeof text === 'string' ? text : '' }, { maxBytes }))
  }

  if (type === 'text/plain') {
    const body = await readBodyLimited(request, maxBytes + 4, 'the text')
    const url = new URL(request.url)
    const fields = fieldsOf((name) => url.searchParams.get(name))
    const lang = fields.lang === 'fr' || fields.lang === 'en' ? fields.lang : undefined
    return overrideFromFields(input('the text', () => readDocument(body, { format: 'text', maxBytes, lang })), fields)
  }

  throw new HttpError(
    415,
    type
      ? `content type "${type.slice(0, 80)}" is not accepted: send application/json, multipart/form-data or text/plain`
      : 'the request has no content type: send application/json, multipart/form-data or text/plain',
  )
}

export function describeLimit(): string {
  return formatSize(sizeLimit())
}
