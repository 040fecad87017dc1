import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import packageJson from '../package.json' with { type: 'json' }
import { analyze, clearCaches } from './index'

const seed = readFileSync(new URL('../../../samples/syrie-russie-cooperation.fr.txt', import.meta.url), 'utf8')

describe('analyze on the seed article', () => {
  const a = analyze(seed)

  it('detects French', () => {
    expect(a.lang).toBe('fr')
    expect(a.langConfidence).toBeGreaterThan(0.95)
  })

  it('finds military the strongest theme, with economic, reconstruction and diplomatic present', () => {
    expect(a.themes[0]!.theme).toBe('military')
    const themes = a.themes.map((t) => t.theme)
    for (const theme of ['economic', 'reconstruction', 'diplomatic']) expect(themes).toContain(theme)
    expect(a.themes[0]!.evidence.map((e) => e.term)).toContain('militaire')
  })

  it('lists Syrie, Russie, militaire, coopération and reconstruction among the top terms', () => {
    const top = a.terms.slice(0, 20).map((t) => t.display)
    for (const term of ['Syrie', 'Russie', 'militaire', 'coopération', 'reconstruction']) expect(top).toContain(term)
    expect(a.terms[0]!.count).toBe(6)
  })

  it('lists "coopération militaire" and "bases militaires" among the bigrams', () => {
    const bigrams = a.ngrams.filter((g) => g.n === 2).map((g) => g.text)
    expect(bigrams).toContain('coopération militaire')
    expect(bigrams).toContain('bases militaires')
  })

  it('counts 5 paragraphs and gives every sentence a sentiment and themes', () => {
    expect(a.stats.paragraphs).toBe(5)
    expect(a.sentences.length).toBe(a.stats.sentences)
    expect(a.sentences[0]).toMatchObject({ index: 0, start: 0, paragraph: 0 })
    expect(a.sentiment.negative.map((w) => w.term)).toEqual(expect.arrayContaining(['conflit', 'dévasté', 'fragilité', 'préoccupations']))
    expect(a.sentiment.positive.map((w) => w.term)).toEqual(expect.arrayContaining(['stabilité', 'renforcer']))
  })

  it('co-occurs Syrie and Russie by sentence', () => {
    expect(a.cooccurrences.find((c) => c.kind === 'term' && c.scope === 'sentence' && [c.a, c.b].sort().join('+') === 'Russie+Syrie')).toMatchObject({ count: 4 })
  })
})

describe('analyze', () => {
  it('versions results with the package version and a data hash', () => {
    expect(analyze('x').version).toMatch(new RegExp(`^${packageJson.version.replace(/\./g, '\\.')}\\+[0-9a-f]{8}$`))
  })

  it('lets an explicit lang win over detection', () => {
    const a = analyze('The war in Syria', { lang: 'fr' })
    expect(a.lang).toBe('fr')
    expect(a.langConfidence).toBe(1)
  })

  it('analyses und text with the language-neutral stages only', () => {
    const a = analyze('Die Regierung und die Opposition streiten. Die Regierung gewinnt.')
    expect(a.lang).toBe('und')
    expect(a.terms[0]).toMatchObject({ term: 'die', count: 3 })
    expect(a.sentiment.score).toBe(0)
    expect(a.themes).toEqual([])
    expect(a.stats.sentences).toBe(2)
  })

  it('is deterministic and JSON-serialisable', () => {
    const first = analyze(seed)
    const second = analyze(seed)
    expect(JSON.parse(JSON.stringify(first))).toEqual(second)
  })

  it('gives the same analysis with cold and warm shared caches', () => {
    const warm = JSON.stringify(analyze(seed))
    clearCaches()
    expect(JSON.stringify(analyze(seed))).toBe(warm)
  })

  it('keeps a result unchanged by the analyses after it (working columns are reused from text to text)', () => {
    const result = analyze(seed)
    const frozen = JSON.stringify(result)
    analyze('The Bank of England raised rates again on Thursday, the tenth rise in a row, as inflation stayed high.')
    analyze(seed.repeat(3))
    expect(JSON.stringify(result)).toBe(frozen)
  })

  it('attaches to each entity the mean sentiment of the sentences naming it', () => {
    const a = analyze(seed)
    for (const e of a.entities) {
      const sentences = new Set(e.mentions.map((m) => a.sentences.findIndex((s) => s.start <= m.start && m.start < s.end)))
      const mean = [...sentences].reduce((sum, i) => sum + a.sentences[i]!.sentiment, 0) / sentences.size
      expect(e.sentiment).toBeCloseTo(mean, 2)
    }
  })

  it('reports an English article end to end', () => {
    const a = analyze('The government raised taxes on Tuesday. Voters were not happy, and the opposition party called for an election.')
    expect(a.lang).toBe('en')
    expect(a.themes[0]!.theme).toBe('political')
    expect(a.sentiment.label).toBe('negative')
    expect(a.terms.map((t) => t.display)).toEqual(expect.arrayContaining(['government', 'taxes', 'election']))
  })
})
