import { describe, expect, it } from 'vitest'
import { entitiesOf, find, summary, wordsInLanguageData } from './test-helpers'

// Invented names, so the rules find them, not the gazetteers or the first-name lists.
const NAMES = ['KNRW', 'Vardelle', 'Nadège', 'Ourvalin', 'Kirouma', 'Zoubeir', 'Qadrani', 'Sennar', 'Tellal', 'Ravanel', 'Odette', 'Brusquin', 'Rodolphe', 'Marquizet', 'Tiravonne', 'Brelvix', 'vigilance citoyenne', 'CNVC', 'Talvenne', 'Kessiane', 'Brelkamp', 'Osterling', 'Varnesse', 'Gavrielle', 'Korvath', 'Quorvish', 'Ferrinch', 'CBTV', 'Vardask', 'Ombrelin', 'Quorvex', 'Pastrevo', 'Selvarin', 'Morvalis', 'Drenholt', 'Ruvenza', 'Brenvale Quessant', 'GEFAC', 'ferrinchien', 'Ostrecy', 'Kelvane', 'Morvalis', 'Brenmoor Veldrake', 'BVS', 'Crimson Owls', 'Varquenne', 'Ostrevan', 'Pellicard', 'Kelmarat', 'Lirvane Castagnol', 'Quandor', 'Brelvix']

