import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { article, finished, runCli, startCli, tempWorkspace, withStore } from '../testing/cli'

let ws: ReturnType<typeof tempWorkspace>
beforeEach(() => {
  ws = tempWorkspace()
})
afterEach(() => ws.cleanup())

function feed(name: string, ids: number[]): string {
  const path = join(ws.dir, name)
  writeFileSync(path, ids.map((i) => JSON.stringify({ id: `n${i}`, title: `Article ${i}`, text: article(i) })).join('\n'))
  return path
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i)
const counts = (stdout: string) => {
  const m = /^inserted (\d+), duplicates (\d+), failed (\d+)\n$/.exec(stdout)
  if (!m) throw new Error(`unexpected summary: ${stdout}`)
  return { inserted: Number(m[1]), duplicates: Number(m[2]), failed: Number(m[3]) }
}

describe('ingest under concurrency and faults', () => {
  it('two ingests at once into one SQLite file store every article exactly once', async () => {
    const a = feed('a.jsonl', range(0, 80))
    const b = feed('b.jsonl', range(40, 120))
    const [first, second] = await Promise.all([
      runCli(['ingest', a, '--jobs', '1', '--batch-size', '10'], { dbUrl: ws.dbUrl }),
      runCli(['ingest', b, '--jobs', '1', '--batch-size', '10'], { dbUrl: ws.dbUrl }),
    ])
    expect([first.code, second.code]).toEqual([0, 0])
    const one = counts(first.stdout)
    const two = counts(second.stdout)
    expect(one.inserted + two.inserted).toBe(120)
    expect(one.inserted + one.duplicates + two.inserted + two.duplicates).toBe(160)
    const stored = await withStore(ws.dbUrl, async (store) => {
      const rows = (await store.listArticles({ pageSize: 200 })).rows
      return { total: (await store.corpusStats()).articles, titles: new Set(rows.map((r) => r.title)).size }
    })
    expect(stored).toEqual({ total: 120, titles: 120 })
  })

  it('an ingest killed with SIGKILL mid-batch leaves whole articles, and the next run stores the rest', async () => {
    const total = 1200
    const file = feed('big.jsonl', range(0, total))
    const child = startCli(['ingest', file, '--jobs', '1', '--batch-size', '20'], { dbUrl: ws.dbUrl })
    const done = finished(child)

    // Kill it as soon as the first batches are in the store.
    let before = 0
    await withStore(ws.dbUrl, async (store) => {
      for (let i = 0; i < 600 && before === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        before = (await store.corpusStats()).articles
      }
    })
    child.kill('SIGKILL')
    const killed = await done
    expect(killed.signal).toBe('SIGKILL')
    expect(before).toBeGreaterThan(0)

    const afterKill = await withStore(ws.dbUrl, async (store) => {
      const { articles } = await store.corpusStats()
      const ids: number[] = []
      for (let page = 1; ids.length < articles; page++) ids.push(...(await store.listArticles({ page, pageSize: 200 })).rows.map((r) => r.id))
      const analysed = await Promise.all(ids.map(async (id) => (await store.getArticle(id))?.analysis.sentences.length ?? 0))
      return { articles, withoutAnalysis: analysed.filter((n) => n === 0).length }
    })
    expect(afterKill.articles).toBeLessThan(total)
    expect(afterKill.withoutAnalysis).toBe(0)

    const rerun = await runCli(['ingest', file, '--jobs', '2'], { dbUrl: ws.dbUrl })
    expect(rerun.code).toBe(0)
    expect(counts(rerun.stdout)).toEqual({ inserted: total - afterKill.articles, duplicates: afterKill.articles, failed: 0 })
    expect(await withStore(ws.dbUrl, async (store) => (await store.corpusStats()).articles)).toBe(total)
  })
})
