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

  it('matches an exact-form entry only in that form ("Cour" is legal, "au cours de" is not)', () => {
    const a = analyze('Au cours de la réunion, les cours du marché ont baissé. La Cour a rendu son verdict.', { lang: 'fr' })
    expect(a.themes[0]).toMatchObject({ theme: 'legal', evidence: [{ term: 'Cour', count: 1 }, { term: 'verdict', count: 1 }] })
  })

  it('reads general French news: war is military, a peace conference diplomatic', () => {
    const war = analyze("Les combats ont repris : l'armée a bombardé la ville et des soldats ont été tués. Des milliers de civils ont fui vers les camps de réfugiés.", { lang: 'fr' })
    expect(war.themes.map((t) => t.theme)).toEqual(['military', 'humanitarian', 'security'])
    const peace = analyze("La conférence de paix s'est ouverte à Genève : les ministres des Affaires étrangères ont entamé des négociations sous l'égide des Nations unies.", { lang: 'fr' })
    expect(peace.themes).toEqual([{ theme: 'diplomatic', score: 1, matches: 4, evidence: [{ term: 'conférence de paix', count: 1 }, { term: 'ministres des affaires étrangères', count: 1 }, { term: 'nations unies', count: 1 }, { term: 'négociations', count: 1 }] }])
  })

  it('reads general English news: a trial is legal, floods humanitarian and environmental, an election political', () => {
    expect(analyze('The court heard that the former minister was charged with fraud; the judge adjourned the trial.', { lang: 'en' }).themes[0]!.theme).toBe('legal')
    const floods = analyze('Floods destroyed thousands of homes after torrential rain, and aid agencies rushed shelter to displaced families as climate scientists warned of more extreme weather.', { lang: 'en' })
    expect(floods.themes.slice(0, 2).map((t) => t.theme)).toEqual(['humanitarian', 'environment'])
    expect(floods.themes.find((t) => t.theme === 'health')?.evidence.map((e) => e.term)).toEqual(['scientists'])
    const vote = analyze('Voters went to the polls on Sunday in a presidential election that the opposition candidate called rigged.', { lang: 'en' })
    expect(vote.themes.map((t) => t.theme)).toEqual(['political'])
  })

  it('keeps "guerre" a weak military cue, so a war mentioned in passing does not outweigh a political story', () => {
    const a = analyze("Le président et le gouvernement ont présenté leur programme aux députés, un an après le début de la guerre.", { lang: 'fr' })
    expect(a.themes.map((t) => t.theme)).toEqual(['political', 'military'])
    expect(a.themes[1]!.matches).toBe(0.5)
  })

  it('reads a military junta as politics, not as the army at war, in both languages', () => {
    const fr = analyze("La junte militaire au pouvoir a reporté l'élection présidentielle et prolongé la transition.", { lang: 'fr' })
    expect(fr.themes.map((t) => t.theme)).toEqual(['political'])
    expect(fr.themes[0]!.evidence.map((e) => e.term)).toContain('junte militaire')
    const en = analyze('The military junta postponed the election after the coup.', { lang: 'en' })
    expect(en.themes).toEqual([{ theme: 'political', score: 1, matches: 5, evidence: [{ term: 'coup', count: 1 }, { term: 'election', count: 1 }, { term: 'military junta', count: 1 }] }])
  })

  it('weighs a term in full for three mentions and logarithmically after, so one repeated word cannot outvote the rest', () => {
    // five "barrage": 3 × (1 + ln(5/3)) = 4.532, plus one "électricité"
    const fr = analyze("Le barrage sur le fleuve produira de l'électricité ; le barrage, le barrage, le barrage et encore le barrage.", { lang: 'fr' })
    expect(fr.themes).toEqual([{ theme: 'energy', score: 1, matches: 5.532, evidence: [{ term: 'barrage', count: 5 }, { term: 'électricité', count: 1 }] }])
    const repeated = analyze("The forest was cleared. Loggers cut the forest, burned the forest and sold the forest; the forest is gone, and the forest's wildlife with it.", { lang: 'en' })
    const varied = analyze('Rangers say the forest, the forest, the forest and the forest are shrinking as deforestation and poaching threaten wildlife and biodiversity.', { lang: 'en' })
    // six mentions of one word count less than four of it and three other words of the theme
    expect(repeated.themes[0]).toMatchObject({ theme: 'environment', matches: 6.079 })
    expect(varied.themes[0]).toMatchObject({ theme: 'environment', matches: 6.863 })
  })

  it('keeps stems from catching unrelated words: "important" is not an import, "loi" not a rent, "hospitality" not a hospital', () => {
    expect(analyze("Il est important de noter que n'importe quelle décision compte.", { lang: 'fr' }).themes).toEqual([])
    const trade = analyze('Le pays a réduit ses importations de riz et les importateurs paient des loyers plus élevés.', { lang: 'fr' })
    expect(trade.themes).toEqual([{ theme: 'economic', score: 1, matches: 3, evidence: [{ term: 'importateurs', count: 1 }, { term: 'importations', count: 1 }, { term: 'loyers', count: 1 }] }])
    expect(analyze('Le loyer a augmenté ; la loi a changé.', { lang: 'fr' }).themes.map((t) => [t.theme, t.evidence[0]!.term])).toEqual([['economic', 'loyer'], ['legal', 'loi']])
    expect(analyze('Les prix varient et les produits sont variés.', { lang: 'fr' }).themes.map((t) => t.theme)).not.toContain('health')
    expect(analyze('It is important that the hospitality sector hires.', { lang: 'en' }).themes).toEqual([])
    expect(analyze('Gamers flocked to the gaming convention to try new consoles.', { lang: 'en' }).themes.map((t) => t.theme)).toEqual(['technology'])
    expect(analyze('The team won the game and the next two games of the season.', { lang: 'en' }).themes.map((t) => t.theme)).toEqual(['sports'])
  })

  it('tells nuclear weapons (military) from nuclear power (energy), in both languages', () => {
    const fr = analyze("La centrale nucléaire a redémarré deux réacteurs. Le pays menace d'utiliser l'arme nucléaire et teste des ogives.", { lang: 'fr' })
    expect(fr.sentences.map((s) => s.themes)).toEqual([['energy'], ['military']])
    expect(fr.themes.find((t) => t.theme === 'military')!.evidence.map((e) => e.term)).toEqual(['arme nucléaire', 'ogives'])
    const en = analyze('The nuclear power plant restarted its reactors. The country tested nuclear weapons and new warheads.', { lang: 'en' })
    expect(en.sentences.map((s) => s.themes)).toEqual([['energy'], ['military']])
  })

  it('reads a trade agreement as economic and a peace agreement as diplomatic', () => {
    expect(analyze('Les deux pays ont signé un accord commercial et un accord de libre-échange.', { lang: 'fr' }).themes.map((t) => t.theme)).toEqual(['economic'])
    expect(analyze('Les deux pays ont signé un accord de paix.', { lang: 'fr' }).themes.map((t) => t.theme)).toEqual(['diplomatic'])
    expect(analyze('The two countries signed a trade deal cutting tariffs on cars.', { lang: 'en' }).themes.map((t) => t.theme)).toEqual(['economic'])
    expect(analyze('The two countries signed a peace agreement.', { lang: 'en' }).themes.map((t) => t.theme)).toEqual(['diplomatic'])
  })
  it('gives a broader theme with words of its own a share of its strongest narrower theme, so an election story that mentions soldiers stays political', () => {
    // political: président, élection (2), opposition = 4; military: soldats, armée, militaires = 3; 4 + 0.4 × 3 = 5.2 (legal: accuse)
    const fr = analyze("Le président a fixé la date de l'élection ; l'opposition accuse les soldats de l'armée et les militaires.", { lang: 'fr' })
    expect(fr.themes.map((t) => [t.theme, t.matches])).toEqual([['political', 5.2], ['military', 3], ['legal', 1]])
    // no political word of its own: the war story gets nothing rolled up into political
    const war = analyze("Les soldats de l'armée ont lancé une offensive avec des chars.", { lang: 'fr' })
    expect(war.themes.map((t) => t.theme)).toEqual(['military'])
  })

  it('rolls up only the strongest narrower theme, so military and diplomatic cooperation is not made political by adding them up', () => {
    // military: armée, soldats, missiles = 3; diplomatic: ambassadeur, diplomatie = 2; political: ministre = 1 + 0.4 × 3 (not 1 + 0.4 × 5)
    const a = analyze("Le ministre a parlé de l'armée, des soldats et des missiles avec l'ambassadeur, au nom de la diplomatie.", { lang: 'fr' })
    expect(a.themes.map((t) => [t.theme, t.matches])).toEqual([['military', 3], ['political', 2.2], ['diplomatic', 2]])
  })

  it('counts the headline double when a body follows it, and a text of one paragraph as it is', () => {
    // headline: match, football (weight 2 each) = 2 × 4; body: banque, inflation = 2
    const headed = analyze("Le match de football reporté\n\nLa banque s'inquiète de l'inflation.", { lang: 'fr' })
    expect(headed.themes.map((t) => [t.theme, t.matches])).toEqual([['sports', 8], ['economic', 2]])
    const flat = analyze("Le match de football reporté. La banque s'inquiète de l'inflation.", { lang: 'fr' })
    expect(flat.themes.map((t) => [t.theme, t.matches])).toEqual([['sports', 4], ['economic', 2]])
    // a long first paragraph is body, not a headline
    const long = analyze('The match was played. The football fans left. The team went home.\n\nThe bank worried about inflation and interest rates.', { lang: 'en' })
    expect(long.themes.find((t) => t.theme === 'sports')!.matches).toBe(3)
  })
})
