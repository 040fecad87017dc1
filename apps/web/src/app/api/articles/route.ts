import { analyze } from '@newslens/analysis'
import { accessConfig, mayWrite, requestToken } from '@/lib/access'
import { HttpError, jsonError } from '@/lib/http-body'
import { readSubmission } from '@/lib/ingest-request'
import { getStore } from '@/lib/store'

/**
 * POST /api/articles: ingest one article. Answers JSON: 201 {status:"inserted", id, url} or
 * 200 {status:"duplicate", id, url} when the same text is already stored; 4xx {error} otherwise.
 */
export async function POST(request: Request): Promise<Response> {
  if (!mayWrite(accessConfig(), requestToken(request.headers))) {
    return jsonError(401, 'ingest needs the server token: send it as "Authorization: Bearer <NEWSLENS_TOKEN>"')
  }
  try {
    const draft = await readSubmission(request)
    const store = await getStore()
    const analysis = analyze(draft.text, draft.lang && draft.lang !== 'und' ? { lang: draft.lang } : {})
    const saved = await store.saveArticle(
      { text: draft.text, title: draft.title, source: draft.source, url: draft.url, publishedAt: draft.publishedAt, externalId: draft.externalId },
      analysis,
    )
    return Response.json(
      { status: saved.status, id: saved.id, url: `/articles/${saved.id}`, warnings: draft.warnings },
      { status: saved.status === 'inserted' ? 201 : 200, headers: { 'cache-control': 'no-store' } },
    )
  } catch (error) {
    if (error instanceof HttpError) return jsonError(error.status, error.message)
    console.error('ingest failed:', error)
    return jsonError(500, 'the article could not be stored; nothing was saved')
  }
}

export function GET(): Response {
  return jsonError(405, 'use POST to ingest an article')
}
