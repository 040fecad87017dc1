import { describe, expect, it } from 'vitest'
import { scoreEntities } from './score'

describe('scoreEntities', () => {
  const gold = { persons: ['Bachar al-Assad', 'Vladimir Poutine'], organizations: ['FMI', 'Fonds monétaire international'], locations: ['Syrie'] }

  it('finds a gold entity by name or alias, case-insensitively, within its type only', () => {
    const s = scoreEntities(gold, [
      { name: 'Bachar al-Assad', type: 'person', aliases: ['Assad'] },
      { name: 'Fonds monétaire international', type: 'organization', aliases: ['fmi'] },
      { name: 'Vladimir Poutine', type: 'location', aliases: [] },
      { name: 'syrie', type: 'location', aliases: [] },
    ])
    expect(s.byType.person).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 1 })
    expect(s.byType.organization).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 })
    expect(s.byType.location).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 })
    expect(s.missed.person).toEqual(['Vladimir Poutine'])
    expect(s.spurious).toEqual([{ name: 'Vladimir Poutine', type: 'location' }])
    // 4 gold names found, 1 reported entity matching none
    expect(s.overall.precision).toBeCloseTo(4 / 5)
    expect(s.overall.recall).toBeCloseTo(4 / 5)
  })

  it('scores an empty answer on an empty gold as perfect and an empty answer on a gold as zero recall', () => {
    expect(scoreEntities({ persons: [], organizations: [], locations: [] }, []).overall.f1).toBe(1)
    expect(scoreEntities(gold, []).overall.recall).toBe(0)
  })

  it('counts a gold entity given with alternative names once, and folds typographic apostrophes', () => {
    const s = scoreEntities({ persons: [], organizations: [["Côte d'Ivoire Telecom", 'CIT']], locations: [] }, [
      { name: 'Côte d’Ivoire Telecom', type: 'organization', aliases: [] },
    ])
    expect(s.byType.organization).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0 })
  })
})
