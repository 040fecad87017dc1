import { DEFAULT_MAX_TEXT_BYTES, parseSize } from '@newslens/ingest'

/** The cap on one article's text: NEWSLENS_MAX_SIZE ("5MB", "500kB"), as for the CLI. */
export function sizeLimit(env: Record<string, string | undefined> = process.env): number {
  const raw = env.NEWSLENS_MAX_SIZE?.trim()
  if (!raw) return DEFAULT_MAX_TEXT_BYTES
  try {
    return parseSize(raw)
  } catch {
    return DEFAULT_MAX_TEXT_BYTES
  }
}
