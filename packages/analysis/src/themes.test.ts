import { describe, expect, it } from 'vitest'
import { analyze } from './pipeline'
import { defaultTaxonomy } from './themes'

describe('themes', () => {
  it('ships every theme of the design in both languages', () => {
    expect(defaultTaxonomy.themes.map((t) => t.id)).toEqual([
      'military', 'economic', 'reconstruction', 'diplomatic', 'political', 'humanitarian', 'energy', 'security', 'legal', 'health', 'sports', 'technology', 'culture', 'environment',
    ])
    for (const t of defaultTaxonomy.themes) {
      expect(t.vocabulary.fr!.length).toBeGreaterThan(10)
      expect(t.vocabulary.en!.length).toBeGreaterThan(10)
    }
  })

  it('scores French sentences and the document, strongest first, with evidence', () => {
    const a = analyze("L'armée a lancé une offensive avec des chars et des drones. Le match de football s'est terminé par une victoire de l'équipe.", { lang: 'fr' })
    expect(a.themes.map((t) => t.theme)).toEqual(['sports', 'military'])
    expect(a.themes[1]!.evidence.map((e) => e.term)).toEqual(['armée', 'chars', 'drones', 'offensive'])
    expect(a.sentences.map((s) => s.themes)).toEqual([['military'], ['sports']])
  })

  it('matches English multi-word expressions before their words', () => {
    const a = analyze('The central bank raised interest rates as inflation hit shoppers. The striker scored two goals in the cup final.', { lang: 'en' })
    expect(a.themes[0]!.theme).toBe('economic')
    expect(a.themes[0]!.evidence.map((e) => e.term)).toContain('interest rates')
    expect(a.themes[0]!.evidence.map((e) => e.term)).toContain('central bank')
  })

  it('accepts a caller taxonomy', () => {
    const a = analyze('Les abeilles et les ruches du rucher.', { lang: 'fr', taxonomy: { themes: [{ id: 'apiculture', vocabulary: { fr: ['abeille', 'ruche', 'miel'] } }] } })
    expect(a.themes).toEqual([{ theme: 'apiculture', score: 1, matches: 3, evidence: [{ term: 'ruches', count: 2 }, { term: 'abeilles', count: 1 }] }])
  })

  it('never lets a function word match a stem ("dans" is not "danse")', () => {
    const a = analyze('Il est dans la maison, dans la rue et dans le jardin.', { lang: 'fr' })
    expect(a.themes.find((t) => t.theme === 'culture')).toBeUndefined()
  })
})
