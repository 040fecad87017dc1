/** Where each kind of thing opens. One place, so every chart and table links the same way. */
import { isHttpUrl } from '@newslens/ingest'

/** keyword-in-context page for a term, an n-gram or an entity name */
export function termHref(term: string): string {
  return `/terms/${encodeURIComponent(term)}`
}

export function entityHref(id: number): string {
  return `/entities/${id}`
}

/** an entity known only by name and type (inside one article's analysis) */
export function entityLookupHref(name: string, type: string): string {
  return `/entities/find?${new URLSearchParams({ name, type }).toString()}`
}

export function articleHref(id: number, sentence?: number): string {
  return sentence === undefined ? `/articles/${id}` : `/articles/${id}#s-${sentence}`
}

/**
 * A stored URL is shown as a link only when it is http(s) (the ingest package's rule); anything
 * else (javascript:, data:, relative paths, garbage) is shown as text. The normalised href or null.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw || !isHttpUrl(raw)) return null
  return new URL(raw.trim()).href
}
