import { accessConfig, mayWrite, requestToken } from '@/lib/access'
import { jsonError } from '@/lib/http-body'
import { getStore } from '@/lib/store'

function articleId(raw: string): number | null {
  return /^\d{1,12}$/.test(raw) ? Number(raw) : null
}

/** GET /api/articles/:id: the stored article and its analysis as JSON */
export async function GET(_request: Request, ctx: RouteContext<'/api/articles/[id]'>): Promise<Response> {
  const id = articleId((await ctx.params).id)
  if (id === null) return jsonError(400, 'the article id must be a positive integer')
  const article = await (await getStore()).getArticle(id)
  return article ? Response.json(article) : jsonError(404, `no article ${id}`)
}

/** DELETE /api/articles/:id: needs the token when the server is reachable beyond loopback */
export async function DELETE(request: Request, ctx: RouteContext<'/api/articles/[id]'>): Promise<Response> {
  if (!mayWrite(accessConfig(), requestToken(request.headers))) {
    return jsonError(401, 'delete needs the server token: send it as "Authorization: Bearer <NEWSLENS_TOKEN>"')
  }
  const id = articleId((await ctx.params).id)
  if (id === null) return jsonError(400, 'the article id must be a positive integer')
  const deleted = await (await getStore()).deleteArticle(id)
  return deleted ? Response.json({ status: 'deleted', id }) : jsonError(404, `no article ${id}`)
}
