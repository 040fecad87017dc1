import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyze } from '@newslens/analysis'
import { openStore, StoreInputError, type NewsLensStore } from './index'
import { repoRoot } from './db/location'
import { rawSql, testTargets, type RawSql, type TestDatabase, type TestTarget } from './testing/databases'
import { makeAnalysis } from './testing/fixtures'
import { countRows, inconsistencies } from './testing/consistency'

const targets = await testTargets()

/** a fresh database and store for the enclosing describe block */
function freshStore(target: TestTarget) {
  const ctx = {} as { store: NewsLensStore; raw: RawSql; db: TestDatabase }
  beforeAll(async () => {
    if (target.error) throw new Error(target.error)
    ctx.db = await target.create()
    ctx.store = await openStore({ url: ctx.db.url })
    ctx.raw = await rawSql(ctx.db.url)
  })
  afterAll(async () => {
    await ctx.raw?.close()
    await ctx.store?.close()
    await ctx.db?.drop()
  })
  return ctx
}

for (const target of targets) {
  describe.skipIf(Boolean(target.skip))(`store contract on ${target.dialect}`, () => {
    describe('saving', () => {
      const ctx = freshStore(target)

      it('reads back a saved article with its analysis, text and metadata verbatim', async () => {
        const text = 'Le ministre syrien de la Défense est arrivé à Moscou.\nIl a rencontré son homologue russe.'
        const analysis = makeAnalysis({ words: 14, sentiment: -0.25, themes: [['military', 3], ['diplomatic', 1]], sentences: [{ start: 0, end: 52 }] })
        const saved = await ctx.store.saveArticle({ text, title: 'Damas et Moscou', source: 'Agence', url: 'https://example.org/a', publishedAt: '2026-11-29', externalId: 'ext-1' }, analysis)
        expect(saved.status).toBe('inserted')
        const got = await ctx.store.getArticle(saved.id)
        expect(got).toMatchObject({
          id: saved.id, title: 'Damas et Moscou', source: 'Agence', url: 'https://example.org/a', publishedAt: '2026-11-29',
          lang: 'fr', words: 14, sentiment: -0.25, dominantTheme: 'military', text, externalId: 'ext-1', analysisVersion: 'test-1',
        })
        expect(got?.analysis).toEqual(analysis)
        expect(got?.contentHash).toMatch(/^[0-9a-f]{64}$/)
        expect(await ctx.store.findByHash(got!.contentHash)).toBe(saved.id)
      })

      it('keeps the published date null when unknown and takes the title from the first line when none is given', async () => {
        const saved = await ctx.store.saveArticle({ text: '\n  Sommet à Genève  \nLes délégations arrivent.' }, makeAnalysis())
        const got = await ctx.store.getArticle(saved.id)
        expect(got?.publishedAt).toBeNull()
        expect(got?.title).toBe('Sommet à Genève')
      })

      it('saves the same text twice as one article and reports the second as a duplicate', async () => {
        const first = await ctx.store.saveArticle({ text: 'Café à l’Élysée : les ministres se réunissent.' }, makeAnalysis({ terms: [['cafe', 1]] }))
        // NFD accents and different spacing normalise to the same content
        const again = await ctx.store.saveArticle({ text: '  Cafe\u0301 à l’E\u0301lysée :\n les ministres   se réunissent. ' }, makeAnalysis({ terms: [['cafe', 1]] }))
        expect(again).toEqual({ status: 'duplicate', id: first.id })
        const [row] = await ctx.raw.query<{ n: number }>("SELECT count(*) AS n FROM article_terms WHERE term = 'cafe'")
        expect(Number(row?.n)).toBe(1)
        expect((await ctx.store.topTerms(undefined, 1000)).find((t) => t.term === 'cafe')).toMatchObject({ count: 1, articles: 1 })
      })

      it('stores hostile markup as data, byte for byte', async () => {
        const title = '<script>alert(1)</script><img src=x onerror=alert(2)>'
        const saved = await ctx.store.saveArticle({ text: `${title} "quoted" 'single'; DROP TABLE articles; --`, title, url: 'javascript:alert(3)' }, makeAnalysis())
        const got = await ctx.store.getArticle(saved.id)
        expect(got?.title).toBe(title)
        expect(got?.url).toBe('javascript:alert(3)')
        expect(got?.text).toContain("'single'; DROP TABLE articles; --")
      })

      it('refuses bad input with a clear error and stores nothing', async () => {
        const before = await countRows(ctx.raw, 'articles')
        await expect(ctx.store.saveArticle({ text: '   ' }, makeAnalysis())).rejects.toThrow(StoreInputError)
        await expect(ctx.store.saveArticle({ text: 'Texte', publishedAt: '29/11/2026' }, makeAnalysis())).rejects.toThrow(/ISO 8601/)
        await expect(ctx.store.saveArticle({ text: 'Texte', publishedAt: '2026-02-30' }, makeAnalysis())).rejects.toThrow(/calendar date/)
        await expect(ctx.store.saveArticle({ text: 'Texte' }, { version: 'x' } as never)).rejects.toThrow(/analysis\.lang/)
        expect(await countRows(ctx.raw, 'articles')).toBe(before)
      })

      it('keeps NUL bytes and lone surrogates from breaking the database, offsets intact', async () => {
        const text = 'avant\u0000apres \uD800 fin'
        const saved = await ctx.store.saveArticle({ text }, makeAnalysis())
        const got = await ctx.store.getArticle(saved.id)
        expect(got?.text).toBe('avant\uFFFDapres \uFFFD fin')
        expect(got?.text.length).toBe(text.length)
      })

      it('saves a batch reporting inserted, duplicate and failed items in input order', async () => {
        const result = await ctx.store.saveBatch([
          { article: { text: 'Lot un : la récolte de blé progresse.' }, analysis: makeAnalysis() },
          { article: { text: '' }, analysis: makeAnalysis() },
          { article: { text: 'Lot un :  la récolte de blé progresse.' }, analysis: makeAnalysis() },
          { article: { text: 'Lot deux : les exportations reculent.', publishedAt: 'hier' }, analysis: makeAnalysis() },
          { article: { text: 'Lot trois : le port rouvre.' }, analysis: makeAnalysis() },
        ])
        expect(result.inserted).toBe(2)
        expect(result.duplicates).toBe(1)
        expect(result.failed.map((f) => f.index)).toEqual([1, 3])
        expect(result.failed[0]?.reason).toMatch(/empty/)
        expect(result.failed[1]?.reason).toMatch(/publishedAt/)
        expect(result.results.map((r) => r?.status ?? null)).toEqual(['inserted', null, 'duplicate', null, 'inserted'])
        expect(result.results[2]?.id).toBe(result.results[0]?.id)
      })

      it('lists articles analysed with another version as stale, and re-analyses them in place', async () => {
        const saved = await ctx.store.saveArticle({ text: 'Ancienne analyse du marché du gaz.' }, makeAnalysis({ version: 'old-0', terms: [['gaz', 2]] }))
        expect(await ctx.store.staleArticles('test-1')).toContain(saved.id)
        expect(await ctx.store.updateAnalysis(saved.id, makeAnalysis({ terms: [['marche', 1]], themes: [['energy', 2]] }))).toBe(true)
        expect(await ctx.store.staleArticles('test-1')).not.toContain(saved.id)
        const got = await ctx.store.getArticle(saved.id)
        expect(got?.dominantTheme).toBe('energy')
        const terms = await ctx.store.topTerms(undefined, 1000)
        expect(terms.find((t) => t.term === 'gaz')).toBeUndefined()
        expect(terms.find((t) => t.term === 'marche')).toMatchObject({ count: 1, articles: 1 })
        expect(await inconsistencies(ctx.raw)).toEqual([])
      })

      it('stores the seed article analysed by the real engine, analysis intact', async () => {
        const text = readFileSync(join(repoRoot(), 'samples', 'syrie-russie-cooperation.fr.txt'), 'utf8')
        const analysis = analyze(text)
        const saved = await ctx.store.saveArticle({ text }, analysis)
        const got = await ctx.store.getArticle(saved.id)
        expect(got?.text).toBe(text)
        expect(got?.analysis).toEqual(JSON.parse(JSON.stringify(analysis)))
        expect(got?.words).toBe(analysis.stats.words)
        const [links] = await ctx.raw.query<{ n: number }>(`SELECT count(*) AS n FROM article_entities WHERE article_id = ${saved.id}`)
        expect(Number(links?.n)).toBe(new Set(analysis.entities.map((e) => `${e.type}:${e.name.toLowerCase()}`)).size)
        expect(await inconsistencies(ctx.raw)).toEqual([])
      })
    })

    describe('search and filters', () => {
      const ctx = freshStore(target)
      beforeAll(async () => {
        await ctx.store.saveBatch([
          { article: { text: 'La coopération économique entre Damas et Moscou se renforce.', title: 'Coopération', publishedAt: '2026-01-05' }, analysis: makeAnalysis({ lang: 'fr', themes: [['economic', 2]] }) },
          { article: { text: 'The ELYSEE palace hosted talks on reconstruction.', title: 'Paris talks', publishedAt: '2026-01-11T09:30:00Z' }, analysis: makeAnalysis({ lang: 'en', themes: [['diplomatic', 2]] }) },
          { article: { text: 'Reconstruction funds reach Aleppo.', title: 'Funds', publishedAt: '2026-01-12' }, analysis: makeAnalysis({ lang: 'en', themes: [['reconstruction', 2]] }) },
          { article: { text: 'Les forces armées ont mené des exercices.', title: 'Exercices', publishedAt: '2026-02-01' }, analysis: makeAnalysis({ lang: 'fr', themes: [['military', 2]] }) },
          { article: { text: 'Un communiqué sans date sur la coopération.', title: 'Sans date' }, analysis: makeAnalysis({ lang: 'fr', themes: [['diplomatic', 1]] }) },
        ])
      })
      const titles = async (q: Parameters<NewsLensStore['listArticles']>[0]) => (await ctx.store.listArticles({ ...q, sort: 'title', dir: 'asc' })).rows.map((r) => r.title)

      it('finds articles whatever the accents and case of the query', async () => {
        expect(await titles({ q: 'cooperation' })).toEqual(['Coopération', 'Sans date'])
        expect(await titles({ q: 'COOPÉRATION économique' })).toEqual(['Coopération'])
        expect(await titles({ q: 'élysée' })).toEqual(['Paris talks'])
        expect(await titles({ q: 'reconstr' })).toEqual(['Funds', 'Paris talks'])
      })

      it('treats SQL and full-text operators in a search as plain words', async () => {
        expect(await titles({ q: "'; DROP TABLE articles; --" })).toEqual([])
        expect(await titles({ q: '" OR * NEAR( coopération' })).toEqual([])
        expect(await titles({ q: '*** "' })).toHaveLength(5)
        expect(await countRows(ctx.raw, 'articles')).toBe(5)
      })

      it('filters by language, theme and inclusive date range, leaving undated articles out of date filters', async () => {
        expect(await titles({ lang: 'en' })).toEqual(['Funds', 'Paris talks'])
        expect(await titles({ theme: 'diplomatic' })).toEqual(['Paris talks', 'Sans date'])
        expect(await titles({ from: '2026-01-11', to: '2026-01-12' })).toEqual(['Funds', 'Paris talks'])
        expect(await titles({ lang: "fr' OR '1'='1" as never })).toEqual([])
        await expect(ctx.store.listArticles({ from: 'yesterday' })).rejects.toThrow(/ISO date/)
      })

      it('sorts by date with undated articles last and pages on the server', async () => {
        const page1 = await ctx.store.listArticles({ sort: 'publishedAt', dir: 'desc', pageSize: 2 })
        const page3 = await ctx.store.listArticles({ sort: 'publishedAt', dir: 'desc', pageSize: 2, page: 3 })
        expect(page1.rows.map((r) => r.title)).toEqual(['Exercices', 'Funds'])
        expect(page3.rows.map((r) => r.title)).toEqual(['Sans date'])
        expect(page1.total).toBe(5)
        const asc = await ctx.store.listArticles({ sort: 'publishedAt', dir: 'asc' })
        expect(asc.rows.map((r) => r.title)).toEqual(['Coopération', 'Paris talks', 'Funds', 'Exercices', 'Sans date'])
      })

      it('ignores unknown or hostile sort keys and directions', async () => {
        const hostile = await ctx.store.listArticles({ sort: 'title; DROP TABLE articles' as never, dir: 'asc; --' as never })
        const normal = await ctx.store.listArticles({})
        expect(hostile.rows.map((r) => r.id)).toEqual(normal.rows.map((r) => r.id))
        const entities = await ctx.store.listEntities({ sort: '1) --' as never, dir: 'sideways' as never, q: "%' OR 1=1 --", pageSize: 9999 })
        expect(entities.rows).toEqual([])
        expect(entities.pageSize).toBe(200)
        expect(await countRows(ctx.raw, 'articles')).toBe(5)
      })

      it('buckets the timeline by day, ISO week and month, leaving undated articles out', async () => {
        const weeks = await ctx.store.timeline(undefined, 'week')
        expect(weeks.map((p) => [p.bucket, p.articles])).toEqual([['2026-01-05', 2], ['2026-01-12', 1], ['2026-01-26', 1]])
        expect(weeks[0]?.themes).toEqual({ economic: 1, diplomatic: 1 })
        const months = await ctx.store.timeline(undefined, 'month')
        expect(months.map((p) => [p.bucket, p.articles])).toEqual([['2026-01-01', 3], ['2026-02-01', 1]])
        const days = await ctx.store.timeline({ lang: 'en' }, 'day')
        expect(days.map((p) => p.bucket)).toEqual(['2026-01-11', '2026-01-12'])
      })

      it('reports corpus stats, theme shares and the sentiment distribution', async () => {
        expect(await ctx.store.corpusStats()).toMatchObject({
          articles: 5, words: 50, undated: 1, firstDate: '2026-01-05', lastDate: '2026-02-01',
          languages: [{ lang: 'fr', articles: 3 }, { lang: 'en', articles: 2 }],
        })
        const shares = await ctx.store.themeShares()
        expect(shares[0]).toMatchObject({ theme: 'diplomatic', articles: 2, share: 0.4, meanScore: 1.5 })
        const bins = await ctx.store.sentimentDistribution(undefined, 4)
        expect(bins.map((b) => b.articles)).toEqual([0, 0, 5, 0])
        expect(bins[2]).toMatchObject({ from: 0, to: 0.5 })
      })
    })

    describe('corpus terms, entities and network', () => {
      const ctx = freshStore(target)
      const ids: number[] = []
      beforeAll(async () => {
        const result = await ctx.store.saveBatch([
          {
            article: { text: 'Article A sur Damas.', publishedAt: '2026-03-02' },
            analysis: makeAnalysis({
              lang: 'fr', terms: [['coopér', 3, 'coopération'], ['militair', 1, 'militaire']], themes: [['military', 2], ['economic', 1]],
              entities: [
                { name: 'Bachar al-Assad', type: 'person', count: 3, sentiment: 0.5, roles: ['président'], aliases: ['Assad'] },
                { name: 'Damas', type: 'location', count: 2, sentiment: -0.5 },
                { name: 'Élysée', type: 'organization', count: 1 },
              ],
              edges: [{ a: 'Bachar al-Assad', b: 'Damas', kind: 'entity', count: 2 }, { a: 'coopér', b: 'militair', count: 1 }, { a: 'x', b: 'y', scope: 'window', count: 9 }],
            }),
          },
          {
            article: { text: 'Article B sur Moscou.', publishedAt: '2026-03-20' },
            analysis: makeAnalysis({
              lang: 'fr', terms: [['coopér', 1, 'coopération'], ['économ', 2, 'économique']], themes: [['economic', 1]],
              entities: [
                { name: 'Bachar Al Assad', type: 'person', count: 1, sentiment: 0.1 },
                { name: 'Moscou', type: 'location', count: 4, sentiment: 0.2, roles: ['ville hôte', 'capitale russe'] },
                { name: 'Damas', type: 'location', count: 1, sentiment: 0.3 },
                { name: 'Damas', type: 'person', count: 1 },
              ],
              edges: [{ a: 'Bachar al-Assad', b: 'Damas', kind: 'entity', count: 1 }],
            }),
          },
          {
            article: { text: 'Article C in English.', publishedAt: '2026-04-01' },
            analysis: makeAnalysis({ lang: 'en', terms: [['econom', 5, 'economy']], themes: [['economic', 3]], entities: [{ name: 'Moscow', type: 'location', count: 1, sentiment: -1, roles: ['capital'] }, { name: 'elysee', type: 'organization', count: 2 }] }),
          },
        ])
        ids.push(...result.results.map((r) => r!.id))
      })

      it('sums top terms over the corpus and over a filter', async () => {
        expect(await ctx.store.topTerms(undefined, 2)).toEqual([
          { term: 'econom', display: 'economy', count: 5, articles: 1 },
          { term: 'coopér', display: 'coopération', count: 4, articles: 2 },
        ])
        expect((await ctx.store.topTerms({ lang: 'fr' })).map((t) => [t.term, t.count])).toEqual([['coopér', 4], ['économ', 2], ['militair', 1]])
        expect((await ctx.store.topTerms({ lang: 'fr', to: '2026-03-10' })).map((t) => [t.term, t.count, t.articles])).toEqual([['coopér', 3, 1], ['militair', 1, 1]])
        expect(await ctx.store.topTerms({ lang: 'und' })).toEqual([])
      })

      it('merges entities by type and folded name across articles', async () => {
        const all = await ctx.store.listEntities({ pageSize: 50 })
        expect(all.total).toBe(6)
        const assad = all.rows.find((r) => r.type === 'person' && r.name === 'Bachar al-Assad')
        expect(assad).toMatchObject({ mentions: 4, articles: 2, roles: ['président'] })
        expect(assad?.sentiment).toBeCloseTo(0.3)
        expect(all.rows.find((r) => r.type === 'organization')).toMatchObject({ name: 'Élysée', mentions: 3, articles: 2 })
        expect(all.rows.filter((r) => r.name === 'Damas').map((r) => r.type).sort()).toEqual(['location', 'person'])
      })

      it('sorts the entity table by each key in both directions and pages it', async () => {
        const page = (q: Parameters<NewsLensStore['listEntities']>[0]) => ctx.store.listEntities(q).then((p) => p.rows.map((r) => `${r.name}/${r.type}`))
        expect(await page({ sort: 'mentions', dir: 'desc', pageSize: 3 })).toEqual(['Bachar al-Assad/person', 'Moscou/location', 'Damas/location'])
        expect(await page({ sort: 'mentions', dir: 'desc', pageSize: 3, page: 2 })).toEqual(['Élysée/organization', 'Damas/person', 'Moscow/location'])
        expect(await page({ sort: 'name', dir: 'asc', pageSize: 6 })).toEqual(['Bachar al-Assad/person', 'Damas/location', 'Damas/person', 'Élysée/organization', 'Moscou/location', 'Moscow/location'])
        expect(await page({ sort: 'articles', dir: 'desc', pageSize: 3 })).toEqual(['Bachar al-Assad/person', 'Damas/location', 'Élysée/organization'])
        expect(await page({ sort: 'sentiment', dir: 'asc', pageSize: 2 })).toEqual(['Moscow/location', 'Damas/location'])
        expect(await page({ sort: 'type', dir: 'desc', pageSize: 1 })).toEqual(['Bachar al-Assad/person'])
        const last = await ctx.store.listEntities({ sort: 'mentions', pageSize: 4, page: 2 })
        expect([last.rows.length, last.total, last.page]).toEqual([2, 6, 2])
      })

      it('sorts the entity table by roles: how many, then the first alphabetically, then name, in both directions', async () => {
        const page = (q: Parameters<NewsLensStore['listEntities']>[0]) => ctx.store.listEntities(q).then((p) => p.rows.map((r) => `${r.name}/${r.type}`))
        expect(await page({ sort: 'roles', dir: 'desc', pageSize: 6 })).toEqual([
          'Moscou/location', 'Moscow/location', 'Bachar al-Assad/person', 'Damas/location', 'Damas/person', 'Élysée/organization',
        ])
        expect(await page({ sort: 'roles', dir: 'asc', pageSize: 6 })).toEqual([
          'Damas/location', 'Damas/person', 'Élysée/organization', 'Moscow/location', 'Bachar al-Assad/person', 'Moscou/location',
        ])
        expect(await page({ sort: 'roles', pageSize: 2, page: 2 })).toEqual(['Bachar al-Assad/person', 'Damas/location'])
        const top = await ctx.store.listEntities({ sort: 'roles', pageSize: 1 })
        expect([top.rows[0]?.roles.slice().sort(), top.total]).toEqual([['capitale russe', 'ville hôte'], 6])
        const french = await ctx.store.listEntities({ sort: 'roles', dir: 'desc', filter: { lang: 'fr' }, type: 'location' })
        expect(french.rows.map((r) => [r.name, r.mentions])).toEqual([['Moscou', 4], ['Damas', 3]])
      })

      it('filters the entity table by type, accent-insensitive name or alias, and article filter', async () => {
        const names = (q: Parameters<NewsLensStore['listEntities']>[0]) => ctx.store.listEntities(q).then((p) => p.rows.map((r) => r.name).sort())
        expect(await names({ type: 'location' })).toEqual(['Damas', 'Moscou', 'Moscow'])
        expect(await names({ q: 'ELYSEE' })).toEqual(['Élysée'])
        expect(await names({ q: 'assad' })).toEqual(['Bachar al-Assad'])
        const english = await ctx.store.listEntities({ filter: { lang: 'en' } })
        expect(english.rows.map((r) => [r.name, r.mentions, r.articles])).toEqual([['Élysée', 2, 1], ['Moscow', 1, 1]])
        expect(await ctx.store.topEntities({ lang: 'fr' }, 'location', 1)).toMatchObject([{ name: 'Moscou', mentions: 4 }])
      })

      it('details one entity: its articles, roles, co-mentions and mentions over time', async () => {
        const assad = (await ctx.store.listEntities({ q: 'assad' })).rows[0]!
        const detail = await ctx.store.getEntity(assad.id)
        expect(detail?.articleList.map((a) => [a.id, a.mentions, a.roles])).toEqual([[ids[0], 3, ['président']], [ids[1], 1, []]])
        expect(detail?.coMentions.map((c) => [c.name, c.type, c.articles])).toEqual([['Damas', 'location', 2], ['Damas', 'person', 1], ['Élysée', 'organization', 1], ['Moscou', 'location', 1]])
        expect(detail?.timeline).toEqual([{ bucket: '2026-03-01', mentions: 4 }])
        expect(await ctx.store.getEntity(987654)).toBeNull()
      })

      it('returns the strongest sentence-scope co-occurrence edges', async () => {
        expect(await ctx.store.network()).toEqual([
          { a: 'Bachar al-Assad', b: 'Damas', kind: 'entity', count: 3, articles: 2 },
          { a: 'coopér', b: 'militair', kind: 'term', count: 1, articles: 1 },
        ])
        expect(await ctx.store.network({ lang: 'fr', to: '2026-03-10' }, 10, 'entity')).toEqual([
          { a: 'Bachar al-Assad', b: 'Damas', kind: 'entity', count: 2, articles: 1 },
        ])
      })

      it('sums top terms and top entities under a dominant theme, with or without a language', async () => {
        const terms = (filter: Parameters<NewsLensStore['topTerms']>[0]) => ctx.store.topTerms(filter).then((r) => r.map((t) => [t.display, t.count, t.articles]))
        expect(await terms({ theme: 'economic' })).toEqual([['economy', 5, 1], ['économique', 2, 1], ['coopération', 1, 1]])
        expect(await terms({ theme: 'economic', lang: 'fr' })).toEqual([['économique', 2, 1], ['coopération', 1, 1]])
        expect(await terms({ theme: 'military' })).toEqual([['coopération', 3, 1], ['militaire', 1, 1]])
        expect(await terms({ theme: 'military', lang: 'en' })).toEqual([])
        // a date bound takes the per-article path, which must agree
        expect(await terms({ theme: 'economic', from: '2026-01-01' })).toEqual(await terms({ theme: 'economic' }))

        const entities = (filter: Parameters<NewsLensStore['topTerms']>[0], type?: 'location') =>
          ctx.store.topEntities(filter, type, 10).then((r) => r.map((e) => [`${e.name}/${e.type}`, e.mentions, e.articles]))
        expect(await entities({ theme: 'economic' })).toEqual([
          ['Moscou/location', 4, 1], ['Élysée/organization', 2, 1], ['Bachar al-Assad/person', 1, 1], ['Damas/location', 1, 1], ['Damas/person', 1, 1], ['Moscow/location', 1, 1],
        ])
        expect(await entities({ theme: 'economic', lang: 'fr' }, 'location')).toEqual([['Moscou/location', 4, 1], ['Damas/location', 1, 1]])
        expect(await entities({ lang: 'fr' }, 'location')).toEqual([['Moscou/location', 4, 1], ['Damas/location', 3, 2]])
        const damas = (await ctx.store.topEntities({ lang: 'fr' }, 'location', 10)).find((e) => e.name === 'Damas')
        expect(damas?.sentiment).toBeCloseTo(-0.1)
        const byFacet = await ctx.store.listEntities({ filter: { theme: 'economic' }, sort: 'name', dir: 'asc' })
        const perArticle = await ctx.store.listEntities({ filter: { theme: 'economic', to: '2026-12-31' }, sort: 'name', dir: 'asc' })
        expect(byFacet.total).toBe(6)
        expect(byFacet.rows.map((r) => [r.id, r.mentions, r.articles, r.sentiment.toFixed(6)]))
          .toEqual(perArticle.rows.map((r) => [r.id, r.mentions, r.articles, r.sentiment.toFixed(6)]))
      })

      it('deletes an article with its rows and takes it out of every total', async () => {
        expect(await ctx.store.deleteArticle(ids[0]!)).toBe(true)
        expect(await ctx.store.deleteArticle(ids[0]!)).toBe(false)
        expect(await ctx.store.getArticle(ids[0]!)).toBeNull()
        expect((await ctx.store.topTerms()).map((t) => [t.term, t.count, t.articles])).toEqual([['econom', 5, 1], ['économ', 2, 1], ['coopér', 1, 1]])
        expect((await ctx.store.topTerms({ lang: 'fr' })).map((t) => [t.term, t.count, t.articles])).toEqual([['économ', 2, 1], ['coopér', 1, 1]])
        expect(await ctx.store.topTerms({ theme: 'military' })).toEqual([])
        expect(await ctx.store.topEntities({ theme: 'military' })).toEqual([])
        expect((await ctx.store.topEntities({ lang: 'fr' }, 'location')).map((e) => [e.name, e.mentions, e.articles])).toEqual([['Moscou', 4, 1], ['Damas', 1, 1]])
        const entities = await ctx.store.listEntities({ pageSize: 50 })
        expect(entities.total).toBe(6)
        expect(entities.rows.find((r) => r.name === 'Bachar al-Assad')).toMatchObject({ mentions: 1, articles: 1, roles: [] })
        expect(await ctx.store.network()).toEqual([{ a: 'Bachar al-Assad', b: 'Damas', kind: 'entity', count: 1, articles: 1 }])
        expect((await ctx.store.listArticles({ q: 'damas' })).total).toBe(0)
        expect(await inconsistencies(ctx.raw)).toEqual([])
        for (const table of ['article_terms', 'article_entities', 'article_content', 'article_edges']) {
          const [row] = await ctx.raw.query<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE article_id = ${ids[0]}`)
          expect(Number(row?.n)).toBe(0)
        }
      })
    })

    describe('keyword in context', () => {
      const ctx = freshStore(target)
      it('finds a term in context whatever its accents, with offsets into the stored text', async () => {
        const text = 'Les ministres ont salué la coopération. Une COOPERATION militaire suivra. Rien ici.'
        const saved = await ctx.store.saveArticle({ text, title: 'KWIC' }, makeAnalysis({
          terms: [['coopér', 2, 'coopération']], sentences: [{ start: 0, end: 39 }, { start: 40, end: 73 }, { start: 74, end: 83 }],
        }))
        await ctx.store.saveArticle({ text: 'Un autre texte sans le mot.' }, makeAnalysis())
        const contexts = await ctx.store.termContexts('coopération')
        expect(contexts.map((c) => [c.articleId, c.match, c.sentenceIndex])).toEqual([[saved.id, 'coopération', 0], [saved.id, 'COOPERATION', 1]])
        for (const c of contexts) expect(text.slice(c.start, c.end)).toBe(c.match)
        expect(contexts[1]?.left).toBe('Les ministres ont salué la coopération. Une ')
        expect(contexts[1]?.right).toBe(' militaire suivra. Rien ici.')
        expect(await ctx.store.termContexts('coopération', { lang: 'en' })).toEqual([])
      })

      it('takes contexts from the articles using the term most first, and stops at the limit', async () => {
        const once = await ctx.store.saveArticle({ text: 'Le budget est voté.', title: 'Une fois' }, makeAnalysis({ terms: [['budget', 1]] }))
        const thrice = await ctx.store.saveArticle({ text: 'Budget, budget et encore le budget.', title: 'Trois fois' },
          makeAnalysis({ terms: [['budget', 3]], sentences: [{ start: 0, end: 35 }] }))
        const twice = await ctx.store.saveArticle({ text: 'Un budget. Un autre budget.', title: 'Deux fois' },
          makeAnalysis({ terms: [['budget', 2]], sentences: [{ start: 0, end: 10 }, { start: 11, end: 27 }] }))
        const four = await ctx.store.termContexts('budget', undefined, 4)
        expect(four.map((c) => [c.articleId, c.match, c.start, c.sentenceIndex])).toEqual([
          [thrice.id, 'Budget', 0, 0], [thrice.id, 'budget', 8, 0], [thrice.id, 'budget', 28, 0], [twice.id, 'budget', 3, 0],
        ])
        expect(four[3]).toMatchObject({ title: 'Deux fois', left: 'Un ', right: '. Un autre budget.' })
        const all = await ctx.store.termContexts('budget')
        expect(all.map((c) => c.articleId)).toEqual([thrice.id, thrice.id, thrice.id, twice.id, twice.id, once.id])
        expect(all[4]?.sentenceIndex).toBe(1)
        expect(await ctx.store.termContexts('budget', { lang: 'en' })).toEqual([])
      })

      it('finds a term given in its display form (capitals) by its key, articles using it most first', async () => {
        // the older article uses it more: the full-text search alone would put the newer first
        const twice = await ctx.store.saveArticle({ text: 'The UK and the UK again.', title: 'UK twice' }, makeAnalysis({ lang: 'en', terms: [['uk', 2, 'UK']] }))
        const once = await ctx.store.saveArticle({ text: 'The UK votes.', title: 'UK once' }, makeAnalysis({ lang: 'en', terms: [['uk', 1, 'UK']] }))
        const contexts = await ctx.store.termContexts('UK')
        expect(contexts.map((c) => [c.articleId, c.match, c.start])).toEqual([[twice.id, 'UK', 4], [twice.id, 'UK', 15], [once.id, 'UK', 4]])
      })

      it("finds the seed article's top term in context when the real engine analysed it", async () => {
        const text = readFileSync(join(repoRoot(), 'samples', 'syrie-russie-cooperation.fr.txt'), 'utf8')
        const analysis = analyze(text)
        const saved = await ctx.store.saveArticle({ text }, analysis)
        const top = analysis.terms[0]
        if (!top) return // the engine stub finds no terms; nothing to look for
        const contexts = await ctx.store.termContexts(top.term, undefined, 1000)
        const mine = contexts.filter((c) => c.articleId === saved.id)
        expect(mine.length).toBeGreaterThanOrEqual(Math.min(top.count, 1))
        for (const c of mine) expect(text.slice(c.start, c.end)).toBe(c.match)
      })
    })

    describe('opening', () => {
      it('refuses, with a clear message, a database made by another migration history', async () => {
        if (target.error) throw new Error(target.error)
        const db = await target.create()
        try {
          await (await openStore({ url: db.url })).close()
          const raw = await rawSql(db.url)
          const table = target.dialect === 'sqlite' ? '__drizzle_migrations' : 'drizzle.__drizzle_migrations'
          await raw.query(`INSERT INTO ${table} (hash, created_at) VALUES ('not-a-committed-migration', 1)`)
          await raw.close()
          await expect(openStore({ url: db.url })).rejects.toThrow(/different \(unreleased\) schema version/)
        } finally {
          await db.drop()
        }
      })

      it('answers corpus charts anew after another process saves, re-analyses or deletes an article', async () => {
        if (target.error) throw new Error(target.error)
        const db = await target.create()
        try {
          const [reader, writer] = await Promise.all([openStore({ url: db.url }), openStore({ url: db.url })])
          await writer.saveArticle({ text: 'Premier article.' }, makeAnalysis({ terms: [['sommet', 2]] }))
          expect((await reader.corpusStats()).articles).toBe(1)
          expect((await reader.topTerms()).map((t) => [t.term, t.count])).toEqual([['sommet', 2]])
          const second = await writer.saveArticle({ text: 'Second article.' }, makeAnalysis({ terms: [['sommet', 1]] }))
          expect((await reader.corpusStats()).articles).toBe(2)
          expect((await reader.topTerms()).map((t) => [t.term, t.count])).toEqual([['sommet', 3]])
          await writer.updateAnalysis(second.id, makeAnalysis({ terms: [['sommet', 4]] }))
          expect((await reader.topTerms()).map((t) => [t.term, t.count])).toEqual([['sommet', 6]])
          await writer.deleteArticle(second.id)
          expect((await reader.corpusStats()).articles).toBe(1)
          expect((await reader.topTerms()).map((t) => [t.term, t.count])).toEqual([['sommet', 2]])
          await Promise.all([reader.close(), writer.close()])
        } finally {
          await db.drop()
        }
      })

      it('gives a new corpus version after another process saves, re-analyses or deletes an article, and the same one otherwise', async () => {
        if (target.error) throw new Error(target.error)
        const db = await target.create()
        try {
          const [reader, writer] = await Promise.all([openStore({ url: db.url }), openStore({ url: db.url })])
          const seen = [await reader.corpusVersion()]
          const first = await writer.saveArticle({ text: 'Premier article.' }, makeAnalysis())
          seen.push(await reader.corpusVersion())
          expect(await reader.corpusVersion()).toBe(seen[1])
          await writer.saveArticle({ text: 'Premier article.' }, makeAnalysis()) // a duplicate changes nothing
          expect(await reader.corpusVersion()).toBe(seen[1])
          await writer.updateAnalysis(first.id, makeAnalysis({ terms: [['sommet', 4]] }))
          seen.push(await reader.corpusVersion())
          const second = await writer.saveArticle({ text: 'Second article.' }, makeAnalysis())
          seen.push(await reader.corpusVersion())
          await writer.deleteArticle(second.id)
          seen.push(await reader.corpusVersion())
          await writer.deleteArticle(first.id)
          seen.push(await reader.corpusVersion())
          // each change gives a version unlike the one before it (deleting the newest article may
          // give back the version of the identical corpus before it was saved)
          expect(seen.slice(1).filter((v, i) => v === seen[i])).toEqual([])
          await Promise.all([reader.close(), writer.close()])
        } finally {
          await db.drop()
        }
      })

      it('opens one fresh database from two stores at once, both migrated and usable', async () => {
        if (target.error) throw new Error(target.error)
        const db = await target.create()
        try {
          const [a, b] = await Promise.all([openStore({ url: db.url }), openStore({ url: db.url })])
          await a.saveArticle({ text: 'Premier.' }, makeAnalysis())
          expect((await b.listArticles()).total).toBe(1)
          await Promise.all([a.close(), b.close()])
        } finally {
          await db.drop()
        }
      })
    })
  })
}
