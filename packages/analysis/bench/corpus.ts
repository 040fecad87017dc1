/** Reads ../shared/corpus (relative to the repo root) for benchmarks and evaluations; never shipped. */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface CorpusDocument {
  id: string
  lang: 'fr' | 'en'
  title: string
  label: string
  source: string
  text: string
}

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error('repository root not found')
    dir = up
  }
  return dir
}

export const corpusDir = resolve(repoRoot(), '..', 'shared', 'corpus')

/** The corpus files, or null (with a notice) when the corpus is absent. */
export function loadCorpus(): Map<string, CorpusDocument[]> | null {
  if (!existsSync(corpusDir)) {
    console.log(`notice: ${corpusDir} not found; skipping (the corpus is local benchmark data, never in the repo)`)
    return null
  }
  const files = new Map<string, CorpusDocument[]>()
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const docs: CorpusDocument[] = []
    for (const line of readFileSync(join(corpusDir, file), 'utf8').split('\n')) if (line.trim()) docs.push(JSON.parse(line) as CorpusDocument)
    files.set(file, docs)
  }
  return files
}

export const documentText = (d: CorpusDocument): string => `${d.title}\n\n${d.text}`

/**
 * Only the texts of the corpus (title, blank line, body), by language, each kept UTF-8 encoded: a
 * benchmark that holds every parsed record, or even every text as a JS string (two bytes a
 * character once a text holds a curly quote), measures the corpus' memory as much as the
 * engine's. Files are read as bytes and parsed a line at a time; decode a text when it is used.
 */
export function corpusTexts(): { fr: Uint8Array[]; en: Uint8Array[] } | null {
  if (!existsSync(corpusDir)) {
    console.log(`notice: ${corpusDir} not found; skipping (the corpus is local benchmark data, never in the repo)`)
    return null
  }
  const texts = { fr: [] as Uint8Array[], en: [] as Uint8Array[] }
  const encoder = new TextEncoder()
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const bytes = readFileSync(join(corpusDir, file))
    for (let start = 0; start < bytes.length; ) {
      let end = bytes.indexOf(10, start)
      if (end < 0) end = bytes.length
      const line = bytes.toString('utf8', start, end)
      start = end + 1
      if (!line.trim()) continue
      const d = JSON.parse(line) as CorpusDocument
      if (d.lang === 'fr' || d.lang === 'en') texts[d.lang].push(encoder.encode(documentText(d)))
    }
  }
  return texts
}

const decoder = new TextDecoder()
export const decodeText = (bytes: Uint8Array): string => decoder.decode(bytes)
