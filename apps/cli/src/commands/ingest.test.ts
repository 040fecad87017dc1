import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { article, expectRefusedInput, failureLines, runCli, tempWorkspace, withStore } from '../testing/cli'

let ws: ReturnType<typeof tempWorkspace>
beforeEach(() => {
  ws = tempWorkspace()
})
afterEach(() => ws.cleanup())

function write(path: string, content: string | Uint8Array): string {
  const full = join(ws.dir, path)
  mkdirSync(join(full, '..'), { recursive: true })
  writeFileSync(full, content)
  return full
}

const jsonl = (records: object[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`

async function storedTitles(dbUrl: string): Promise<string[]> {
  return withStore(dbUrl, async (store) => {
    const page = await store.listArticles({ pageSize: 200, sort: 'title', dir: 'asc' })
    return page.rows.map((row) => row.title)
  })
}

describe('newslens ingest', () => {
  it('stores a folder once: the second run inserts nothing and counts duplicates', async () => {
    write('news/a.txt', article(1))
    write('news/deeper/b.md', `# Un titre en Markdown\n\n${article(2)}`)
    write('news/c.html', `<html><body><article><h1>Page HTML</h1><p>${article(3)}</p></article></body></html>`)
    const folder = join(ws.dir, 'news')

    const first = await runCli(['ingest', folder, '--jobs', '2'], { dbUrl: ws.dbUrl })
    expect(first.stdout).toBe('inserted 3, duplicates 0, failed 0\n')
    expect(first.code).toBe(0)

    const second = await runCli(['ingest', folder], { dbUrl: ws.dbUrl })
    expect(second.stdout).toBe('inserted 0, duplicates 3, failed 0\n')
    expect(second.code).toBe(0)
    expect(await storedTitles(ws.dbUrl)).toEqual(['Page HTML', 'Story number 1', 'Un titre en Markdown'])
  })

  it('stores the good lines of a JSONL file and reports the broken one with exit 1', async () => {
    const file = write(
      'feed.jsonl',
      [
        JSON.stringify({ text: article(1), title: 'Premier' }),
        '{"text": "a line cut in the middle',
        JSON.stringify({ text: article(2), title: 'Deuxième' }),
        JSON.stringify({ title: 'no text here' }),
        '',
        JSON.stringify({ text: article(3), title: 'Troisième' }),
      ].join('\n'),
    )
    const result = await runCli(['ingest', file], { dbUrl: ws.dbUrl })
    expect(result.stdout).toBe('inserted 3, duplicates 0, failed 2\n')
    expect(result.code).toBe(1)
    const failures = failureLines(result.stderr)
    expect(failures).toHaveLength(2)
    expect(failures[0]).toMatch(new RegExp(`^${file}:2: invalid JSON: Unterminated string in JSON`))
    expect(failures[1]).toBe(`${file}:4: missing required field "text"`)
    expect(await storedTitles(ws.dbUrl)).toEqual(['Deuxième', 'Premier', 'Troisième'])
  })

  it('stores the same articles and analyses with --jobs 2 as with --jobs 1', async () => {
    const records = Array.from({ length: 24 }, (_, i) => ({ id: `a${i}`, text: article(i) }))
    const file = write('feed.jsonl', jsonl(records))
    const other = tempWorkspace()
    try {
      const one = await runCli(['ingest', file, '--jobs', '1', '--batch-size', '5'], { dbUrl: ws.dbUrl })
      const two = await runCli(['ingest', file, '--jobs', '2', '--batch-size', '5'], { dbUrl: other.dbUrl })
      expect(one.stdout).toBe('inserted 24, duplicates 0, failed 0\n')
      expect(two.stdout).toBe(one.stdout)
      const dump = (dbUrl: string) =>
        withStore(dbUrl, async (store) => {
          const rows = (await store.listArticles({ pageSize: 200, sort: 'title', dir: 'asc' })).rows
          const articles = await Promise.all(rows.map((row) => store.getArticle(row.id)))
          // ids follow the order the workers commit in: compare everything else
          return articles
            .map((a) => ({ externalId: a!.externalId, title: a!.title, hash: a!.contentHash, analysis: a!.analysis }))
            .sort((x, y) => x.hash.localeCompare(y.hash))
        })
      expect(await dump(other.dbUrl)).toEqual(await dump(ws.dbUrl))
    } finally {
      other.cleanup()
    }
  })

  it('titles untitled articles from their first sentence and parses dates in odd formats', async () => {
    const file = write(
      'dates.jsonl',
      jsonl([
        { text: `Le Parlement adopte la réforme des retraites. ${article(1)}`, date: '29 novembre 2026' },
        { text: article(2), title: 'English date', date: 'November 29, 2026' },
        { text: article(3), title: 'RFC 2822 date', date: 'Sun, 29 Nov 2026 08:00:00 +0100' },
        { text: article(4), title: 'ISO date', date: '2026-11-29' },
        { text: article(5), title: 'Bad date', date: '31/02/2026' },
        { text: article(6), title: 'Ambiguous date', date: '05/11/2026' },
      ]),
    )
    const result = await runCli(['ingest', file], { dbUrl: ws.dbUrl })
    expect(result.stdout).toBe('inserted 4, duplicates 0, failed 2\n')
    expect(failureLines(result.stderr)).toEqual([
      `${file}:5: "date": impossible date "31/02/2026"`,
      `${file}:6: "date": ambiguous date "05/11/2026" (day/month or month/day?): write it as ISO 8601, e.g. 2026-11-05`,
    ])
    const dated = await withStore(ws.dbUrl, async (store) =>
      (await store.listArticles({ pageSize: 10, sort: 'title', dir: 'asc' })).rows.map((r) => [r.title, r.publishedAt]),
    )
    expect(dated).toEqual([
      ['English date', '2026-11-29'],
      ['ISO date', '2026-11-29'],
      ['Le Parlement adopte la réforme des retraites', '2026-11-29'],
      ['RFC 2822 date', '2026-11-29T07:00:00Z'],
    ])
  })

  it('stores hostile markup and a javascript: URL verbatim, with a warning about the URL', async () => {
    const hostile = {
      text: `<script>alert("x")</script> ${article(1)}`,
      title: '<img src=x onerror=alert(1)>',
      source: '"><svg onload=alert(2)>',
      url: 'javascript:alert(3)',
    }
    const result = await runCli(['ingest', write('hostile.jsonl', jsonl([hostile]))], { dbUrl: ws.dbUrl })
    expect(result.stdout).toBe('inserted 1, duplicates 0, failed 0\n')
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('hostile.jsonl:1: warning: url "javascript:alert(3)" is not an http(s) link: stored as text')
    const stored = await withStore(ws.dbUrl, async (store) => store.getArticle((await store.listArticles()).rows[0]!.id))
    expect([stored!.text, stored!.title, stored!.source, stored!.url]).toEqual([hostile.text, hostile.title, hostile.source, hostile.url])
  })

  it('reports unreadable files inside a folder as failed items and stores the rest', async () => {
    write('mixed/good.txt', article(1))
    write('mixed/empty.txt', '')
    write('mixed/latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9]))
    write('mixed/image.html', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]))
    write('mixed/photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))
    const folder = join(ws.dir, 'mixed')
    const result = await runCli(['ingest', folder, '--max-size', '1MB'], { dbUrl: ws.dbUrl })
    expect(result.stdout).toBe('inserted 1, duplicates 0, failed 3\n')
    expect(result.code).toBe(1)
    expect(failureLines(result.stderr)).toEqual([
      `${folder}/empty.txt: empty (0 bytes)`,
      `${folder}/image.html: a JPEG image, not text`,
      `${folder}/latin1.txt: not valid UTF-8 (bad byte 0xe9 at offset 3); convert it first, e.g. iconv -f latin1 -t utf-8`,
    ])
    expect(result.stderr).toContain(`newslens: skipped 1 file (.png) in "${folder}" (not article files)`)
  })

  it('reads JSON lines from standard input', async () => {
    const input = jsonl([{ text: article(1) }, { text: article(2) }])
    const result = await runCli(['ingest', '-'], { dbUrl: ws.dbUrl, input })
    expect(result.stdout).toBe('inserted 2, duplicates 0, failed 0\n')
  })
})

