import { titleFromText } from './title'

export type DraftLang = 'fr' | 'en' | 'und'

/**
 * One article ready to analyse and store: the fields of the store's ArticleInput plus the
 * language the input declares. `title` is always set (made from the first sentence when the
 * input has none).
 */
export interface ArticleDraft {
  text: string
  title: string
  /** true when the title was made from the text */
  titleFromText: boolean
  source: string | null
  url: string | null
  /** ISO date or date-time, null when unknown (never the ingest date) */
  publishedAt: string | null
  /** the language the input declares; null lets the engine detect it */
  lang: DraftLang | null
  externalId: string | null
  /** things kept as given but worth telling the user (e.g. a URL that is not http(s)) */
  warnings: string[]
}

export interface DraftFields {
  text: string
  title?: string | null
  source?: string | null
  url?: string | null
  publishedAt?: string | null
  lang?: DraftLang | null
  externalId?: string | null
  warnings?: string[]
}

/** Completes an article's fields: trims them, and titles it from its first sentence when untitled. */
export function makeDraft(fields: DraftFields): ArticleDraft {
  const title = fields.title?.trim() || null
  return {
    text: fields.text,
    title: title ?? titleFromText(fields.text),
    titleFromText: title === null,
    source: fields.source?.trim() || null,
    url: fields.url?.trim() || null,
    publishedAt: fields.publishedAt ?? null,
    lang: fields.lang ?? null,
    externalId: fields.externalId ?? null,
    warnings: fields.warnings ?? [],
  }
}

/** "fr", "FR", "fr-FR", "fra", "french", "français" → fr; other language codes → und. */
export function normalizeLang(value: string): DraftLang | null {
  const v = value.trim().toLowerCase()
  if (/^(fr|fra|fre)([-_][a-z]{2,4})?$|^fran[cç]ais$|^french$/.test(v)) return 'fr'
  if (/^(en|eng)([-_][a-z]{2,4})?$|^english$|^anglais$/.test(v)) return 'en'
  if (/^und$|^[a-z]{2,3}([-_][a-z0-9]{2,8})?$/.test(v)) return 'und'
  return null
}

/** A URL that is not http(s) is kept verbatim (it is data) but must never be rendered as a link. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
