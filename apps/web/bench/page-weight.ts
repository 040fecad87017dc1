/**
 * Each page's JavaScript as transferred to Chromium (compressed bytes on the wire, from the
 * DevTools protocol), plus a full-page screenshot at 1280 and 390 px into test-results/.
 *   node --import tsx bench/page-weight.ts http://127.0.0.1:3000 / /articles /articles/1 …
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { WEB_DIR } from '../scripts/paths'
import { launchBrowser } from '../e2e/harness'

export interface PageWeight {
  path: string
  scripts: number
  jsTransferred: number
  jsDecoded: number
  consoleErrors: string[]
}

export async function measurePage(browser: BrowserContext, base: string, path: string): Promise<PageWeight> {
  const page = await browser.newPage()
  const cdp = await browser.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const scripts = new Map<string, { transferred: number; decoded: number }>()
  const isScript = new Set<string>()
  const urls = new Map<string, string>()
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') {
      isScript.add(e.requestId)
      urls.set(e.requestId, e.response.url)
    }
  })
  cdp.on('Network.dataReceived', (e) => {
    if (!isScript.has(e.requestId)) return
    const s = scripts.get(e.requestId) ?? { transferred: 0, decoded: 0 }
    s.decoded += e.dataLength
    scripts.set(e.requestId, s)
  })
  cdp.on('Network.loadingFinished', (e) => {
    if (!isScript.has(e.requestId)) return
    const s = scripts.get(e.requestId) ?? { transferred: 0, decoded: 0 }
    s.transferred = e.encodedDataLength
    scripts.set(e.requestId, s)
  })
  const consoleErrors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  page.on('pageerror', (e) => consoleErrors.push(e.message))
  await page.goto(base + path, { waitUntil: 'networkidle' })
  await page.close()
  let jsTransferred = 0
  let jsDecoded = 0
  for (const [id, s] of scripts) {
    if (process.env.VERBOSE) console.log(`   ${urls.get(id)} ${s.transferred}`)
    jsTransferred += s.transferred
    jsDecoded += s.decoded
  }
  return { path, scripts: scripts.size, jsTransferred, jsDecoded, consoleErrors }
}

export async function screenshots(browser: BrowserContext, base: string, paths: string[], dir = join(WEB_DIR, 'test-results')): Promise<void> {
  mkdirSync(dir, { recursive: true })
  for (const width of [1280, 390]) {
    for (const path of paths) {
      const page = await browser.newPage()
      await page.setViewportSize({ width, height: 900 })
      await page.goto(base + path, { waitUntil: 'networkidle' })
      const name = path === '/' ? 'overview' : path.slice(1).replace(/[^a-z0-9]+/gi, '-').slice(0, 60)
      await page.screenshot({ path: join(dir, `bench-${name}-${width}.png`), fullPage: true })
      await page.close()
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2)
  const browser = await launchBrowser()
  try {
    for (const path of paths.length ? paths : ['/']) {
      const w = await measurePage(browser, base, path)
      console.log(`${w.path.padEnd(28)} ${String(w.scripts).padStart(3)} scripts  ${(w.jsTransferred / 1024).toFixed(1).padStart(7)} kB transferred  ${(w.jsDecoded / 1024).toFixed(1).padStart(7)} kB decoded${w.consoleErrors.length ? `  console errors: ${w.consoleErrors.join(' | ')}` : ''}`)
    }
    if (process.env.SCREENSHOTS) await screenshots(browser, base, paths)
  } finally {
    await browser.close()
  }
}
