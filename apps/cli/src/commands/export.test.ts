import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { article, runCli, tempWorkspace } from '../testing/cli'

const ws = tempWorkspace()

beforeAll(async () => {
  const feed = join(ws.dir, 'feed.jsonl')
  const records = [
    { text: article(0, 'fr'), title: 'Plan de soutien', date: '2026-01-15', lang: 'fr', source: 'Le Quotidien' },
    { text: article(1, 'en'), title: '=HYPERLINK("http://evil.example","click")', date: 'March 3, 2026', lang: 'en' },
    { text: article(2, 'fr'), title: 'Sans date, avec "guillemets", et virgules', lang: 'fr' },
  ]
  writeFileSync(feed, records.map((r) => JSON.stringify(r)).join('\n'))
  const result = await runCli(['ingest', feed], { dbUrl: ws.dbUrl })
  expect(result.stdout).toBe('inserted 3, duplicates 0, failed 0\n')
})
afterAll(() => ws.cleanup())

describe('newslens export', () => {
  it('exports articles as CSV, quoted and safe against formula injection', async () => {
    const result = await runCli(['export', 'articles'], { dbUrl: ws.dbUrl })
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\r\n')
    expect(lines[0]).toBe('id,title,source,url,publishedAt,lang,words,sentiment,dominantTheme,createdAt')
    expect(lines).toHaveLength(4)
    expect(result.stdout).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`)
    expect(result.stdout).toContain('"Sans date, avec ""guillemets"", et virgules"')
  })

  it('filters by language and date range, dates written in any accepted form', async () => {
    const fr = await runCli(['export', 'articles', '--format', 'json', '--lang', 'fr'], { dbUrl: ws.dbUrl })
    expect(JSON.parse(fr.stdout).map((a: { title: string }) => a.title).sort()).toEqual(['Plan de soutien', 'Sans date, avec "guillemets", et virgules'])
    const dated = await runCli(['export', 'articles', '--format', 'json', '--from', '1 janvier 2026', '--to', 'January 31, 2026'], { dbUrl: ws.dbUrl })
    expect(JSON.parse(dated.stdout).map((a: { title: string; publishedAt: string }) => [a.title, a.publishedAt])).toEqual([
      ['Plan de soutien', '2026-01-15'],
    ])
  })

  it('writes terms, themes, entities and co-occurrences as JSON to a file with --out', async () => {
    for (const what of ['terms', 'themes', 'entities', 'cooccurrences']) {
      const out = join(ws.dir, `${what}.json`)
      const result = await runCli(['export', what, '--format', 'json', '--out', out], { dbUrl: ws.dbUrl })
      expect(result.code).toBe(0)
      expect(result.stdout).toBe('')
      expect(Array.isArray(JSON.parse(readFileSync(out, 'utf8')))).toBe(true)
    }
    const terms = JSON.parse(readFileSync(join(ws.dir, 'terms.json'), 'utf8'))
    expect(terms.length).toBeGreaterThan(5)
    expect(Object.keys(terms[0])).toEqual(['term', 'display', 'count', 'articles'])
  })

  it('refuses an unreadable date or an unknown table with exit 2', async () => {
    const date = await runCli(['export', 'articles', '--from', 'someday'], { dbUrl: ws.dbUrl })
    expect(date.code).toBe(2)
    expect(date.stderr).toMatch(/^newslens: --from: unreadable date "someday"/)
    expect((await runCli(['export', 'tables'], { dbUrl: ws.dbUrl })).code).toBe(2)
  })
})
