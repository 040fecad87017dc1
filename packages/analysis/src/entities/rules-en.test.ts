import { describe, expect, it } from 'vitest'
import { entitiesOf, find, summary, wordsInLanguageData } from './test-helpers'
import { analyze } from '../index'

// Invented names, so the rules find them, not the gazetteers or the first-name lists.
const NAMES = ['Oskarn', 'Brimsby', 'Tovaris', 'KNRW', 'Pellimore', 'Tamsin', 'Veldrake', 'Harcastle', 'Gorvenne', 'Harlan', 'Vossberg', 'Okonkwo', 'Delaruelle', 'Tarvisburg', 'Mirela', 'Ostrovan', 'Quentara', 'Brenmoor', 'Zelvane', 'Tin Miners', 'NUTM', 'Imelda', 'Crannock', 'Hovland', 'Pescara', 'Lusar', 'Brelkamp', 'Osterling', 'Threnvik', 'Drosk', 'Ferrinch', 'Gavrielle', 'Korvath', 'Ombrelin', 'Pastrevo', 'Selvarin', 'Brenvale Quessant', 'Ostrecy', 'Kelvane', 'Morvalis', 'BVS', 'Crimson Owls', 'Zentrovia', 'Varnovsk', 'Quandor', 'Kelmarat', 'Ostrevan', 'Brelvix']

