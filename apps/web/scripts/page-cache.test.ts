import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { pageCache, pageKey, type PageCacheOptions } from './page-cache'

/** a server whose renderer answers from `pages` (path → body), streaming in two chunks, counting renders */
async function serving(pages: Record<string, { body: string; status?: number; headers?: Record<string, string> }>, options: Partial<PageCacheOptions> = {}) {
  const state = { version: 'v1', renders: 0 }
  const render = async (req: IncomingMessage, res: ServerResponse) => {
    state.renders++
    const page = pages[req.url ?? ''] ?? { body: 'not found', status: 404 }
    await new Promise((r) => setTimeout(r, 20)) // a render in progress, for requests arriving meanwhile
    res.statusCode = page.status ?? 200
    for (const [name, value] of Object.entries(page.headers ?? { 'content-type': 'text/html' })) res.setHeader(name, value)
    const body = page.headers?.['content-encoding'] === 'gzip' ? gzipSync(page.body) : Buffer.from(page.body)
    res.write(body.subarray(0, 3))
    res.end(body.subarray(3))
  }
  const handler = pageCache({ version: async () => state.version, render, ...options })
  const server = createServer((req, res) => void handler(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(server)
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const get = async (path: string, init?: RequestInit) => {
    const res = await fetch(base + path, init)
    return { status: res.status, cache: res.headers.get('x-newslens-cache'), type: res.headers.get('content-type'), body: await res.text() }
  }
  return { state, get }
}

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))))
})

describe('page cache', () => {
  it('serves a page rendered once while the corpus version stays the same, with its headers', async () => {
    const { state, get } = await serving({ '/entities': { body: '<h1>Entities</h1>' } })
    expect(await get('/entities')).toEqual({ status: 200, cache: 'miss', type: 'text/html', body: '<h1>Entities</h1>' })
    expect(await get('/entities')).toEqual({ status: 200, cache: 'hit', type: 'text/html', body: '<h1>Entities</h1>' })
    expect(state.renders).toBe(1)
  })

  it('renders again after the corpus version changes', async () => {
    const pages = { '/': { body: 'three articles' } }
    const { state, get } = await serving(pages)
    await get('/')
    pages['/'].body = 'four articles'
    state.version = 'v2'
    expect(await get('/')).toMatchObject({ cache: 'miss', body: 'four articles' })
    expect(await get('/')).toMatchObject({ cache: 'hit', body: 'four articles' })
    expect(state.renders).toBe(2)
  })

  it('renders a page once for requests arriving while it is being rendered', async () => {
    const { state, get } = await serving({ '/articles/7': { body: 'article seven' } })
    const answers = await Promise.all([get('/articles/7'), get('/articles/7'), get('/articles/7')])
    expect(answers.map((a) => a.body)).toEqual(['article seven', 'article seven', 'article seven'])
    expect(state.renders).toBe(1)
  })

  it('never keeps a 404, an error page or an answer setting a cookie', async () => {
    const { state, get } = await serving({
      '/broken': { body: '<div data-error-page="">Something went wrong</div>' },
      '/zipped-broken': { body: '<div data-error-page="">Something went wrong</div>', headers: { 'content-encoding': 'gzip' } },
      '/cookie': { body: 'hello', headers: { 'set-cookie': 'a=1' } },
    })
    for (const path of ['/missing', '/broken', '/zipped-broken', '/cookie']) {
      await get(path)
      expect((await get(path)).cache).toBe('miss')
    }
    expect(state.renders).toBe(8)
  })

  it('keeps one copy per content encoding', async () => {
    const { state, get } = await serving({ '/': { body: 'overview' } })
    await get('/', { headers: { 'accept-encoding': 'identity' } })
    expect((await get('/', { headers: { 'accept-encoding': 'gzip' } })).cache).toBe('miss')
    expect((await get('/', { headers: { 'accept-encoding': 'gzip' } })).cache).toBe('hit')
    expect(state.renders).toBe(2)
  })

  it('drops the least recently used pages beyond its size', async () => {
    const { state, get } = await serving({ '/a': { body: 'a'.repeat(600) }, '/b': { body: 'b'.repeat(600) } }, { maxBytes: 1000 })
    await get('/a')
    await get('/b') // /a no longer fits
    expect((await get('/b')).cache).toBe('hit')
    expect((await get('/a')).cache).toBe('miss')
    expect(state.renders).toBe(3)
  })
})

describe('page key', () => {
  it('keeps plain page and export GETs, and leaves API calls, assets, navigations and other methods to Next', () => {
    const get = (url: string, headers: Record<string, string> = {}) => pageKey({ method: 'GET', url, headers })
    expect(get('/entities?sort=name', { 'accept-encoding': 'gzip' })).toBe('gzip /entities?sort=name')
    expect(get('/export/entities')).toBe(' /export/entities')
    expect(get('/api/articles')).toBeNull()
    expect(get('/_next/static/chunks/a.js')).toBeNull()
    expect(get('/entities', { rsc: '1' })).toBeNull()
    expect(pageKey({ method: 'POST', url: '/ingest', headers: {} })).toBeNull()
    expect(pageKey({ method: 'HEAD', url: '/', headers: {} })).toBeNull()
  })
})
