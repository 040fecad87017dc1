/**
 * Ingests the repo's `samples/` (its top-level text files) into the store when the store is
 * empty, so the first page a new user opens shows the seed article analysed. Same path as every
 * other ingest: @newslens/ingest reads the file, the engine analyses it, the store saves it.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { analyze } from '@newslens/analysis'
import { formatFromName, readDocument } from '@newslens/ingest'
import { openStore } from '@newslens/store'
import { REPO_ROOT } from './paths'

export async function seedIfEmpty(samplesDir = join(REPO_ROOT, 'samples')): Promise<number> {
  const store = await openStore()
  try {
    const stats = await store.corpusStats()
    if (stats.articles > 0) return 0
    const entries = await readdir(samplesDir, { withFileTypes: true })
    const files = entries.filter((e) => e.isFile() && ['text', 'markdown', 'html'].includes(formatFromName(e.name) ?? '')).map((e) => e.name).sort()
    let inserted = 0
    for (const name of files) {
      const lang = /\.(fr|en)\.[a-z]+$/i.exec(name)?.[1]?.toLowerCase() as 'fr' | 'en' | undefined
      const draft = readDocument(new Uint8Array(await readFile(join(samplesDir, name))), { name, lang })
      const analysis = analyze(draft.text, draft.lang && draft.lang !== 'und' ? { lang: draft.lang } : {})
      const result = await store.saveArticle(
        { text: draft.text, title: draft.title, source: draft.source, url: draft.url, publishedAt: draft.publishedAt, externalId: `samples/${name}` },
        analysis,
      )
      if (result.status === 'inserted') inserted++
    }
    return inserted
  } finally {
    await store.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seedIfEmpty().then(
    (n) => console.log(n ? `NewsLens: ingested ${n} sample article(s) into the empty store` : 'NewsLens: the store already has articles; samples not ingested'),
    (error: unknown) => {
      console.error('NewsLens: seeding the store failed:', error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
