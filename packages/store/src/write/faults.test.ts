import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore, type NewsLensStore } from '../index'
import { rawSql, testTargets, type RawSql, type TestDatabase } from '../testing/databases'
import { makeAnalysis, syntheticItem } from '../testing/fixtures'
import { countRows, inconsistencies } from '../testing/consistency'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const worker = join(packageDir, 'src', 'testing', 'save-worker.ts')
const targets = await testTargets()

interface WorkerRun { code: number | null; signal: NodeJS.Signals | null; lines: string[]; stderr: string }

function runWorker(url: string, from: number, to: number, size: number, killAfterBatches?: number): Promise<WorkerRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, url, String(from), String(to), String(size)], { cwd: packageDir })
    const lines: string[] = []
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        lines.push(line)
        if (killAfterBatches !== undefined && line === `batch ${killAfterBatches}`) child.kill('SIGKILL')
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(`worker failed (${code}): ${stderr}`))
      else resolve({ code, signal, lines, stderr })
    })
  })
}

const summaryOf = (run: WorkerRun) => JSON.parse(run.lines.at(-1)!) as { inserted: number; duplicates: number; failed: number }

for (const target of targets) {
  describe.skipIf(Boolean(target.skip))(`faults and concurrency on ${target.dialect}`, () => {
    let db: TestDatabase
    beforeAll(async () => {
      if (target.error) throw new Error(target.error)
    })

    describe('a failure in the middle of a save', () => {
      let store: NewsLensStore
      let raw: RawSql
      beforeAll(async () => {
        db = await target.create()
        store = await openStore({ url: db.url })
        raw = await rawSql(db.url)
        // a real database error raised after the article, its terms and its entities are written
        if (target.dialect === 'sqlite') {
          await raw.query(`CREATE TRIGGER fail_poisoned BEFORE INSERT ON entity_labels WHEN NEW.label = 'poison'
            BEGIN SELECT RAISE(ABORT, 'poisoned label refused'); END`)
        } else {
          await raw.query(`CREATE FUNCTION fail_poisoned() RETURNS trigger AS $$ BEGIN
            IF NEW.label = 'poison' THEN RAISE EXCEPTION 'poisoned label refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`)
          await raw.query('CREATE TRIGGER fail_poisoned BEFORE INSERT ON entity_labels FOR EACH ROW EXECUTE FUNCTION fail_poisoned()')
        }
      })
      afterAll(async () => {
        await raw?.close()
        await store?.close()
        await db?.drop()
      })
      const poisoned = (text: string) => ({
        article: { text },
        analysis: makeAnalysis({ terms: [['poison', 2]], entities: [{ name: 'Empoisonneur', type: 'person', roles: ['poison'] }], sentences: [{ start: 0, end: 5 }] }),
      })

      it('leaves nothing behind when saving one article fails halfway', async () => {
        await expect(store.saveArticle(poisoned('Un article empoisonné.').article, poisoned('').analysis)).rejects.toThrow(/poisoned label refused/)
        for (const table of ['articles', 'article_content', 'article_terms', 'term_totals', 'article_entities', 'article_sentences']) {
          expect(await countRows(raw, table), table).toBe(0)
        }
        expect((await store.listEntities()).total).toBe(0)
        expect((await store.listArticles({ q: 'empoisonné' })).total).toBe(0)
      })

      it('stores the rest of a batch and reports the failing item with its reason', async () => {
        const result = await store.saveBatch([syntheticItem(1), poisoned('Encore un article empoisonné.'), syntheticItem(2)])
        expect(result.inserted).toBe(2)
        expect(result.failed).toEqual([{ index: 1, reason: expect.stringMatching(/poisoned label refused/) }])
        expect(result.results.map((r) => r?.status ?? null)).toEqual(['inserted', null, 'inserted'])
        expect(await countRows(raw, 'articles')).toBe(2)
        expect((await store.topTerms()).find((t) => t.term === 'poison')).toBeUndefined()
        expect(await inconsistencies(raw, { everyArticleHasSentences: true })).toEqual([])
      })
    })

    describe('three processes writing overlapping sets at once', () => {
      let raw: RawSql
      afterAll(async () => {
        await raw?.close()
        await db?.drop()
      })

      it('stores every article exactly once, totals intact', async () => {
        db = await target.create()
        // all open the fresh database at the same moment: migrations must not collide either
        const runs = await Promise.all([runWorker(db.url, 0, 80, 5), runWorker(db.url, 40, 120, 5), runWorker(db.url, 20, 100, 5)])
        raw = await rawSql(db.url)
        expect(runs.map((r) => r.stderr).join('')).toBe('')
        const summaries = runs.map(summaryOf)
        expect(summaries.reduce((n, s) => n + s.inserted, 0)).toBe(120)
        expect(summaries.reduce((n, s) => n + s.duplicates, 0)).toBe(120)
        expect(summaries.reduce((n, s) => n + s.failed, 0)).toBe(0)
        const rows = await raw.query<{ external_id: string; n: number }>('SELECT external_id, count(*) AS n FROM articles GROUP BY external_id')
        expect(rows).toHaveLength(120)
        expect(rows.every((r) => Number(r.n) === 1)).toBe(true)
        expect(await inconsistencies(raw, { everyArticleHasSentences: true })).toEqual([])
      })
    })

    describe('an ingest killed with SIGKILL mid-batch', () => {
      let raw: RawSql
      afterAll(async () => {
        await raw?.close()
        await db?.drop()
      })

      it('leaves whole batches only, and the next run stores the rest', async () => {
        db = await target.create()
        const killed = await runWorker(db.url, 0, 300, 50, 1)
        expect(killed.signal).toBe('SIGKILL')
        raw = await rawSql(db.url)
        const stored = await countRows(raw, 'articles')
        expect(stored).toBeGreaterThanOrEqual(50)
        expect(stored % 50).toBe(0)
        expect(await inconsistencies(raw, { everyArticleHasSentences: true })).toEqual([])

        const rerun = summaryOf(await runWorker(db.url, 0, 300, 50))
        expect(rerun).toEqual({ inserted: 300 - stored, duplicates: stored, failed: 0 })
        expect(await countRows(raw, 'articles')).toBe(300)
        expect(await inconsistencies(raw, { everyArticleHasSentences: true })).toEqual([])
      })
    })
  })
}