describe('English entity rules', () => {
  it('uses names that appear nowhere in the language data', () => {
    expect(wordsInLanguageData(NAMES)).toEqual([])
  })

  it('reads a body from a cue noun set beside its name between commas, but not a trade or a clause of its own', () => {
    const text = 'His firm, Korvath Threnvik, has invested. Ombrelin Drosk, a chipmaker based in Tarvisburg, agreed. Pastrevo Selvarin, a company director, spoke. A partner of the firm, Gavrielle Osterling, said so.'
    expect(summary(entitiesOf(text, 'en'))).toEqual(['location:Tarvisburg', 'organization:Korvath Threnvik', 'organization:Ombrelin Drosk', 'person:Gavrielle Osterling', 'person:Pastrevo Selvarin'])
  })

  it('keeps "and" inside a body\'s name after an everyday word, whatever words follow it before the head', () => {
    const a = entitiesOf('Leaders of the Transport and Brelkamp Workers Union met. EasyJet and British Airways cut fares.', 'en')
    expect(summary(a)).toEqual(['organization:British Airways', 'organization:EasyJet', 'organization:Transport and Brelkamp Workers Union'])
  })

  it('reads a word listed as no name as part of a person\'s name next to a first name ("Ed Veldrake", "Hannah White"), and only there', () => {
    const text = 'Ed Veldrake met Oscar Brimsby. Later, Hannah White said White voters agreed.'
    expect(summary(entitiesOf(text, 'en'))).toEqual(['person:Ed Veldrake', 'person:Hannah White', 'person:Oscar Brimsby'])
  })

  it('reads a credit line written in title case as names, not as a headline', () => {
    const a = entitiesOf('The minister resigned on Monday.\nReporting by Gavrielle Osterling; Editing by Kelvane Morvalis', 'en')
    expect(summary(a)).toEqual(['person:Gavrielle Osterling', 'person:Kelvane Morvalis'])
  })

  it('reads a month after a first name or an honorific as a surname, and what a full name owns as a person\'s', () => {
    const text = "Harold Veldrake met Hannah May in May. Later Mrs May said Theresa Brimsby's government would fall."
    const a = entitiesOf(text, 'en')
    expect(summary(a)).toEqual(['person:Hannah May', 'person:Harold Veldrake', 'person:Theresa Brimsby'])
    expect(find(a, 'Hannah May')!.aliases).toEqual(['May'])
  })

  it('reads a title or an honorific closing a first name as a surname, also after "and" ("Harold Veldrake and Graham King", "Hannah Lord")', () => {
    const a = entitiesOf('The producers are Harold Veldrake and Graham King. Hannah Lord agreed.', 'en')
    expect(summary(a)).toEqual(['person:Graham King', 'person:Hannah Lord', 'person:Harold Veldrake'])
  })

  it('merges the name given after "known as" into the person named before it', () => {
    const a = entitiesOf('The rapper Korvath Brimsby, better known as Drosk, performed. Later Drosk left.', 'en')
    expect(summary(a)).toEqual(['person:Korvath Brimsby'])
    expect(find(a, 'Korvath Brimsby')!.aliases).toEqual(['Drosk'])
  })

  it('keeps "UN" in a role: the French article "un" is no English article', () => {
    expect(find(entitiesOf('UN chief Korvath Brimsby spoke.', 'en'), 'Korvath Brimsby')!.roles).toEqual(['UN chief'])
  })

  it('keeps a company named after a place whole after a body\'s cue noun ("chip maker Texas Veldrake")', () => {
    expect(summary(entitiesOf('The chip maker Texas Veldrake said sales rose.', 'en'))).toEqual(['organization:Texas Veldrake'])
  })

  it('parts a full name from a known body or place run into it ("Harold Veldrake Twitter"), not a middle initial\'s surname', () => {
    const a = entitiesOf('Since Harold Veldrake Twitter has changed, said Lisa O. Monaco.', 'en')
    expect(summary(a)).toEqual(['organization:Twitter', 'person:Harold Veldrake', 'person:Lisa O. Monaco'])
  })

  it('pairs an acronym in parentheses with a name it abbreviates loosely, and reads a lone one as a body', () => {
    const a = entitiesOf('The Brelkamp Food Security Phase Classification (BPC) warned of famine. Harold Veldrake (HVX) agreed.', 'en')
    expect(summary(a)).toEqual(['organization:Brelkamp Food Security Phase Classification', 'organization:HVX', 'person:Harold Veldrake'])
    expect(find(a, 'Brelkamp Food Security Phase Classification')!.aliases).toEqual(['BPC'])
  })

  it('keeps a known body\'s regional branch whole when the body has several words ("BBC One Wales")', () => {
    expect(summary(entitiesOf('She spoke to BBC One Wales in Tarvisburg.', 'en'))).toEqual(['location:Tarvisburg', 'organization:BBC One Wales'])
  })

  it('keeps a couple\'s foundation whole and takes a first name before "and" for no law', () => {
    const foundation = entitiesOf('The Harold and Mirela Vossberg Foundation gave money to schools.', 'en')
    expect(summary(foundation)).toEqual(['organization:Harold and Mirela Vossberg Foundation'])
    const couple = entitiesOf('Bill and Mirela Brenmoor visited the school.', 'en')
    expect(summary(couple)).toEqual(['person:Mirela Brenmoor'])
  })

  it('splits a capitalised title from the name and keeps it as the role', () => {
    const a = entitiesOf('Defence Minister Harlan Vossberg met General Okonkwo Delaruelle in Tarvisburg on Monday.', 'en')
    expect(summary(a)).toEqual(['location:Tarvisburg', 'person:Harlan Vossberg', 'person:Okonkwo Delaruelle'])
    expect(find(a, 'Harlan Vossberg')!.roles).toEqual(['Defence Minister'])
    expect(find(a, 'Okonkwo Delaruelle')!.roles).toEqual(['General'])
  })

  it('takes capitalised words with no cue for a person, unless the first is an everyday word', () => {
    const a = entitiesOf('Fans voted for Golden Brelkamp, and Harlan Vossberg sang.', 'en')
    expect(summary(a)).toEqual(['person:Harlan Vossberg'])
  })

  it('drops an everyday word written before a first name and a surname', () => {
    const a = entitiesOf('Teenager Sarah Veldrake won the final. The crowd cheered Keeper John Harcastle too.', 'en')
    expect(summary(a)).toEqual(['person:John Harcastle', 'person:Sarah Veldrake'])
  })

  it('drops a party word or a hyphenated everyday word written before a first name and a surname', () => {
    const a = entitiesOf('He said Republican Sarah Veldrake won, and Fly-half John Harcastle scored.', 'en')
    expect(summary(a)).toEqual(['person:John Harcastle', 'person:Sarah Veldrake'])
  })

  it('gives no role to a name ending a long complement of the title, which names a body', () => {
    const a = entitiesOf('Harlan Vossberg, vice-president of research at analysts Brelvix, said sales fell.', 'en')
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Harlan Vossberg'])
  })

  it("keeps a title's possessive inside the name of a place or a body it opens", () => {
    const a = entitiesOf("Patients in King's Lynn were moved. She studied at King's College Tarvisburg.", 'en')
    expect(summary(a)).toEqual(["location:King's Lynn", "organization:King's College Tarvisburg"])
  })

  it('ends a name at "as", which English writes as a conjunction, not as a particle', () => {
    const a = entitiesOf('The film stars Harlan Vossberg as Tamsin Veldrake.', 'en')
    expect(summary(a)).toEqual(['person:Harlan Vossberg', 'person:Tamsin Veldrake'])
  })

  it('reads an occupation written before a name as its role ("Broadcaster", "Sprinter", "Barrister")', () => {
    const a = entitiesOf('Broadcaster Harlan Vossberg said the show would return.', 'en')
    expect(summary(a)).toEqual(['person:Harlan Vossberg'])
    expect(find(a, 'Harlan Vossberg')!.roles).toEqual(['Broadcaster'])
  })

  it('leaves a demonym noun out of the name after it ("Welshman Gerwyn Price")', () => {
    const a = entitiesOf('Welshman Harlan Vossberg won the final.', 'en')
    expect(summary(a)).toEqual(['person:Harlan Vossberg'])
  })

  it('takes acronyms of formats and techniques for no organization ("DVD", "VHS", "DIY")', () => {
    const a = entitiesOf('The film is out on DVD and VHS. Tamsin Veldrake runs the DIY shop.', 'en')
    expect(summary(a)).toEqual(['person:Tamsin Veldrake'])
  })

  it('takes a name opening on an everyday word, before a speech verb, for a body ("Age Concern said")', () => {
    expect(summary(entitiesOf('Global Brelkamp said the scheme would close.', 'en'))).toEqual(['organization:Global Brelkamp'])
    expect(summary(entitiesOf('Harlan Vossberg said the scheme would close.', 'en'))).toEqual(['person:Harlan Vossberg'])
  })

  it('knows the big clubs, and keeps a known name inside the longer body it opens ("Manchester City Council")', () => {
    const a = entitiesOf('Aston Villa beat Everton. Manchester City Council said the road would close.', 'en')
    expect(summary(a)).toEqual(['organization:Aston Villa', 'organization:Everton', 'organization:Manchester City Council'])
  })

  it('reads a city or a region written before a club with a plural name as part of the club ("Texas Rangers")', () => {
    const a = entitiesOf('The Texas Rangers hosted fans from Scotland, and Rangers won in Glasgow.', 'en')
    expect(summary(a)).toEqual(['location:Glasgow', 'location:Scotland', 'organization:Rangers', 'organization:Texas Rangers'])
  })

  it('reads a role from an apposition after the name', () => {
    const a = entitiesOf('Mirela Ostrovan, the foreign minister, said the border would stay closed.', 'en')
    expect(find(a, 'Mirela Ostrovan')!.roles).toEqual(['foreign minister'])
  })

  it('keeps particles such as bin inside a name', () => {
    const a = entitiesOf('The talks were chaired by Pescara bin Lusar, a senior envoy.', 'en')
    expect(summary(a)).toEqual(['person:Pescara bin Lusar'])
  })

  it('classifies organizations by their head word and by cues such as "shares in"', () => {
    const a = entitiesOf('Quentara Holdings and the Brenmoor Party both denied it. Shares in Zelvane fell 4%.', 'en')
    expect(summary(a)).toEqual(['organization:Brenmoor Party', 'organization:Quentara Holdings', 'organization:Zelvane'])
  })

  it('links an acronym to its expansion', () => {
    const a = entitiesOf('The National Union of Tin Miners (NUTM) called a strike. NUTM said talks had failed.', 'en')
    const union = find(a, 'National Union of Tin Miners')!
    expect(union.type).toBe('organization')
    expect(union.aliases).toEqual(['NUTM'])
    expect(union.count).toBe(3)
  })

  it('names an army by its nationality and keeps the adjective out of the locations', () => {
    const a = entitiesOf('The Syrian army said Syrian civilians had fled.', 'en')
    expect(summary(a)).toEqual(['organization:Syrian army'])
    expect(a.nationalities).toEqual([{ term: 'Syrian', country: 'Syria', count: 2 }])
  })

  it('never takes sentence-initial function words, months, weekdays or a title alone for entities', () => {
    const text = 'However, nothing changed. The President spoke on Monday. In March, Analysts were silent. On Friday the Minister left.'
    expect(entitiesOf(text, 'en').entities).toEqual([])
  })

  it('merges a surname into the full name and says the fullest form is the name', () => {
    const text = 'Crannock arrived late. Imelda Crannock then told reporters that Crannock would run again.'
    const a = entitiesOf(text, 'en')
    expect(summary(a)).toEqual(['person:Imelda Crannock'])
    const p = find(a, 'Imelda Crannock')!
    expect(p.aliases).toEqual(['Crannock'])
    expect(p.count).toBe(3)
  })

  it('gives a name after Mr the person type even without a first name', () => {
    const a = entitiesOf('Mr Hovland declined to comment.', 'en')
    expect(summary(a)).toEqual(['person:Hovland'])
  })

  it('reads a byline and credit line: author, medium and place', () => {
    const a = entitiesOf('By Tamsin Veldrake, BBC News, Port Harcastle\n\nFloods hit the region on Sunday.', 'en')
    expect(summary(a)).toEqual(['location:Port Harcastle', 'organization:BBC News', 'person:Tamsin Veldrake'])
  })

  it('trusts a capitalised headline only for names the body or the gazetteer confirms', () => {
    const a = entitiesOf('Gorvenne Talks Collapse Over Border Fees\n\nTalks in Gorvenne collapsed on Sunday.', 'en')
    expect(summary(a)).toEqual(['location:Gorvenne'])
    expect(find(a, 'Gorvenne')!.count).toBe(2)
  })

  it('takes an unknown acronym mid-sentence for an organization, and a named scheme for nothing', () => {
    const a = entitiesOf('Members of the KNRW voted on Friday. The Oskarn Relief scheme pays £150, and Oskarn Relief is popular.', 'en')
    expect(summary(a)).toEqual(['organization:KNRW'])
  })

  it('splits a body from the person named after it: "Tovaris Steel Ian Brimsby"', () => {
    const a = entitiesOf('Director of Tovaris Steel Ian Brimsby welcomed it. Tovaris Steel makes steel.', 'en')
    expect(summary(a)).toEqual(['organization:Tovaris Steel', 'person:Ian Brimsby'])
  })

  it('keeps chained name particles inside a person, and a capitalised particle after an honorific', () => {
    const a = entitiesOf('Walter van der Brelkamp met Mr Van de Osterling on Monday.', 'en')
    expect(summary(a)).toEqual(['person:Van de Osterling', 'person:Walter van der Brelkamp'])
  })

  it('keeps a regnal number after a titled first name, and a place-named first word after a title', () => {
    const a = entitiesOf('King Walter IV received Captain Lagos Threnvik.', 'en')
    expect(summary(a)).toEqual(['person:Lagos Threnvik', 'person:Walter IV'])
    expect(find(a, 'Lagos Threnvik')!.roles).toEqual(['Captain'])
  })

  it('reads a role over the whole name of the body it names, after and before the person', () => {
    const a = entitiesOf('Amelia Drosk, president of the Royal College of Ferrinch Medicine, spoke. The president of the Royal College of Ferrinch Medicine, Gavrielle Korvath, agreed.', 'en')
    expect(find(a, 'Amelia Drosk')!.roles).toEqual(['president of the Royal College of Ferrinch Medicine'])
    expect(find(a, 'Gavrielle Korvath')!.roles).toEqual(['president of the Royal College of Ferrinch Medicine'])
    expect(find(a, 'Royal College of Ferrinch Medicine')!.type).toBe('organization')
  })

  it('names a body by a country written before a head that needs a nationality', () => {
    const a = entitiesOf('The UK government and the Kenya police met.', 'en')
    expect(summary(a)).toEqual(['organization:Kenya police', 'organization:UK government'])
  })

  it('takes an eponym before "syndrome" or "disease" for no entity', () => {
    const a = entitiesOf("Threnvik's syndrome and Ombrelin's disease are rare, but Threnvik's syndrome and Ombrelin's disease are studied.", 'en')
    expect(a.entities).toEqual([])
  })

  it('types a name a player signed for as a club', () => {
    const a = entitiesOf('Pastrevo Selvarin signed for Brenvale Quessant in May.', 'en')
    expect(summary(a)).toEqual(['organization:Brenvale Quessant', 'person:Pastrevo Selvarin'])
  })

  it('keeps "and" inside a body\'s complement, but not between known names', () => {
    const a = entitiesOf('The Ferrinch Institute for Quorvish Studies and Development met the Bank of England and Barclays.', 'en')
    expect(summary(a)).toEqual(['organization:Bank of England', 'organization:Barclays', 'organization:Ferrinch Institute for Quorvish Studies and Development'])
  })

  it('takes a first name and a surname that is also an event head for a person', () => {
    const a = entitiesOf('The son of actress Amelia Day, he missed the Boxing Day sales.', 'en')
    expect(summary(a)).toEqual(['person:Amelia Day'])
  })

  it('makes no person of capitalised words the text also writes in lower case', () => {
    const a = entitiesOf('She joined Direct Sales in May. Most direct sales grew; Pastrevo Selvarin said so.', 'en')
    expect(summary(a)).toEqual(['person:Pastrevo Selvarin'])
  })

  it('types a name as a club from a player\'s position after it, even a city\'s name', () => {
    const a = entitiesOf('On Monday the Tarvisburg striker Pastrevo Selvarin scored, and a Liverpool midfielder missed.', 'en')
    expect(summary(a)).toEqual(['organization:Liverpool', 'organization:Tarvisburg', 'person:Pastrevo Selvarin'])
  })

  it('leaves an award\'s event head out of the person named after it', () => {
    const a = entitiesOf('Fans cheered Hurler of the Year Amelia Drosk on Monday.', 'en')
    expect(summary(a)).toEqual(['person:Amelia Drosk'])
  })

  it('makes no person of a title opening on a verb form', () => {
    expect(entitiesOf('Fans of the comic Coming Brelkamp queued for hours; Coming Brelkamp sold out.', 'en').entities).toEqual([])
  })

  it('splits a run at a word with digits, which no name holds', () => {
    const a = entitiesOf('The couple named him Quorvex Æ B-52 Selvarin, said Pastrevo Selvarin.', 'en')
    expect(summary(a)).toEqual(['person:Pastrevo Selvarin', 'person:Quorvex Æ'])
    expect(find(a, 'Pastrevo Selvarin')!.aliases).toEqual(['Selvarin'])
  })

  it('spells an acronym with the letters of an acronym inside its expansion, and a mixed-case acronym after a possessive', () => {
    const a = entitiesOf("Ostrecy Energies UK (OEUK) said so, and prices hit twice the Bank of Tarvisburg's (BoT) target. BoT predicted more.", 'en')
    expect(summary(a)).toEqual(['organization:Bank of Tarvisburg', 'organization:Ostrecy Energies UK'])
    expect(find(a, 'Bank of Tarvisburg')!.aliases).toEqual(['BoT'])
    expect(find(a, 'Bank of Tarvisburg')!.count).toBe(3)
  })

  it('reads a name followed by a county or a country as a place, and a first name over a cue noun', () => {
    const a = entitiesOf('Pastrevo Selvarin, from Kelvane Morvalis, Somerset, ran. His Labour rival Amelia Drosk spoke.', 'en')
    expect(summary(a)).toEqual(['location:Kelvane Morvalis', 'location:Somerset', 'organization:Labour', 'person:Amelia Drosk', 'person:Pastrevo Selvarin'])
  })

  it('keeps a known body and the region after it as one regional branch', () => {
    const a = entitiesOf('Speaking to BBC West Midlands, she said services in the West Midlands would improve.', 'en')
    expect(summary(a)).toEqual(['location:West Midlands', 'organization:BBC West Midlands'])
  })

  it('types a name followed by "is a company" as a body', () => {
    const a = entitiesOf('Brelvix Quorvex is a company based in Tarvisburg.', 'en')
    expect(find(a, 'Brelvix Quorvex')!.type).toBe('organization')
  })

  it('splits a body, a title and a person in one run, a portfolio word being no body', () => {
    const a = entitiesOf('Finance Minister Pastrevo Selvarin met Tovaris Institute Director Amelia Drosk.', 'en')
    expect(summary(a)).toEqual(['organization:Tovaris Institute', 'person:Amelia Drosk', 'person:Pastrevo Selvarin'])
    expect(find(a, 'Pastrevo Selvarin')!.roles).toEqual(['Finance Minister'])
  })

  it('types names joined by an ampersand as a firm, and takes no span of months for a place', () => {
    const a = entitiesOf('Jobs go at the broker of Brelvix & Quorvex in the October-to-December quarter.', 'en')
    expect(summary(a)).toEqual(['organization:Brelvix & Quorvex'])
  })

  it('reads a follower that is a verb as no sign of a scheme: "figures from the KNRW show a rise"', () => {
    const a = entitiesOf('The KNRW said prices rose. Figures from the KNRW show a rise, and the Oskarn Relief scheme pays more.', 'en')
    expect(summary(a)).toEqual(['organization:KNRW'])
  })

  it('types what a title governs as a body and keeps a place closing it inside: "director of Freight Link Europe"', () => {
    const a = entitiesOf("Amelia Drosk, director of Ostrecy Kelvane Europe, said so. He is president of Russia.", 'en')
    expect(summary(a)).toEqual(['location:Russia', 'organization:Ostrecy Kelvane Europe', 'person:Amelia Drosk'])
  })

  it('types an acronym by the place it shortens, however often it comes back alone', () => {
    const a = entitiesOf('The final is at the Brenmoor Veldrake Stadium (BVS) in Tarvisburg. The semi-final is also at BVS, and BVS holds 40,000 fans.', 'en')
    expect(find(a, 'Brenmoor Veldrake Stadium')!.type).toBe('location')
    expect(find(a, 'Brenmoor Veldrake Stadium')!.aliases).toEqual(['BVS'])
  })

  it('types a name after "the" with no first name as a band or a firm, but keeps a name modifying a noun a person', () => {
    const a = entitiesOf('He wrote two hits for the Crimson Owls, who toured with Amelia Drosk. The Oskarn Brimsby event drew crowds.', 'en')
    expect(summary(a)).toEqual(['organization:Crimson Owls', 'person:Amelia Drosk', 'person:Oskarn Brimsby'])
  })

  it('types a name after a capitalised "-based" or "-listed" adjective as a company, not after "income-based"', () => {
    const a = entitiesOf('Prices came from Amsterdam-based Zentrovia, and London-listed Oskarn Brimsby rose. Tarvisburg-born Harlan Vossberg spoke.', 'en')
    expect(summary(a)).toEqual(['organization:Oskarn Brimsby', 'organization:Zentrovia', 'person:Harlan Vossberg'])
  })

  it('keeps a nationality between a lower-case title and a lone surname as a first name, not a demonym before a full name', () => {
    const a = entitiesOf('Finance minister Hungarian Brimsby met the champion Briton Tamsin Osterling.', 'en')
    expect(summary(a)).toEqual(['person:Hungarian Brimsby', 'person:Tamsin Osterling'])
    expect(find(a, 'Hungarian Brimsby')!.roles).toEqual(['Finance minister'])
  })

  it('types a sentence-initial name followed by a player\'s position and a name as a club, but not a title such as "Head coach"', () => {
    const a = entitiesOf('Tarvisburg hurler Harlan Vossberg opened up. Next year Tarvisburg reached the final. Head coach Tamsin Osterling left.', 'en')
    expect(summary(a)).toEqual(['organization:Tarvisburg', 'person:Harlan Vossberg', 'person:Tamsin Osterling'])
  })

  it('reads "a New" before a country as a slogan about the country, but keeps "New" in a place such as New England', () => {
    const a = entitiesOf('Her report, titled A New Britain, was praised in New England.', 'en')
    expect(summary(a)).toEqual(['location:Britain', 'location:New England'])
  })

  it('finds a place after "the outskirts of"', () => {
    const a = entitiesOf('Shelling hit the outskirts of Varnovsk overnight.', 'en')
    expect(summary(a)).toEqual(['location:Varnovsk'])
  })

  it('types the examples of a list by the category named before it: "firms such as X and Y", "countries including X"', () => {
    const a = entitiesOf('The rules hit firms such as Brelvix and Ostrevan, while countries including Kelmarat objected.', 'en')
    expect(summary(a)).toEqual(['location:Kelmarat', 'organization:Brelvix', 'organization:Ostrevan'])
  })

  it('reads a demonym of two words as a nationality of its own country, never as a name', () => {
    const a = analyze('North Korean hackers and Sri Lankan officials met South African envoys in Brimsby.', { lang: 'en' })
    expect(a.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['location:Brimsby'])
    expect(a.nationalities.map((n) => `${n.term} -> ${n.country}`).sort()).toEqual(['North Korean -> North Korea', 'South African -> South Africa', 'Sri Lankan -> Sri Lanka'])
  })

  it('gives the remit after "Minister for" to the role, not to the name, with or without a comma', () => {
    const a = entitiesOf('Deputy Minister for Climate Change Tamsin Osterling wrote to the Minister for Health, Harlan Vossberg.', 'en')
    expect(summary(a)).toEqual(['person:Harlan Vossberg', 'person:Tamsin Osterling'])
    expect(find(a, 'Tamsin Osterling')!.roles).toEqual(['Deputy Minister for Climate Change'])
    expect(find(a, 'Harlan Vossberg')!.roles).toEqual(['Minister for Health'])
  })

  it('reads what follows a title and "of the" as its complement, up to the first name of its holder', () => {
    const a = entitiesOf('Chancellor of the Brenmoor Sarah Veldrake spoke after the Leader of the Opposition. She was crowned Queen of the Jungle.', 'en')
    expect(summary(a)).toEqual(['person:Sarah Veldrake'])
    expect(find(a, 'Sarah Veldrake')!.roles).toEqual(['Chancellor of the Brenmoor'])
  })

  it('names a body with a head that is the complement of a title, with or without a holder after it', () => {
    const a = entitiesOf('Harlan Vossberg, the Governor of the Tarvisburg Bank, met Chairman of the Quandor Committee John Harcastle.', 'en')
    expect(summary(a)).toEqual(['organization:Quandor Committee', 'organization:Tarvisburg Bank', 'person:Harlan Vossberg', 'person:John Harcastle'])
  })

  it('reads a title word ending a name right after a first name as the surname ("Aaron Judge")', () => {
    const a = entitiesOf('Sarah Judge scored twice, and Judge Harlan Vossberg ruled on Monday.', 'en')
    expect(summary(a)).toEqual(['person:Harlan Vossberg', 'person:Sarah Judge'])
    expect(find(a, 'Harlan Vossberg')!.roles).toEqual(['Judge'])
  })

  it('keeps an honorific opening a longer title in the role ("Mr Justice", "Lord Justice")', () => {
    const a = entitiesOf('Mr Justice Veldrake ruled, and Lord Justice Harcastle agreed.', 'en')
    expect(summary(a)).toEqual(['person:Harcastle', 'person:Veldrake'])
    expect(find(a, 'Veldrake')!.roles).toEqual(['Mr Justice'])
    expect(find(a, 'Harcastle')!.roles).toEqual(['Lord Justice'])
  })

  it('reads "first lady" as a title, though "Lady" alone is an honorific', () => {
    const a = entitiesOf("Tarvisburg's First Lady Tamsin Osterling met the former first lady Mirela Vossberg.", 'en')
    expect(find(a, 'Tamsin Osterling')!.roles).toContain("Tarvisburg's First Lady")
    expect(find(a, 'Mirela Vossberg')!.roles).toEqual(['former first lady'])
  })

  it('names nothing in a title written alone, modifiers included, but the known names among its modifiers', () => {
    const a = entitiesOf('He met the Deputy Prime Minister, the High Sheriff and a Labour MP in Tarvisburg.', 'en')
    expect(summary(a)).toEqual(['location:Tarvisburg', 'organization:Labour'])
  })

  it('lets the first word of a body\'s name stand for it alone ("Real" for "Real Madrid")', () => {
    const a = entitiesOf('Shares in Brelvix Motors fell. Later, Brelvix said sales would recover.', 'en')
    expect(summary(a)).toEqual(['organization:Brelvix Motors'])
    expect(find(a, 'Brelvix Motors')!.aliases).toEqual(['Brelvix'])
  })

  it('takes what an acronym that never names anything spells for no name, unless it has a head ("Gross Domestic Product (GDP)")', () => {
    const a = entitiesOf('Gross Domestic Product (GDP) fell, the Standard Assessment Review Service (SARS) said.', 'en')
    expect(summary(a)).toEqual(['organization:Standard Assessment Review Service'])
    expect(find(a, 'Standard Assessment Review Service')!.aliases).toEqual(['SARS'])
  })

  it('keeps "and" between everyday words before a body\'s head inside one name, but splits two firms', () => {
    const a = entitiesOf('The Water and Power Authority fined Brelvix and Ostrevan Motors.', 'en')
    expect(summary(a)).toEqual(['organization:Brelvix', 'organization:Ostrevan Motors', 'organization:Water and Power Authority'])
  })

  it('types both sides of "v" in a fixture list as clubs when one is a known name, but not the parties of a court case', () => {
    const a = entitiesOf('Saturday: Tarvisburg v Glasgow. Veldrake v Harcastle was overturned.', 'en')
    expect(summary(a)).toEqual(['organization:Glasgow', 'organization:Tarvisburg'])
  })

  it('reads a known acronym written exactly as the body, not as the place of the same letters ("NICE", "Nice")', () => {
    const a = entitiesOf('NICE approved the drug for patients who live in Nice.', 'en')
    expect(summary(a)).toEqual(['location:Nice', 'organization:NICE'])
  })

  it('takes a name joined to a participle for an adjective, no entity ("Oscar-winning", "Kremlin-backed")', () => {
    // (a first name before the hyphen made a person of it)
    const a = entitiesOf('He turned down his Oscar-winning role. The Oscar-nominated actor lives in Tarvisburg.', 'en')
    expect(summary(a)).toEqual(['location:Tarvisburg'])
  })

  it('makes a place of what an MP or a mayor is elected for', () => {
    const a = entitiesOf('Tamsin Osterling, the MP for Varnovsk, met the mayor of Kelmarat.', 'en')
    expect(summary(a)).toEqual(['location:Kelmarat', 'location:Varnovsk', 'person:Tamsin Osterling'])
  })

  it('reads a place that is also a first name, before a surname, as a person, and the place alone as a place', () => {
    const a = entitiesOf('Victoria Osterling and Jordan Vossberg flew to Amman. Talks in Jordan resume on Monday.', 'en')
    expect(summary(a)).toEqual(['location:Amman', 'location:Jordan', 'person:Jordan Vossberg', 'person:Victoria Osterling'])
  })

  it('gives no role to a name that is the complement of a title: "a spokesman for Mr Vardask"', () => {
    const a = entitiesOf('A spokesman for Mr Vardask denied it, and a lawyer for Dr Ombrelin agreed.', 'en')
    expect(a.entities.map((e) => [e.name, e.roles])).toEqual([['Vardask', []], ['Ombrelin', []]])
  })

  it('reads "head of" as a title in an apposition', () => {
    const a = entitiesOf('"Prices must fall," said Tamsin Veldrake, head of the Brimsby Growers Union.', 'en')
    expect(find(a, 'Tamsin Veldrake')!.roles).toEqual(['head of the Brimsby Growers Union'])
  })

  it('names nothing in a title whose complement is everyday words: "Director of Policy"', () => {
    const a = entitiesOf('Tamsin Veldrake, Director of Policy at Brimsby Growers Union, said so.', 'en')
    expect(summary(a)).toEqual(['organization:Brimsby Growers Union', 'person:Tamsin Veldrake'])
  })
})
