/**
 * Per-request memoised reads: a page and its generateMetadata ask for the same article or
 * entity, and React's cache() makes that one store read (it lives for one request only).
 */
import { cache } from 'react'
import { getStore } from './store'

function parseId(raw: string): number | null {
  return /^\d{1,12}$/.test(raw) ? Number(raw) : null
}

export const loadArticle = cache(async (rawId: string) => {
  const id = parseId(rawId)
  return id === null ? null : (await getStore()).getArticle(id)
})

export const loadEntity = cache(async (rawId: string) => {
  const id = parseId(rawId)
  return id === null ? null : (await getStore()).getEntity(id)
})
