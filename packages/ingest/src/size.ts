import { InputError } from './errors'

/** Default cap on the text of one article: 5 MiB of UTF-8. */
export const DEFAULT_MAX_TEXT_BYTES = 5 * 1024 * 1024

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
}

/** "5MB", "512 kB", "1.5m", "1048576" → bytes (binary units: 1 MB = 1024 × 1024 bytes). */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value)
  const factor = match ? UNITS[match[2]!.toLowerCase()] : undefined
  if (!match || factor === undefined) {
    throw new Error(`"${value}" is not a size: write e.g. 5MB, 500kB or 1048576`)
  }
  const bytes = Math.floor(Number(match[1]) * factor)
  if (bytes < 1) throw new Error(`"${value}" is not a positive size`)
  return bytes
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 ** 2) return `${trim(bytes / 1024)} kB`
  if (bytes < 1024 ** 3) return `${trim(bytes / 1024 ** 2)} MB`
  return `${trim(bytes / 1024 ** 3)} GB`
}

function trim(n: number): string {
  return n >= 10 ? String(Math.round(n)) : String(Math.round(n * 10) / 10)
}

const encoder = new TextEncoder()

/** Throws a `too-large` InputError when `text` takes more than `maxBytes` in UTF-8. */
export function checkTextSize(text: string, maxBytes: number): void {
  // A UTF-16 code unit never takes more than 3 UTF-8 bytes: short texts need no encoding.
  if (text.length * 3 <= maxBytes) return
  const bytes = encoder.encode(text).length
  if (bytes > maxBytes) {
    throw new InputError('too-large', `${formatSize(bytes)} of text, over the ${formatSize(maxBytes)} limit`)
  }
}
