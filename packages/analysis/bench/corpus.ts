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
 * Only the texts of the corpus (title, blank line, body), by language: a benchmark that keeps
 * every parsed record measures the records' memory as much as the engine's. Each file is parsed
 * line by line and only the strings are kept.
 */
export function corpusTexts(): { fr: string[]; en: string[] } | null {
  if (!existsSync(corpusDir)) {
    console.log(`notice: ${corpusDir} not found; skipping (the corpus is local benchmark data, never in the repo)`)
    return null
  }
  const texts = { fr: [] as string[], en: [] as string[] }
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(corpusDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue
      const d = JSON.parse(line) as CorpusDocument
      if (d.lang === 'fr' || d.lang === 'en') texts[d.lang].push(documentText(d))
    }
  }
  return texts
}
