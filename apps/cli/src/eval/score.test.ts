import { describe, expect, it } from 'vitest'
import { analyze, type ArticleAnalysis, type Entity } from '@newslens/analysis'
import { scoreText, summarize } from './score'

function withEntities(entities: Partial<Entity>[], themes: string[] = [], label: 'negative' | 'neutral' | 'positive' = 'neutral'): ArticleAnalysis {
  const base = analyze('Texte court.', { lang: 'fr' })
  return {
    ...base,
    entities: entities.map((e) => ({ name: '', type: 'person', aliases: [], roles: [], count: 1, sentiment: 0, mentions: [], ...e })),
    themes: themes.map((theme, i) => ({ theme, score: 1 - i / 10, evidence: [] })),
    sentiment: { ...base.sentiment, label },
  }
}

describe('scoreText', () => {
  it('counts a gold name found through an alias, without case, and extracted entities matching nothing as false positives', () => {
    const analysis = withEntities([
      { name: 'Bachar al-Assad', type: 'person', aliases: ['Assad'] },
      { name: 'assad', type: 'person' },
      { name: 'Vladimir Poutine', type: 'person' },
      { name: 'Moscou', type: 'location' },
      { name: 'Moscou', type: 'organization' },
    ])
    const score = scoreText({ id: 't', persons: ['ASSAD'], locations: ['moscou', 'Damas'], organizations: [] }, analysis)
    expect(score.entities.person).toMatchObject({ truePositives: 1, falsePositives: 1, predicted: 3, gold: 1, precision: 0.5, recall: 1, spurious: ['Vladimir Poutine'] })
    expect(score.entities.location).toMatchObject({ truePositives: 1, falsePositives: 0, gold: 2, precision: 1, recall: 0.5, missed: ['Damas'] })
    expect(score.entities.organization).toMatchObject({ truePositives: 0, falsePositives: 1, gold: 0, precision: 0, recall: 1 })
  })

  it('accepts alternative names for one gold entity', () => {
    const analysis = withEntities([{ name: 'ONU', type: 'organization' }])
    const score = scoreText({ id: 't', organizations: [['Organisation des Nations unies', 'ONU']] }, analysis)
    expect(score.entities.organization.recall).toBe(1)
  })

  it('scores the top theme against the first gold theme and against all of them, and the tone', () => {
    const gold = { id: 't', themes: ['economic', 'military'], tone: 'negative' as const }
    const a = scoreText(gold, withEntities([], ['military', 'economic'], 'negative'))
    const b = scoreText(gold, withEntities([], ['economic'], 'positive'))
    expect([a.topThemeIsFirst, a.topThemeInGold, a.toneCorrect]).toEqual([false, true, true])
    expect([b.topThemeIsFirst, b.topThemeInGold, b.toneCorrect]).toEqual([true, true, false])
    const report = summarize([a, b])
    expect(report.themes).toEqual({ scored: 2, topIsFirst: 1, topInGold: 2 })
    expect(report.tone).toEqual({ scored: 2, correct: 1, accuracy: 0.5 })
  })
})
