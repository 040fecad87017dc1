import { redirect } from 'next/navigation'
import { ENTITY_TYPES } from '@/lib/params'
import { getStore } from '@/lib/store'

/**
 * /entities/find?name=…&type=…: an entity known by name (inside one article's analysis) → its
 * page across the corpus, or the entity table searched for the name when it is not stored.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const name = (url.searchParams.get('name') ?? '').trim().slice(0, 200)
  const type = ENTITY_TYPES.find((t) => t === url.searchParams.get('type'))
  if (!name) redirect('/entities')
  const page = await (await getStore()).listEntities({ q: name, type, pageSize: 20, sort: 'mentions', dir: 'desc' })
  const lower = name.toLocaleLowerCase()
  const match =
    page.rows.find((e) => e.name.toLocaleLowerCase() === lower) ?? page.rows.find((e) => e.aliases.some((a) => a.toLocaleLowerCase() === lower))
  if (match) redirect(`/entities/${match.id}`)
  redirect(`/entities?${new URLSearchParams({ q: name, ...(type ? { type } : {}) }).toString()}`)
}
