import { describe, expect, it } from 'vitest'
import { parseArticleSort, parseEntityQuery, parseFilter, parsePage } from './params'

describe('URL parameters', () => {
  it('keeps only whitelisted sort keys and directions', () => {
    expect(parseEntityQuery({ sort: 'name; DROP TABLE entities', dir: 'sideways' })).toMatchObject({ sort: 'mentions', dir: 'desc' })
    expect(parseEntityQuery({ sort: 'articles', dir: 'asc' })).toMatchObject({ sort: 'articles', dir: 'asc' })
    expect(parseArticleSort({ sort: '__proto__' })).toEqual({ sort: 'publishedAt', dir: 'desc' })
    expect(parseArticleSort({ sort: 'title' })).toEqual({ sort: 'title', dir: 'asc' })
  })

  it('drops filters that are not what they claim to be', () => {
    expect(parseFilter({ lang: '<script>', theme: "x';--", from: '2026-99-99', to: 'yesterday' })).toEqual({})
    expect(parseFilter({ lang: 'fr', theme: 'military', from: '2026-01-01', to: '2026-12-31', q: '  Moscou ' })).toEqual({
      lang: 'fr',
      theme: 'military',
      from: '2026-01-01',
      to: '2026-12-31',
      q: 'Moscou',
    })
  })

  it('caps search text and strips control characters, leaving quotes to bound parameters', () => {
    expect(parseFilter({ q: "' OR 1=1 --\u0000" }).q).toBe("' OR 1=1 --")
    expect(parseFilter({ q: 'x'.repeat(500) }).q).toHaveLength(200)
    expect(parseEntityQuery({ type: 'person', q: 'Poutine' })).toMatchObject({ type: 'person', q: 'Poutine' })
    expect(parseEntityQuery({ type: 'planet' }).type).toBeUndefined()
  })

  it('reads page numbers as positive integers', () => {
    expect([parsePage({ page: '3' }), parsePage({ page: '-2' }), parsePage({ page: 'NaN' }), parsePage({ page: '1e9' })]).toEqual([3, 1, 1, 1])
  })
})
