/**
 * The dashboard end to end: the production server (scripts/serve.ts) over a fresh SQLite file seeded
 * with the sample article, driven by headless Chromium. Screenshots land in test-results/.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT, WEB_DIR } from '../scripts/paths'
import { chromiumAvailable, CHROMIUM_PATH, launchBrowser, startServer, type RunningServer } from './harness'

const SHOTS = join(WEB_DIR, 'test-results')
const SAMPLE = readFileSync(join(REPO_ROOT, 'samples', 'syrie-russie-cooperation.fr.txt'))

const HOSTILE = {
  title: '<script>alert("title")</script><img src=x onerror=alert("title-img")>',
  source: '<img src=x onerror=alert("source")>',
  url: 'javascript:alert("url")',
  date: '2026-03-14',
  text:
    'The <script>alert("text")</script> committee met in Geneva on Monday. <img src=x onerror=alert("text-img")> ' +
    'Delegates from the United Nations discussed humanitarian aid and the reconstruction of damaged hospitals. ' +
    '<a href="javascript:alert(1)">Click here</a> said nothing new, the chair Maria Lopez told reporters.',
}

const DATED = {
  title: 'Ministers agree on energy grid investment',
  date: '2026-05-02',
  source: 'Test Wire',
  url: 'https://example.org/energy-grid',
  text:
    'European energy ministers agreed on Tuesday to invest in a shared electricity grid. ' +
    'The German minister Anna Weber said the investment would lower prices and strengthen security of supply. ' +
    'Critics in Brussels warned that the plan was expensive and that the budget could collapse. ' +
    'Anna Weber replied that the grid would create jobs and support renewable power across the continent.',
}

const PASTED_TITLE = 'Harbour workers end strike after wage deal'
const PASTED_TEXT =
  'Dock workers in Rotterdam ended a week-long strike on Friday after unions and port operators reached a wage deal. ' +
  'The agreement raises pay by six percent and improves safety rules, the union leader Pieter de Vries said. ' +
  'Shipping companies welcomed the end of the dispute, which had delayed hundreds of containers.'

const hasChromium = chromiumAvailable()
if (!hasChromium) console.warn(`NOTICE: ${CHROMIUM_PATH} not found: browser tests skipped (apt-get install -y chromium)`)

describe.skipIf(!hasChromium)('dashboard in Chromium', () => {
  let dir: string
  let server: RunningServer
  let browser: BrowserContext
  let seedId: number
  let hostileId: number
  const dialogs: string[] = []
  const consoleErrors: string[] = []

  async function open(path: string, width = 1280): Promise<Page> {
    const page = await browser.newPage()
    await page.setViewportSize({ width, height: 900 })
    page.on('dialog', (d) => {
      dialogs.push(`${path}: ${d.message()}`)
      void d.dismiss()
    })
    page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`)
    })
    await page.goto(server.url + path, { waitUntil: 'networkidle' })
    return page
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
  }

  async function horizontalOverflow(page: Page): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  }

  async function post(body: BodyInit, headers: Record<string, string> = {}, base = server.url) {
    const res = await fetch(`${base}/api/articles`, { method: 'POST', body, headers })
    return { status: res.status, type: res.headers.get('content-type') ?? '', json: (await res.json()) as Record<string, unknown> }
  }

  async function articleCount(): Promise<number> {
    const page = (await fetch(`${server.url}/articles`).then((r) => r.text())).replace(/<!-- -->/g, '')
    const match = /<h2>([\d,]+) articles?<\/h2>/.exec(page)
    const count = Number(match?.[1]?.replace(/,/g, ''))
    expect(Number.isInteger(count)).toBe(true)
    return count
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    dir = mkdtempSync(join(tmpdir(), 'newslens-e2e-'))
    const env = { DATABASE_URL: `file:${join(dir, 'e2e.db')}`, NEWSLENS_MAX_SIZE: '64kB' }
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], { cwd: WEB_DIR, env: { ...process.env, ...env }, stdio: 'pipe' })
    server = await startServer(env)
    // the sample again is a duplicate: the answer names the seeded article
    const again = await post(SAMPLE, { 'content-type': 'text/plain' })
    expect(again.status).toBe(200)
    expect(again.json.status).toBe('duplicate')
    seedId = Number(again.json.id)
    const hostile = await post(JSON.stringify(HOSTILE), { 'content-type': 'application/json' })
    expect(hostile.status).toBe(201)
    hostileId = Number(hostile.json.id)
    expect((await post(JSON.stringify(DATED), { 'content-type': 'application/json' })).status).toBe(201)
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('renders the overview with its charts, following the filters in the URL', async () => {
    const page = await open('/')
    for (const title of ['Theme shares', 'Top terms', 'Top people', 'Sentiment distribution', 'Articles and sentiment over time']) {
      await expect(page.getByRole('heading', { name: title }).count()).resolves.toBe(1)
    }
    await page.waitForSelector('.recharts-surface')
    expect(await page.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(3)
    expect(await page.locator('[role="figure"][aria-label="Top terms"] .recharts-bar-rectangle').count()).toBeGreaterThan(3)
    await expect(page.getByText(/undated article[s]? left out/).first().textContent()).resolves.toMatch(/1 undated article left out/)
    await shot(page, 'overview-1280')

    // the chart's CSV holds exactly the rows it draws
    const bars = await page.locator('[role="figure"][aria-label="Top terms"] .recharts-bar-rectangle').count()
    const href = await page.locator('section[aria-label="Top terms"] a.csv').getAttribute('href')
    const csv = await fetch(server.url + href).then((r) => r.text())
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('term,display,count,articles')
    expect(lines.length - 1).toBe(bars)
    await page.close()

    const english = await open('/?lang=en')
    await expect(english.locator('.tile .value').first().textContent()).resolves.toBe('2')
    await english.close()
  })

  it("marks Vladimir Poutine as a person in the seed article's text", async () => {
    const page = await open(`/articles/${seedId}`)
    const marks = page.locator('.article-text mark[data-entity-type="person"]')
    const texts = await marks.allTextContents()
    expect(texts).toContain('Vladimir Poutine')
    const poutine = marks.filter({ hasText: /^Vladimir Poutine$/ }).first()
    await poutine.focus()
    const tip = page.locator('.ent:focus-within .ent-tip')
    await expect(tip.isVisible()).resolves.toBe(true)
    await expect(tip.textContent()).resolves.toMatch(/person/)
    // every mark holds exactly an entity mention of its type
    for (const type of await page.locator('.article-text mark').evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-type')))) {
      expect(['person', 'organization', 'location']).toContain(type)
    }
    expect(await page.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(3)
    expect(await page.locator('.network svg a.node').count()).toBeGreaterThan(2)
    await shot(page, 'article-1280')
    await page.close()
  })

  it('sorts the entity table by Mentions in both directions, by mouse and by keyboard', async () => {
    const page = await open('/entities?sort=name&dir=asc')
    const mentions = async () => (await page.locator('#entity-table tbody td:nth-child(3)').allTextContents()).map((t) => Number(t.replace(/,/g, '')))
    const header = page.locator('#entity-table th', { hasText: 'Mentions' })
    await header.getByRole('link').click()
    await page.waitForURL(/sort=mentions&dir=desc/)
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending')
    const desc = await mentions()
    expect(desc.length).toBeGreaterThan(3)
    expect(desc).toEqual([...desc].sort((a, b) => b - a))
    expect(desc[0]).toBeGreaterThan(desc[desc.length - 1]!)

    await header.getByRole('link').focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/sort=mentions&dir=asc/)
    await expect(page.locator('#entity-table th', { hasText: 'Mentions' }).getAttribute('aria-sort')).resolves.toBe('ascending')
    const asc = await mentions()
    expect(asc).toEqual([...asc].sort((a, b) => a - b))
    expect(asc[0]).toBeLessThan(asc[asc.length - 1]!)
    await shot(page, 'entities-1280')
    await page.close()
  })

  it("opens a term's keyword-in-context page with one click from the overview chart", async () => {
    const page = await open('/')
    const link = page.locator('[role="figure"][aria-label="Top terms"] a').first()
    const label = (await link.locator('title').textContent()) ?? ''
    await link.click()
    await page.waitForURL(/\/terms\//)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(label)
    const matches = await page.locator('table.kwic td.match').allTextContents()
    expect(matches.length).toBeGreaterThan(0)
    const back = page.locator('table.kwic tr.src a').first()
    await expect(back.getAttribute('href')).resolves.toMatch(/^\/articles\/\d+#s-\d+$/)
    await shot(page, 'terms-1280')
    await back.click()
    await page.waitForURL(/\/articles\/\d+#s-\d+$/)
    await page.close()
  })

  it('shows an article pasted on the ingest page in the articles table', async () => {
    const page = await open('/ingest')
    await shot(page, 'ingest-1280')
    await page.getByLabel('Title (optional)').fill(PASTED_TITLE)
    await page.getByLabel('Text').fill(PASTED_TEXT)
    await page.getByRole('button', { name: 'Analyse and save' }).click()
    await page.waitForURL(/\/articles\/\d+$/)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(PASTED_TITLE)
    await page.goto(`${server.url}/articles?sort=createdAt&dir=desc`, { waitUntil: 'networkidle' })
    const titles = await page.locator('table.data tbody td:first-child a').allTextContents()
    expect(titles).toContain(PASTED_TITLE)
    await shot(page, 'articles-1280')

    // an uploaded file, titled from its first sentence
    await page.goto(`${server.url}/ingest`)
    await page.locator('input[name="file"]').setInputFiles({
      name: 'orchestra.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('The city orchestra opened its season in Lyon on Saturday. The conductor praised the young musicians.'),
    })
    await page.getByLabel('Publication date (optional)').fill('2026-09-12')
    await page.getByRole('button', { name: 'Analyse and save' }).click()
    await page.waitForURL(/\/articles\/\d+$/)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^The city orchestra opened its season/)
    await expect(page.locator('.article-meta').textContent()).resolves.toContain('2026-09-12')

    // the same text again opens the existing article
    await page.goto(`${server.url}/ingest`)
    await page.getByLabel('Text').fill(PASTED_TEXT)
    await page.getByRole('button', { name: 'Analyse and save' }).click()
    await page.waitForURL(/\/articles\/\d+$/)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(PASTED_TITLE)
    await page.close()
  })

  it('shows an article saved by another process (the CLI) on the next load of a page served from memory', async () => {
    const before = await articleCount()
    // each server process keeps its own pages: a few loads reach one that already has it
    const served: (string | null)[] = []
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${server.url}/articles`)
      await res.arrayBuffer()
      served.push(res.headers.get('x-newslens-cache'))
    }
    expect(served).toContain('hit')
    const file = join(dir, 'lighthouse.txt')
    writeFileSync(file, 'Lighthouse keepers return to the northern coast\n\nThe lighthouse on the northern coast was staffed again on Monday, the coastguard said.\n')
    execFileSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'apps/cli/src/main.ts'), 'ingest', file], {
      cwd: join(REPO_ROOT, 'apps/cli'),
      env: { ...process.env, DATABASE_URL: `file:${join(dir, 'e2e.db')}` },
      stdio: 'pipe',
    })
    expect(await articleCount()).toBe(before + 1)
    const page = await fetch(`${server.url}/articles`).then((r) => r.text())
    expect(page).toContain('Lighthouse keepers return to the northern coast')
  })

  it('shows hostile markup as inert text and never links a javascript: URL', async () => {
    for (const path of [`/articles/${hostileId}`, '/articles', '/', '/entities', `/terms/${encodeURIComponent('committee')}`]) {
      const page = await open(path)
      expect(await page.locator('a[href^="javascript:" i], [onerror], img[src="x"]').count()).toBe(0)
      if (path === `/articles/${hostileId}`) {
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(HOSTILE.title)
        await expect(page.locator('.article-meta code').textContent()).resolves.toBe(HOSTILE.url)
        await expect(page.locator('.article-text').textContent()).resolves.toContain('<script>alert("text")</script>')
        await shot(page, 'hostile-article-1280')
      }
      await page.close()
    }
    expect(dialogs).toEqual([])
  })

  it('answers ingest errors with 4xx JSON and stores nothing for them', async () => {
    const before = await articleCount()
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0])
    const upload = (bytes: Uint8Array<ArrayBuffer>, name: string, type: string) => {
      const form = new FormData()
      form.set('file', new Blob([bytes], { type }), name)
      return form
    }
    const cases: [string, Promise<{ status: number; type: string; json: Record<string, unknown> }>, number][] = [
      ['image body', post(png, { 'content-type': 'image/png' }), 415],
      ['png upload', post(upload(png, 'photo.txt', 'text/plain')), 415],
      ['zip upload', post(upload(zip, 'articles.zip', 'application/zip')), 415],
      ['invalid UTF-8', post(Uint8Array.from([0x4c, 0x61, 0x20, 0xe9, 0x74, 0xe9]), { 'content-type': 'text/plain' }), 415],
      ['too large', post('a'.repeat(70 * 1024), { 'content-type': 'text/plain' }), 413],
      ['empty text', post(JSON.stringify({ text: '   ' }), { 'content-type': 'application/json' }), 400],
      ['broken JSON', post('{"text": "unterminated', { 'content-type': 'application/json' }), 400],
      ['bad date', post(JSON.stringify({ text: 'Some words here.', date: 'next blue moon' }), { 'content-type': 'application/json' }), 400],
    ]
    for (const [what, pending, status] of cases) {
      const res = await pending
      expect({ what, status: res.status }).toEqual({ what, status })
      expect(res.type).toMatch(/application\/json/)
      expect(typeof res.json.error, what).toBe('string')
      expect(String(res.json.error).length, what).toBeGreaterThan(10)
    }
    expect(await articleCount()).toBe(before)
  })

  it('keeps hostile sort and search parameters harmless', async () => {
    for (const path of [
      "/entities?sort=name;DROP%20TABLE%20entities&dir=sideways&q=%27%20OR%201%3D1%20--&type=<script>",
      '/articles?sort=__proto__&dir=1&q=%22%3B%20DELETE%20FROM%20articles%3B--&lang=xx&from=not-a-date',
      "/?theme=%27%3Bdrop&lang=%3Cb%3E&from=2026-99-99",
    ]) {
      const res = await fetch(server.url + path)
      expect({ path, status: res.status }).toEqual({ path, status: 200 })
    }
    // a malformed percent-encoding names nothing: a clear 400, not a server error
    for (const path of ['/terms/%25%E0%A4%A', '/articles/%E0%A4%A']) {
      const res = await fetch(server.url + path)
      expect({ path, status: res.status }).toEqual({ path, status: 400 })
    }
    expect(await articleCount()).toBeGreaterThanOrEqual(4)
  })

  it('lays out every page without horizontal scrolling at 1280 and 390 px, with no console errors', async () => {
    const pages = ['/', '/articles', `/articles/${seedId}`, '/entities', '/ingest', '/terms/Syrie']
    const first = await fetch(`${server.url}/entities?sort=mentions&dir=desc`).then((r) => r.text())
    const entityId = /href="\/entities\/(\d+)"/.exec(first)?.[1]
    expect(entityId).toBeDefined()
    pages.push(`/entities/${entityId}`)
    for (const width of [1280, 390]) {
      for (const path of pages) {
        const page = await open(path, width)
        expect({ path, width, overflow: await horizontalOverflow(page) }).toEqual({ path, width, overflow: 0 })
        await shot(page, `${path === '/' ? 'overview' : path.slice(1).replace(/[^a-z0-9]+/gi, '-')}-${width}`)
        await page.close()
      }
    }
    // dark mode: the same pages under prefers-color-scheme: dark, text still on a dark ground
    for (const path of ['/', `/articles/${seedId}`]) {
      const page = await browser.newPage()
      await page.emulateMedia({ colorScheme: 'dark' })
      await page.goto(server.url + path, { waitUntil: 'networkidle' })
      const [bg, fg] = await page.evaluate(() => {
        const style = getComputedStyle(document.body)
        return [style.backgroundColor, style.color]
      })
      expect({ path, bg, fg }).toEqual({ path, bg: 'rgb(13, 17, 23)', fg: 'rgb(230, 237, 243)' })
      await shot(page, `${path === '/' ? 'overview' : 'article'}-dark-1280`)
      await page.close()
    }
    expect(consoleErrors).toEqual([])
  })

  it('demands the token for ingest and delete once one is configured, and refuses a public HOST without one', async () => {
    const refused = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
      cwd: WEB_DIR,
      env: { ...process.env, HOST: '0.0.0.0', NEWSLENS_TOKEN: '' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/NEWSLENS_TOKEN/)

    const guarded = await startServer({ DATABASE_URL: `file:${join(dir, 'guarded.db')}`, NEWSLENS_TOKEN: 'e2e-secret' })
    try {
      const body = JSON.stringify({ text: 'A short article about tokens and doors.' })
      const denied = await post(body, { 'content-type': 'application/json' }, guarded.url)
      expect(denied.status).toBe(401)
      expect(String(denied.json.error)).toMatch(/token/)
      const allowed = await post(body, { 'content-type': 'application/json', authorization: 'Bearer e2e-secret' }, guarded.url)
      expect(allowed.status).toBe(201)
      const del = await fetch(`${guarded.url}/api/articles/${String(allowed.json.id)}`, { method: 'DELETE' })
      expect(del.status).toBe(401)
      const page = await fetch(`${guarded.url}/articles/${String(allowed.json.id)}`)
      expect(page.status).toBe(200)
    } finally {
      await guarded.stop()
    }
  })
})