describe('newslens ingest refuses inputs named on the command line', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => join(ws.dir, 'missing.jsonl'), /missing\.jsonl": no such file or folder$/],
    ['a binary file', () => write('b.txt', new Uint8Array([1, 2, 0, 4])), /b\.txt": binary data \(NUL byte at offset 2\), not text$/],
    ['an invalid UTF-8 JSONL file', () => write('l.jsonl', new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d, 0x0a])), /l\.jsonl": not valid UTF-8/],
    ['an empty JSONL file', () => write('e.jsonl', ''), /e\.jsonl": empty \(0 bytes\)$/],
    ['prose named .jsonl', () => write('p.jsonl', 'Just some prose, not JSON.\n{"text":"x"}\n'), /p\.jsonl": not JSON lines: the first line is not a JSON object/],
    ['a zip named .jsonl', () => write('z.jsonl', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), /z\.jsonl": a ZIP archive/],
    ['a text over the size limit', () => write('big.txt', 'x'.repeat(3000)), /big\.txt": 2\.9 kB, over the 2 kB limit$/],
    ['a folder with no readable files', () => (write('pics/a.png', 'x'), join(ws.dir, 'pics')), /pics": a folder with no readable files/],
  ]
  for (const [name, make, message] of cases) {
    it(`${name}: exit 2, one line naming it, nothing stored`, async () => {
      const good = write('good.txt', article(1))
      const result = await runCli(['ingest', good, make(), '--max-size', '2kB'], { dbUrl: ws.dbUrl })
      expectRefusedInput(result, message)
      expect(await storedTitles(ws.dbUrl)).toEqual([])
    })
  }

  it('a folder whose files are all unreadable: exit 2 after listing them', async () => {
    write('bad/a.txt', '')
    write('bad/b.txt', new Uint8Array([0, 0, 0]))
    const folder = join(ws.dir, 'bad')
    const result = await runCli(['ingest', folder], { dbUrl: ws.dbUrl })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('inserted 0, duplicates 0, failed 2\n')
    expect(result.stderr).toContain(`newslens: cannot read "${folder}": a folder with no readable files`)
  })
})
