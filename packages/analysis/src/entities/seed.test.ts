import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { entitiesOf, find, summary } from './test-helpers'

const seed = readFileSync(new URL('../../../../samples/syrie-russie-cooperation.fr.txt', import.meta.url), 'utf8')

describe('entities of the seed article', () => {
  const a = entitiesOf(seed, 'fr')

  it('finds exactly the six persons, seven locations and two organizations the article names', () => {
    expect(summary(a)).toEqual(
      [
        'person:Vladimir Poutine', 'person:Asaad al-Shaibani', 'person:Murhaf Abu Qasra', 'person:Bachar al-Assad',
        'person:Ahmed al-Charaa', 'person:Amine Samir',
        'location:Moscou', 'location:Syrie', 'location:Russie', 'location:Tartous', 'location:Hmeimim', 'location:Damas',
        'location:Moyen-Orient', 'organization:Sana', 'organization:armée syrienne',
      ].sort(),
    )
  })

  it('gives each person the role the text writes', () => {
    expect(find(a, 'Vladimir Poutine')!.roles).toEqual(['président russe'])
    expect(find(a, 'Asaad al-Shaibani')!.roles).toEqual(['ministre des Affaires étrangères'])
    expect(find(a, 'Murhaf Abu Qasra')!.roles).toEqual(['ministre de la Défense'])
    expect(find(a, 'Bachar al-Assad')!.roles).toEqual(['président'])
    expect(find(a, 'Ahmed al-Charaa')!.roles).toEqual(['président par intérim syrien'])
    expect(find(a, 'Amine Samir')!.roles).toEqual(['expert en géopolitique'])
  })

  it('merges "Assad" into Bachar al-Assad and counts both mentions at their offsets', () => {
    const assad = find(a, 'Bachar al-Assad')!
    expect(assad.aliases).toEqual(['Assad'])
    expect(assad.count).toBe(2)
    expect(assad.mentions.map((m) => seed.slice(m.start, m.end))).toEqual(['Bachar al-Assad', 'Assad'])
  })

  it('counts every mention of Syrie and finds Damas and Moscou inside "Damas-Moscou"', () => {
    expect(find(a, 'Syrie')!.count).toBe(6)
    expect(find(a, 'Moscou')!.count).toBe(3)
    const damas = find(a, 'Damas')!.mentions[0]!
    expect(seed.slice(damas.start, damas.end + 7)).toBe('Damas-Moscou')
  })

  it('resolves the nationality adjectives to their countries without making them entities', () => {
    const byTerm = Object.fromEntries(a.nationalities.map((n) => [n.term, n.country]))
    expect(byTerm).toMatchObject({ syriens: 'Syrie', syrienne: 'Syrie', russe: 'Russie', russes: 'Russie' })
    expect(a.entities.some((e) => /^(syrien|russe)/i.test(e.name))).toBe(false)
  })
})