describe('French entity rules', () => {
  it('uses names that appear nowhere in the language data', () => {
    expect(wordsInLanguageData(NAMES)).toEqual([])
  })

  it('ends a capitalised run at a conjunction that opens a sentence whose full stop is missing', () => {
    const a = entitiesOf('Le rapport vient de Brelvix Lorsque Sophie Vardelle était étudiante, elle a été malade.', 'fr')
    expect(summary(a)).toEqual(['person:Sophie Vardelle'])
  })

  it('reads a line break written as backslash and n as a line break, not as a letter of the next name', () => {
    const a = entitiesOf('Le rapport est paru hier.\\nNadège Ourvalin a parlé.', 'fr')
    expect(summary(a)).toEqual(['person:Nadège Ourvalin'])
  })

  it('takes no English title opening on an everyday word for a person ("Golden Brelkamp")', () => {
    const a = entitiesOf('Le groupe a joué avec Golden Brelkamp hier soir, puis Nadège Ourvalin a chanté.', 'fr')
    expect(summary(a)).toEqual(['person:Nadège Ourvalin'])
  })

  it('leaves the salutation "Chère" out of the name it greets', () => {
    const a = entitiesOf('Chère Odette Ourvalin, merci pour votre lettre.', 'fr')
    expect(summary(a)).toEqual(['person:Odette Ourvalin'])
  })

  it('reads an occupation written before a name as its role ("la chirurgienne", "le cinéaste")', () => {
    const a = entitiesOf("Selon la chirurgienne Odette Ourvalin, l'opération a réussi.", 'fr')
    expect(find(a, 'Odette Ourvalin')!.roles).toEqual(['chirurgienne'])
  })

  it('keeps name particles inside a person and reads the role of an apposition before it', () => {
    const text = "Le ministre de l'Intérieur, Zoubeir al-Qadrani, a reçu jeudi le général Sennar Abou Tellal."
    const a = entitiesOf(text, 'fr')
    expect(summary(a)).toEqual(['person:Sennar Abou Tellal', 'person:Zoubeir al-Qadrani'])
    expect(find(a, 'Zoubeir al-Qadrani')!.roles).toEqual(["ministre de l'Intérieur"])
    expect(find(a, 'Sennar Abou Tellal')!.roles).toEqual(['général'])
  })

  it('reads a role written after the name and a title with a nationality before it', () => {
    const a = entitiesOf('Odette Brusquin, porte-parole de la mairie, a répondu au président tchadien Rodolphe Marquizet.', 'fr')
    expect(find(a, 'Odette Brusquin')!.roles).toEqual(['porte-parole de la mairie'])
    expect(find(a, 'Rodolphe Marquizet')!.roles).toEqual(['président tchadien'])
  })

  it('makes a person of a name after M. or Mme', () => {
    const a = entitiesOf('M. Ravanel a démenti toute négociation avec Mme Kessiane.', 'fr')
    expect(summary(a)).toEqual(['person:Kessiane', 'person:Ravanel'])
  })

  it('finds a place after "à" and a company after "la société"', () => {
    const a = entitiesOf('Les négociateurs se retrouveront à Tiravonne, où la société Brelvix possède une usine.', 'fr')
    expect(summary(a)).toEqual(['location:Tiravonne', 'organization:Brelvix'])
  })

  it('links an acronym to its expansion and counts both', () => {
    const text = 'Le Comité national de vigilance citoyenne (CNVC) a dénoncé les arrestations. Le CNVC réclame une enquête.'
    const a = entitiesOf(text, 'fr')
    const cnvc = find(a, 'Comité national de vigilance citoyenne')!
    expect(cnvc.type).toBe('organization')
    expect(cnvc.aliases).toEqual(['CNVC'])
    expect(cnvc.count).toBe(3)
    expect(a.entities).toHaveLength(1)
  })

  it('names public bodies written in lower case', () => {
    const text = "L'armée tchadienne et le ministère de la Pêche ont saisi la commission électorale de Talvenne."
    const a = entitiesOf(text, 'fr')
    expect(summary(a)).toEqual(['organization:armée tchadienne', 'organization:commission électorale de Talvenne', 'organization:ministère de la Pêche'])
    const b = entitiesOf('La commission électorale de Guinée a publié les résultats.', 'fr')
    expect(summary(b)).toEqual(['location:Guinée', 'organization:commission électorale'])
  })

  it('never takes sentence-initial function words, months, weekdays or a title alone for entities', () => {
    const text = 'Comme prévu, rien ne change. Cette semaine, Lundi et Mardi, le Président a parlé. Alors que Janvier approche, Les Ministres se taisent.'
    expect(entitiesOf(text, 'fr').entities).toEqual([])
  })

  it('resolves nationality adjectives to countries and never to locations', () => {
    const a = entitiesOf('Des soldats syriens et des diplomates russes ont parlé avec les Syriens.', 'fr')
    expect(a.entities).toEqual([])
    expect(a.nationalities.map((n) => [n.term, n.country, n.count])).toEqual([
      ['syriens', 'Syrie', 2],
      ['russes', 'Russie', 1],
    ])
  })

  it('reads a body from a cue noun set beside its name between commas', () => {
    const text = "Sa société, Korvath Brelvix, a investi. Ombrelin Pastrevo, une start-up basée à Lyon, a recruté."
    expect(summary(entitiesOf(text, 'fr'))).toEqual(['location:Lyon', 'organization:Korvath Brelvix', 'organization:Ombrelin Pastrevo'])
  })

  it('reads a lower-case body with a chain of adjectives or of remits whole ("commission électorale nationale indépendante", "ministère de l\'économie et des finances")', () => {
    const a = entitiesOf("La commission électorale nationale indépendante a publié les résultats, le parquet national financier enquête et le ministère de l'économie et des finances se tait.", 'fr')
    expect(summary(a)).toEqual(['organization:commission électorale nationale indépendante', "organization:ministère de l'économie et des finances", 'organization:parquet national financier'])
  })

  it('merges the name given after "dit" or "surnommé" into the person named before it', () => {
    const a = entitiesOf('Le commandant Korvath Brelvix, dit Ombrelin, a fui. Ombrelin reste introuvable.', 'fr')
    expect(summary(a)).toEqual(['person:Korvath Brelvix'])
    expect(find(a, 'Korvath Brelvix')!.aliases).toEqual(['Ombrelin'])
  })

  it('reads no role from a title that is the subject of a verb before the name ("le général a rencontré X")', () => {
    const a = entitiesOf('Le général a rencontré Korvath Brelvix, puis le ministre Ombrelin Pastrevo.', 'fr')
    expect(find(a, 'Korvath Brelvix')!.roles).toEqual([])
    expect(find(a, 'Ombrelin Pastrevo')!.roles).toEqual(['ministre'])
  })

  it('merges a country written in two spellings, the standard one and the press one ("Nigéria" and "Nigeria")', () => {
    const a = entitiesOf('Le Nigéria et le Niger discutent ; le Nigeria a proposé un accord, et le Viêt Nam observe le Vietnam.', 'fr')
    expect(summary(a)).toEqual(['location:Niger', 'location:Nigéria', 'location:Viêt Nam'])
    expect(find(a, 'Nigéria')!.aliases).toEqual(['Nigeria'])
  })

  it('knows a region or a country whose compass point is written in lower case, and a known place\'s part named by its compass point', () => {
    const a = entitiesOf("Les investisseurs en Afrique de l'ouest et en Corée du sud fuient les combats au Darfour du Nord.", 'fr')
    expect(summary(a)).toEqual(["location:Afrique de l'ouest", 'location:Corée du sud', 'location:Darfour du Nord'])
  })

  it('knows a place and a demonym whose initial capital lost its accent, as one entity with the accented form', () => {
    const text = "L'Égypte et l'Ethiopie ont signé; l'Egypte accueillera les Ethiopiens."
    const a = entitiesOf(text, 'fr')
    expect(summary(a)).toEqual(['location:Ethiopie', 'location:Égypte'])
    expect(find(a, 'Égypte')!.aliases).toEqual(['Egypte'])
    expect(a.nationalities.map((n) => [n.term, n.country])).toEqual([['Ethiopiens', 'Éthiopie']])
  })

  it('merges a surname into the full name written earlier, with exact offsets', () => {
    const text = 'Rodolphe Marquizet a été réélu. Selon Marquizet, le scrutin fut calme.'
    const a = entitiesOf(text, 'fr')
    const p = find(a, 'Rodolphe Marquizet')!
    expect(p.aliases).toEqual(['Marquizet'])
    expect(p.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Rodolphe Marquizet', 'Marquizet'])
  })

  it('reads a byline: the author is a person and the place after "à" a location', () => {
    const a = entitiesOf('Par Nadège Ourvalin, correspondante à Kirouma\n\nLes pluies ont repris.', 'fr')
    expect(summary(a)).toEqual(['location:Kirouma', 'person:Nadège Ourvalin'])
    expect(find(a, 'Nadège Ourvalin')!.roles).toEqual(['correspondante à Kirouma'])
  })

  it('continues a capitalised body name over its lower-case words', () => {
    const a = entitiesOf("Le Service d'information du gouvernement et le Parti communiste vardellien ont répondu.", 'fr')
    expect(summary(a)).toEqual(["organization:Parti communiste vardellien", "organization:Service d'information du gouvernement"])
  })

  it('keeps chained name particles inside a person, and a capitalised particle after M.', () => {
    const a = entitiesOf('Le ministre Walter van der Brelkamp a reçu M. Van de Osterling.', 'fr')
    expect(summary(a)).toEqual(['person:Van de Osterling', 'person:Walter van der Brelkamp'])
  })

  it('ends a role at the verb "a" and keeps the whole name of the body a role names', () => {
    const a = entitiesOf('Odette Varnesse, la PDG de Brelvix a parlé de la crise.', 'fr')
    expect(find(a, 'Odette Varnesse')!.roles).toEqual(['PDG de Brelvix'])
    const b = entitiesOf('Gavrielle Korvath, présidente du Centre Quorvish de Recherche Ferrinch, a parlé.', 'fr')
    expect(find(b, 'Gavrielle Korvath')!.roles).toEqual(['présidente du Centre Quorvish de Recherche Ferrinch'])
  })

  it('continues a body name over "du" and a country, and takes the acronym after it in another language', () => {
    const a = entitiesOf('La Banque centrale du Tchad (CBTV) a relevé ses taux. La CBTV reste prudente.', 'fr')
    expect(summary(a)).toEqual(['organization:Banque centrale du Tchad'])
    expect(find(a, 'Banque centrale du Tchad')!.aliases).toEqual(['CBTV'])
    expect(find(a, 'Banque centrale du Tchad')!.count).toBe(3)
  })

  it('keeps an English body name whole in a French text', () => {
    const a = entitiesOf("Selon l'International Institute for Quorvish Studies, les stocks baissent.", 'fr')
    expect(summary(a)).toEqual(['organization:International Institute for Quorvish Studies'])
  })

  it('takes an eponym after "syndrome de", "maladie de" or "à la" for no entity', () => {
    const text = "Le syndrome de Vardask et la maladie d'Ombrelin touchent peu de gens ; le syndrome de Vardask reste rare. C'est une combine à la Quorvex, une vraie combine à la Quorvex."
    expect(entitiesOf(text, 'fr').entities).toEqual([])
  })

  it('reads "prendre la place de" and "à la place de" as no square, and "place de la" after a verb as one', () => {
    const a = entitiesOf('Pastrevo Selvarin va prendre la place de Gavrielle Korvath, à la place de Morvalis Drenholt. Ils ont défilé place de la Ruvenza.', 'fr')
    expect(summary(a)).toEqual(['location:place de la Ruvenza', 'person:Gavrielle Korvath', 'person:Morvalis Drenholt', 'person:Pastrevo Selvarin'])
  })

  it('types a name a player signed for as a club', () => {
    const a = entitiesOf('Pastrevo Selvarin a signé pour Brenvale Quessant.', 'fr')
    expect(summary(a)).toEqual(['organization:Brenvale Quessant', 'person:Pastrevo Selvarin'])
  })

  it('splits headlines run together at a capitalised article before a nationality', () => {
    const a = entitiesOf("Un doute sur l'exploit de Morvalis Drenholt Le Kényan Pastrevo Selvarin remporte le marathon.", 'fr')
    expect(summary(a)).toEqual(['person:Morvalis Drenholt', 'person:Pastrevo Selvarin'])
  })

  it('continues a body name over "des" and capitalised words, and over a third complement before its acronym', () => {
    const text = "Le chef de l'Eglise évangélique des Lumières Quorvish a fui. Le Groupe d'études ferrinchien sur l'avenir du climat (GEFAC) a parlé. Le GEFAC publie."
    const a = entitiesOf(text, 'fr')
    expect(summary(a)).toEqual(["organization:Eglise évangélique des Lumières Quorvish", "organization:Groupe d'études ferrinchien sur l'avenir du climat"])
    expect(find(a, "Groupe d'études ferrinchien sur l'avenir du climat")!.aliases).toEqual(['GEFAC'])
  })

  it('keeps "and" inside an English body name in a French text', () => {
    const a = entitiesOf('Selon le Ferrinch Institute for Quorvish and Tropical Medicine, le risque baisse.', 'fr')
    expect(summary(a)).toEqual(['organization:Ferrinch Institute for Quorvish and Tropical Medicine'])
  })

  it('makes no person of capitalised words the text also writes in lower case', () => {
    const a = entitiesOf('Elle a rejoint Vente Directe en mai. La vente directe progresse, selon Pastrevo Selvarin.', 'fr')
    expect(summary(a)).toEqual(['person:Pastrevo Selvarin'])
  })

  it('types a name as a club from a player\'s position before it, even a city\'s name, and takes no lone letter for a name', () => {
    const a = entitiesOf("Le Bénin jouera dans le groupe F. L'attaquant de Tarvisburg a marqué, puis le défenseur de Liverpool.", 'fr')
    expect(summary(a)).toEqual(['location:Bénin', 'organization:Liverpool', 'organization:Tarvisburg'])
  })

  it('lets a body name take a country of several words after "de"', () => {
    const a = entitiesOf("Le Parti démocratique de Côte d'Ivoire proteste, à Abidjan comme ailleurs en Côte d'Ivoire.", 'fr')
    expect(summary(a)).toEqual(["location:Abidjan", "location:Côte d'Ivoire", "organization:Parti démocratique de Côte d'Ivoire"])
  })

  it('splits a run at a word with digits, which no name holds', () => {
    const a = entitiesOf("Le couple l'a appelé Quorvex Æ B-52 Selvarin, selon Pastrevo Selvarin.", 'fr')
    expect(summary(a)).toEqual(['person:Pastrevo Selvarin', 'person:Quorvex Æ'])
    expect(find(a, 'Pastrevo Selvarin')!.aliases).toEqual(['Selvarin'])
  })

  it('spells an acronym with the letters of an acronym inside its expansion, and reads a name followed by a country as a place', () => {
    const a = entitiesOf('Ostrecy Energies UK (OEUK) l\'a dit. Pastrevo Selvarin, de Kelvane Morvalis, Kenya, a couru.', 'fr')
    expect(summary(a)).toEqual(['location:Kelvane Morvalis', 'location:Kenya', 'organization:Ostrecy Energies UK', 'person:Pastrevo Selvarin'])
    expect(find(a, 'Ostrecy Energies UK')!.aliases).toEqual(['OEUK'])
  })

  it('types a name followed by "est une entreprise" as a body, and merges forms that differ by accents', () => {
    const a = entitiesOf("Brelvix Quorvex est une entreprise. Selon Rodolphe Marquizet, puis Rodolphe Marquizét, elle grandit.", 'fr')
    expect(find(a, 'Brelvix Quorvex')!.type).toBe('organization')
    expect(find(a, 'Rodolphe Marquizet')!.aliases).toEqual(['Rodolphe Marquizét'])
  })

  it('types names joined by an ampersand as a firm, and takes no span of months for a place', () => {
    const a = entitiesOf('Au trimestre Octobre-Décembre, les ventes ont baissé selon Brelvix & Quorvex.', 'fr')
    expect(summary(a)).toEqual(['organization:Brelvix & Quorvex'])
  })

  it('types what a title governs as a body and keeps a place closing it inside: "directeur de Ostrecy Kelvane Europe"', () => {
    const a = entitiesOf('Le directeur de Ostrecy Kelvane Europe a parlé. Odette Varnesse, la PDG de Brelvix, a répondu.', 'fr')
    expect(summary(a)).toEqual(['organization:Brelvix', 'organization:Ostrecy Kelvane Europe', 'person:Odette Varnesse'])
  })

  it('lets only French heads go on with French complements: "Brenvale Rangers du club", but "Parti communiste vardellien"', () => {
    const a = entitiesOf('Il entraîne les Brenvale Rangers du club tchadien. Le Parti communiste vardellien applaudit.', 'fr')
    expect(summary(a)).toEqual(['organization:Brenvale Rangers', 'organization:Parti communiste vardellien'])
  })

  it('takes a minister\'s capitalised remit for no body: "ministre de la Transition numérique"', () => {
    const a = entitiesOf('Le ministre de la Transition numérique, Pastrevo Selvarin, a parlé.', 'fr')
    expect(summary(a)).toEqual(['person:Pastrevo Selvarin'])
    expect(find(a, 'Pastrevo Selvarin')!.roles).toEqual(['ministre de la Transition numérique'])
  })

  it('types an acronym by the place it shortens, however often it comes back alone', () => {
    const a = entitiesOf('La finale se joue au Brenmoor Veldrake Stadium (BVS) à Tarvisburg. La demi-finale aura aussi lieu au BVS, et le BVS compte 40 000 places.', 'fr')
    expect(find(a, 'Brenmoor Veldrake Stadium')!.type).toBe('location')
    expect(find(a, 'Brenmoor Veldrake Stadium')!.aliases).toEqual(['BVS'])
  })

  it('types a name after "les" with no first name as a band or a firm', () => {
    const a = entitiesOf('Il a écrit deux tubes pour les Crimson Owls, qui ont tourné avec Amelia Drosk.', 'fr')
    expect(summary(a)).toEqual(['organization:Crimson Owls', 'person:Amelia Drosk'])
  })

  it('makes a company of one name after a nationality used as a noun or after a cue noun and a nationality', () => {
    const a = entitiesOf("La production du champ de Varquenne, exploité par l'australien Ostrevan, a baissé, selon le groupe français Pellicard.", 'fr')
    expect(summary(a)).toEqual(['location:Varquenne', 'organization:Ostrevan', 'organization:Pellicard'])
  })

  it('keeps a person after a lower-case nationality when a first name or a second word comes with the name', () => {
    const a = entitiesOf("Le défenseur a été remplacé par le néerlandais Lirvane Castagnol.", 'fr')
    expect(summary(a)).toEqual(['person:Lirvane Castagnol'])
  })

  it('finds a place after a place noun and its nationality adjective: "la ville soudanaise de X"', () => {
    const a = entitiesOf('Les combats se poursuivent dans la ville soudanaise de Kelmarat.', 'fr')
    expect(summary(a)).toEqual(['location:Kelmarat'])
  })

  it('types the examples of a list by the category named before it: "des entreprises comme X", "des villes telles que X"', () => {
    const a = entitiesOf('Des entreprises comme Brelvix ont protesté, tout comme des villes telles que Quandor.', 'fr')
    expect(summary(a)).toEqual(['location:Quandor', 'organization:Brelvix'])
  })

  it("makes a place of a mayor's town but a body of a deputy's party acronym", () => {
    const a = entitiesOf('Le maire de Kelmarat a reçu un député du GEFAC.', 'fr')
    expect(summary(a)).toEqual(['location:Kelmarat', 'organization:GEFAC'])
  })

  it('takes no event for a name once the words before it are gone: "Depuis la Seconde Guerre mondiale"', () => {
    expect(summary(entitiesOf('Depuis la Seconde Guerre mondiale, la ville a changé.', 'fr'))).toEqual([])
  })

  it('splits a known body written right before a first name and a surname: "à BBC Mundo Sarah Kessiane"', () => {
    const a = entitiesOf("Selon la chercheuse, interrogée par BBC Mundo Sarah Kessiane, l'accord tiendra.", 'fr')
    expect(summary(a)).toEqual(['organization:BBC Mundo', 'person:Sarah Kessiane'])
  })

  it('reads an adjective right after the title as part of the role: "le directeur médical du Brelvix, X"', () => {
    const a = entitiesOf('Le directeur médical du Brelvix, Rodolphe Marquizet, a démissionné.', 'fr')
    expect(find(a, 'Rodolphe Marquizet')!.roles).toEqual(['directeur médical du Brelvix'])
  })

  it('takes no word with digits for a place, whatever the preposition before it: "dans le Web3"', () => {
    const a = entitiesOf('Les jeunes investissent dans le Ourvalin3, puis partent à Kirouma.', 'fr')
    expect(summary(a)).toEqual(['location:Kirouma'])
  })

  it('links an acronym to its expansion when other words follow it in the parentheses: "(FLK, en arabe JTK)"', () => {
    const a = entitiesOf('Le Front de libération du Kirouma (FLK, en arabe JTK) a revendiqué l\'attaque.', 'fr')
    expect(find(a, 'Front de libération du Kirouma')!.aliases).toEqual(['FLK'])
  })

  it('opens a new name at a capitalised article after a known name, and leaves the article out before a body or an acronym', () => {
    const a = entitiesOf("Les règles changent au Mali L'Association des Brelvix proteste, et L'ONU aussi.", 'fr')
    expect(summary(a)).toEqual(['location:Mali', 'organization:Association des Brelvix', 'organization:ONU'])
    const glued = entitiesOf("Lire aussi : le doublé de Rodolphe Marquizet L'Algérie gagne encore", 'fr')
    expect(summary(glued)).toEqual(['location:Algérie', 'person:Rodolphe Marquizet'])
  })

  it('reads "de" after a first name and a surname as "from" a body of several words, but as a particle before one surname', () => {
    const a = entitiesOf('Selon Sarah Kessiane de Brelvix International, les prix montent, a dit Maria Felipa de Ourvalin.', 'fr')
    expect(summary(a)).toEqual(['organization:Brelvix International', 'person:Maria Felipa de Ourvalin', 'person:Sarah Kessiane'])
  })

  it('takes an unknown acronym after a place preposition for a body, and an unknown word for a place', () => {
    const a = entitiesOf('Elle travaille à la KNRW depuis mars, et vit à Kirouma.', 'fr')
    expect(summary(a)).toEqual(['location:Kirouma', 'organization:KNRW'])
  })

  it('takes no function word opening a glued sentence for the name after a lower-case head: "une école Près de"', () => {
    const a = entitiesOf('Attaque contre une école Près de 500 personnes ont fui, selon le maire de Kirouma.', 'fr')
    expect(summary(a)).toEqual(['location:Kirouma'])
  })

  it('gives no role to a name that is the complement of a title: "le porte-parole de M. Ourvalin"', () => {
    const a = entitiesOf('Le porte-parole de M. Ourvalin a démenti, selon Odette Vardelle.', 'fr')
    expect(summary(a)).toEqual(['person:Odette Vardelle', 'person:Ourvalin'])
    expect(find(a, 'Ourvalin')!.roles).toEqual([])
  })

  it('ends a first name and a surname before an article that opens the next phrase: "à Jeanne Ourvalin la Légion d\'honneur"', () => {
    const a = entitiesOf("Le président a remis à Jeanne Ourvalin la Légion d'honneur. Jeanne a remercié le jury.", 'fr')
    expect(a.entities.map((e) => [e.name, e.aliases])).toEqual([['Jeanne Ourvalin', ['Jeanne']]])
  })

  it('leaves the honorific "Maitre", written without its accent, out of the name', () => {
    const a = entitiesOf("L'avocate du collectif, Maitre Odette Ourvalin, a saisi la cour.", 'fr')
    expect(summary(a)).toEqual(['person:Odette Ourvalin'])
  })
})
