/**
 * The entity knowledge of one language, indexed once for fast lookups: gazetteers (countries from
 * i18n-iso-countries, the project's places, organizations and media), first names, title and role
 * cues, nationality adjectives. Everything is keyed by lower-cased token forms so the extractor
 * makes one pass over the tokens and never runs a regex per gazetteer entry.
 */
import countriesFr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' }
import countriesEn from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import cuesFr from '../../data/fr/entities/cues.json' with { type: 'json' }
import cuesEn from '../../data/en/entities/cues.json' with { type: 'json' }
import placesFr from '../../data/fr/entities/places.json' with { type: 'json' }
import placesEn from '../../data/en/entities/places.json' with { type: 'json' }
import orgsFr from '../../data/fr/entities/organizations.json' with { type: 'json' }
import orgsEn from '../../data/en/entities/organizations.json' with { type: 'json' }
import namesFr from '../../data/fr/entities/first-names.json' with { type: 'json' }
import namesEn from '../../data/en/entities/first-names.json' with { type: 'json' }
import natFr from '../../data/fr/entities/nationalities.json' with { type: 'json' }
import natEn from '../../data/en/entities/nationalities.json' with { type: 'json' }
import commonEn from '../../data/en/entities/common-words.json' with { type: 'json' }
import type { EntityType } from '../types'
import { fold } from '../normalise'
import { PhraseSet, phraseTokens } from './phrases'
import { commonWordTable, type WordTable, wordTable } from './words'

export type EntityLang = 'fr' | 'en'

export interface GazetteerEntry {
  type: EntityType
  /** entries of one group name the same thing ("ONU", "Nations unies"): they merge in a document */
  group: string
  /** the form as the data writes it */
  form: string
  /** the form without its spaces, as the tokens of an exact-case match join */
  joinedForm: string
  /** an all-capitals form (acronym) only matches text written exactly so: "UN" never matches "un" */
  exactCase: boolean
  /** a form written with a capital only matches text that starts with one */
  capitalised: boolean
  /** which words of the form are capitalised: "Le Monde" needs both, "Nations unies" only the first */
  capitalWords: boolean[]
  /** countries and regions can close a body's name ("BBC Scotland"); cities and seats of power do not ("SNP Westminster") */
  wide: boolean
}

export interface LowercaseBodyRules {
  heads: PhraseSet
  adjectives: ReadonlySet<string>
  /** English heads that only name a body with a nationality or portfolio before them */
  needsNationality: ReadonlySet<string>
  /** what may follow a head and its adjective: "fédération nigériane de football" */
  complements: PhraseSet
  /** heads named by "de" + a capitalised complement ("ministère de la Défense"); for the others ("gendarmerie d'Inata") that names a place */
  headsTakingComplement: ReadonlySet<string>
}

export interface EntityLexicon {
  lang: EntityLang
  gazetteer: PhraseSet<GazetteerEntry>
  firstNames: ReadonlySet<string>
  /** places that are also first names ("Victoria", "Jordan"): before one unknown word, a person's name */
  placesAlsoFirstNames: ReadonlySet<string>
  /** everyday words of the language that are not given names ("best", "climate", "air"): a run opening on one is no person's name by default */
  commonWords: ReadonlySet<string>
  functionWords: ReadonlySet<string>
  months: ReadonlySet<string>
  weekdays: ReadonlySet<string>
  titles: PhraseSet
  honorifics: ReadonlySet<string>
  roleModifiers: ReadonlySet<string>
  rolePrepositions: PhraseSet
  portfolios: PhraseSet
  orgHeads: ReadonlySet<string>
  /** the language's own organization heads: only they go on with its grammar ("Parti communiste", not "Enugu Rangers du club") */
  ownOrgHeads: ReadonlySet<string>
  locationHeads: ReadonlySet<string>
  locationPrepositions: PhraseSet
  /** prepositions that lead to places less often ("to", "from", "vers") */
  weakLocationPrepositions: PhraseSet
  /** heads of events, laws and works ("Championship", "Cup", "Act"): such runs are not persons */
  eventHeads: ReadonlySet<string>
  /** first words of place names: "San", "Port", "Saint", "Lake" */
  locationPrefixes: ReadonlySet<string>
  speechVerbs: PhraseSet
  sourcePrepositions: PhraseSet
  nameParticles: ReadonlySet<string>
  connectorsNeedingFirstName: ReadonlySet<string>
  orgConnectors: PhraseSet
  orgCueNouns: PhraseSet
  /** a player's or coach's position around a name makes it a club, even one named after its city:
   * "l'attaquant de Liverpool" (before), "Liverpool striker" (after) */
  clubCuesBefore: PhraseSet
  clubCuesAfter: ReadonlySet<string>
  /** "Amsterdam-based X", "Nasdaq-listed X": a name after a hyphenated adjective with one of these endings is a company */
  companyAdjectiveSuffixes: ReadonlySet<string>
  locationCueNouns: PhraseSet
  /** words that open a list of examples: "such as", "including", "comme", "tels que" */
  listIntroducers: ReadonlySet<string>
  /** what introduces another name of the same entity: "known as", "dit", "alias" */
  nicknameMarkers: PhraseSet
  /** compass points that name a part of a place after "du" ("Darfour du Nord") */
  compassPoints: ReadonlySet<string>
  /** plural nouns naming what a list of examples holds: "firms such as X", "des villes comme X" */
  listCategories: ReadonlyMap<string, EntityType>
  /** French lower-case heads written before a name: "stade Alassane-Ouattara", "fondation Rosa Luxemburg" */
  namedPlaceHeads: ReadonlyMap<string, EntityType>
  /** phrases ending on such a head that make it a common noun: "prendre la place de X", "à la place de X" */
  namedHeadBlockers: PhraseSet
  lowercaseBodies: LowercaseBodyRules
  nonEntities: ReadonlySet<string>
  /** words that are no entity on their own but start names ("North" / "North Korea") */
  notAlone: ReadonlySet<string>
  /** first words of a byline or credit line ("By", "Par"): such a line is no headline */
  bylineMarkers: ReadonlySet<string>
  /** lower-case heads that close a capitalised name in English: "Conservative party" */
  trailingLowercaseHeads: ReadonlySet<string>
  /** lower-case words after a name that make it a body's ("Deutsche Boerse investors") */
  orgFollowers: ReadonlySet<string>
  /** lower-case words after a capitalised run that make it a scheme or an event ("Warm Home Discount scheme") */
  nonNameFollowers: ReadonlySet<string>
  /** "Norway-based", "Saudi-led": a capitalised word with one of these after a hyphen is an adjective */
  nameAdjectiveSuffixes: ReadonlySet<string>
  /** function words stripped from a name's edge anywhere; the others only at a sentence start ("Grande Mosquée") */
  alwaysStripped: ReadonlySet<string>
  /** French adjective endings that continue a body's name after its head ("Parti communiste") */
  adjectiveEndings: readonly string[]
  /** lower-case heads whose complement or possessor is an eponym, no entity: "syndrome d'Asperger", "combine à la Ponzi", "Asperger's syndrome" */
  eponymHeads: ReadonlySet<string>
  /** nationality adjective or demonym (lower case) -> its country, named in the language */
  nationalities: ReadonlyMap<string, string>
  /** demonyms of several words ("north korean", "sri lankan") -> their country */
  nationalityPhrases: PhraseSet<string>
  /** English demonyms are capitalised; French adjectives are not */
  nationalitiesNeedCapital: boolean
  /** the function words of the other language: names mix languages ("The Intelligence Trap" in a French text) */
  otherFunctionWords: ReadonlySet<string>
  /** conjunctions and adverbs that open a sentence and never sit inside a name ("Lorsque", "However") */
  sentenceOpeners: ReadonlySet<string>
  /** titles whose possessive opens a place's or a body's name ("King's Lynn", "Bishop's Stortford", "Queen's University") */
  possessiveNameOwners: ReadonlySet<string>
  /** what opens a noun phrase set beside a name between commas: "his firm, X,", "X, a firm based in Leeds" */
  appositionDeterminers: ReadonlySet<string>
  /** cue nouns that also name people's trades ("a software developer", "his rival"): no body's cue in an apposition */
  orgCueNounsNamingPersonsToo: ReadonlySet<string>
  /** every phrase set above, each with its own flag (see words.ts) */
  phraseSets: readonly PhraseSet<unknown>[]
  /** what the lists above say of each form they hold (words.ts) */
  words: WordTable
  /** commonWords, in a table of their own for the view's one look-up per form (words.ts) */
  commonWordTable: WordTable
}

interface CuesData {
  functionWords: string[]
  sentenceOpeners: string[]
  possessiveNameOwners?: string[]
  months: string[]
  weekdays: string[]
  titles: string[]
  honorifics: string[]
  roleModifiers: string[]
  rolePrepositions: string[]
  portfolios: string[]
  orgHeads: string[]
  locationHeads: string[]
  locationPrepositions: string[]
  weakLocationPrepositions?: string[]
  eventHeads?: string[]
  locationPrefixes?: string[]
  speechVerbs: string[]
  sourcePrepositions: string[]
  nameParticles: string[]
  nameConnectorsNeedingFirstName: string[]
  orgConnectors: string[]
  orgCueNouns?: string[]
  appositionDeterminers?: string[]
  orgCueNounsNamingPersonsToo?: string[]
  clubCuesBefore?: string[]
  clubCuesAfter?: string[]
  companyAdjectiveSuffixes?: string[]
  locationCueNouns?: string[]
  listIntroducers?: string[]
  nicknameMarkers?: string[]
  listCategoryNouns?: { organization: string[]; location: string[]; person: string[] }
  lowercaseBodies: { heads: string[]; adjectives: string[]; needsNationality?: string[]; complements?: string[]; headsTakingComplement?: string[] }
  namedPlaceHeads?: { organization: string[]; location: string[] }
  namedHeadBlockers?: string[]
  nonEntities: string[]
  notAlone?: string[]
  bylineMarkers?: string[]
  trailingLowercaseHeads?: string[]
  orgFollowers?: string[]
  nonNameFollowers?: string[]
  nameAdjectiveSuffixes?: string[]
  alwaysStripped?: string[]
  adjectiveEndings?: string[]
  eponymHeads?: string[]
}

interface PlacesData {
  cities: string[]
  regions: string[]
  countries: string[]
  seatsOfPower: string[]
  /** compass points a place's name may write in lower case ("Afrique de l'ouest") */
  compassPoints?: string[]
}

const SOURCES: Record<EntityLang, { cues: CuesData; places: PlacesData; orgs: { organizations: string[][] }; countries: Record<string, string | string[]>; nationalities: Record<string, string> }> = {
  fr: { cues: cuesFr, places: placesFr, orgs: orgsFr, countries: countriesFr.countries, nationalities: natFr.adjectives },
  en: { cues: cuesEn, places: placesEn, orgs: orgsEn, countries: countriesEn.countries, nationalities: natEn.adjectives },
}

function lowerSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()))
}

function isAllCaps(form: string): boolean {
  return /\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form)
}

const ACCENTED_CAPITAL = /[À-ÖØ-Þ]/g

function buildGazetteer(lang: EntityLang): PhraseSet<GazetteerEntry> {
  const src = SOURCES[lang]
  const compassPoints = lowerSet(src.places.compassPoints ?? [])
  const gaz = new PhraseSet<GazetteerEntry>()
  const add = (form: string, type: EntityType, group: string, wide = false): void => {
    const tokens = phraseTokens(form)
    if (tokens.length === 0) return
    const entry: GazetteerEntry = {
      type,
      group,
      form,
      joinedForm: form.replace(/\s+/g, ''),
      exactCase: isAllCaps(form) && form.replace(/[^\p{L}]/gu, '').length <= 6,
      capitalised: /^\p{Lu}/u.test(form),
      wide,
      capitalWords: form.split(/\s+/).flatMap((w, wordIndex) => {
        const parts = phraseTokens(w)
        return parts.map((p, i) => /^\p{Lu}/u.test(i === 0 ? w : w.slice(w.length - p.length)) && !(wordIndex > 0 && type === 'location' && compassPoints.has(p.toLowerCase())))
      }),
    }
    // a form already known keeps its first meaning (countries before cities before organizations),
    // and matches with the lighter capitalisation of the two ("Arabie Saoudite" / "Arabie saoudite")
    const known = gaz.valueOf(tokens)
    if (known && (!entry.exactCase || known.form === form)) {
      known.capitalWords = known.capitalWords.map((c, i) => c && (entry.capitalWords[i] ?? false))
    } else gaz.add(tokens, entry)
    // "Nations-unies" for "Nations unies", "Moyen Orient" for "Moyen-Orient"
    const variant = tokens.length > 1 && tokens.every((t) => !t.endsWith("'")) ? [tokens.join('-')] : tokens.length === 1 && tokens[0]!.includes('-') ? tokens[0]!.split('-') : null
    if (variant && !gaz.hasExact(variant)) gaz.add(variant, { ...entry, capitalWords: variant.map((_t, i) => i === 0 && entry.capitalised) })
    // capitals often lose their accents in print ("Egypte", "Etats-Unis", "Iles Cook"): the same place
    const plainCapitals = form.replace(ACCENTED_CAPITAL, (c) => c.normalize('NFD').charAt(0))
    if (plainCapitals !== form) add(plainCapitals, type, group, wide)
  }
  // a country the project lists in another spelling ("Nigeria" beside "Nigéria", "Vietnam" beside "Viêt Nam") is the same country
  const spelling = (name: string): string => fold(name).replace(/[\s-]/g, '')
  const countryGroups = new Map<string, string>()
  for (const [code, names] of Object.entries(src.countries)) {
    for (const name of Array.isArray(names) ? names : [names]) {
      add(name, 'location', `country:${code}`, true)
      countryGroups.set(spelling(name), `country:${code}`)
    }
  }
  for (const name of src.places.countries) add(name, 'location', countryGroups.get(spelling(name)) ?? `place:${name.toLowerCase()}`, true)
  for (const name of src.places.cities) add(name, 'location', `place:${name.toLowerCase()}`)
  for (const name of src.places.regions) add(name, 'location', `place:${name.toLowerCase()}`, true)
  for (const name of src.places.seatsOfPower) add(name, 'location', `place:${name.toLowerCase()}`)
  src.orgs.organizations.forEach((forms, i) => {
    for (const form of forms) add(form, 'organization', `org:${lang}:${i}`)
  })
  return gaz
}

/** demonyms by lower-cased form, also without the accent of an initial capital ("les Egyptiens") */
function nationalityMap(nationalities: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>()
  for (const [demonym, country] of Object.entries(nationalities)) map.set(demonym.toLowerCase(), country)
  for (const [demonym, country] of Object.entries(nationalities)) {
    const lower = demonym.toLowerCase()
    const plainInitial = lower.charAt(0).normalize('NFD').charAt(0) + lower.slice(1)
    if (!map.has(plainInitial)) map.set(plainInitial, country)
  }
  return map
}

function nationalityPhrases(nationalities: Record<string, string>): PhraseSet<string> {
  const set = new PhraseSet<string>()
  for (const [demonym, country] of Object.entries(nationalities)) {
    const tokens = phraseTokens(demonym)
    if (tokens.length > 1) set.add(tokens, country)
  }
  return set
}

function listCategories(data: CuesData['listCategoryNouns']): Map<string, EntityType> {
  const map = new Map<string, EntityType>()
  if (!data) return map
  for (const type of ['organization', 'location', 'person'] as const) for (const noun of data[type]) map.set(noun.toLowerCase(), type)
  return map
}

function namedHeads(data: { organization: string[]; location: string[] } | undefined): Map<string, EntityType> {
  const map = new Map<string, EntityType>()
  for (const w of data?.organization ?? []) map.set(w, 'organization')
  for (const w of data?.location ?? []) map.set(w, 'location')
  return map
}

function build(lang: EntityLang): EntityLexicon {
  const { cues, nationalities } = SOURCES[lang]
  const other = SOURCES[lang === 'fr' ? 'en' : 'fr'].cues
  // names cross languages: "Carbon Market Watch" in a French article, "Banque mondiale" in an English one
  const firstNames = new Set<string>()
  // first names are not language-specific: a French article names Americans and the reverse
  for (const list of [namesFr.firstNames, namesEn.firstNames]) for (const n of list) firstNames.add(n.toLowerCase())
  const lists: Omit<EntityLexicon, 'phraseSets' | 'words' | 'commonWordTable'> = {
    lang,
    gazetteer: buildGazetteer(lang),
    firstNames,
    placesAlsoFirstNames: lowerSet(namesEn.alsoPlaces),
    // English words in either language: a French article names English prizes, firms and programmes too ("Red Canary", "Global Justice Now")
    commonWords: new Set(commonEn.commonWords),
    functionWords: lowerSet(cues.functionWords),
    months: lowerSet(cues.months),
    weekdays: lowerSet(cues.weekdays),
    titles: PhraseSet.of(cues.titles),
    honorifics: lowerSet(cues.honorifics),
    roleModifiers: lowerSet(cues.roleModifiers),
    rolePrepositions: PhraseSet.of(cues.rolePrepositions),
    portfolios: PhraseSet.of(cues.portfolios),
    orgHeads: lowerSet([...cues.orgHeads, ...other.orgHeads]),
    ownOrgHeads: lowerSet(cues.orgHeads),
    locationHeads: lowerSet([...cues.locationHeads, ...other.locationHeads]),
    locationPrepositions: PhraseSet.of(cues.locationPrepositions),
    weakLocationPrepositions: PhraseSet.of(cues.weakLocationPrepositions ?? []),
    eventHeads: lowerSet(cues.eventHeads ?? []),
    locationPrefixes: lowerSet(cues.locationPrefixes ?? []),
    speechVerbs: PhraseSet.of(cues.speechVerbs),
    sourcePrepositions: PhraseSet.of(cues.sourcePrepositions),
    nameParticles: lowerSet(cues.nameParticles),
    connectorsNeedingFirstName: lowerSet(cues.nameConnectorsNeedingFirstName),
    orgConnectors: PhraseSet.of(cues.orgConnectors),
    orgCueNouns: PhraseSet.of(cues.orgCueNouns ?? []),
    clubCuesBefore: PhraseSet.of(cues.clubCuesBefore ?? []),
    clubCuesAfter: lowerSet(cues.clubCuesAfter ?? []),
    companyAdjectiveSuffixes: lowerSet(cues.companyAdjectiveSuffixes ?? []),
    locationCueNouns: PhraseSet.of(cues.locationCueNouns ?? []),
    listIntroducers: lowerSet(cues.listIntroducers ?? []),
    nicknameMarkers: PhraseSet.of(cues.nicknameMarkers ?? []),
    compassPoints: lowerSet(SOURCES[lang].places.compassPoints ?? []),
    listCategories: listCategories(cues.listCategoryNouns),
    namedPlaceHeads: namedHeads(cues.namedPlaceHeads),
    namedHeadBlockers: PhraseSet.of(cues.namedHeadBlockers ?? []),
    lowercaseBodies: {
      heads: PhraseSet.of(cues.lowercaseBodies.heads),
      adjectives: lowerSet(cues.lowercaseBodies.adjectives),
      needsNationality: lowerSet(cues.lowercaseBodies.needsNationality ?? []),
      complements: PhraseSet.of(cues.lowercaseBodies.complements ?? []),
      headsTakingComplement: lowerSet(cues.lowercaseBodies.headsTakingComplement ?? []),
    },
    nonEntities: lowerSet(cues.nonEntities),
    notAlone: lowerSet(cues.notAlone ?? []),
    bylineMarkers: lowerSet(cues.bylineMarkers ?? []),
    trailingLowercaseHeads: lowerSet(cues.trailingLowercaseHeads ?? []),
    orgFollowers: lowerSet(cues.orgFollowers ?? []),
    nonNameFollowers: lowerSet(cues.nonNameFollowers ?? []),
    nameAdjectiveSuffixes: lowerSet(cues.nameAdjectiveSuffixes ?? []),
    alwaysStripped: lowerSet(cues.alwaysStripped ?? []),
    adjectiveEndings: cues.adjectiveEndings ?? [],
    eponymHeads: lowerSet(cues.eponymHeads ?? []),
    nationalities: nationalityMap(nationalities),
    nationalityPhrases: nationalityPhrases(nationalities),
    nationalitiesNeedCapital: lang === 'en',
    otherFunctionWords: lowerSet(other.functionWords),
    sentenceOpeners: lowerSet(cues.sentenceOpeners),
    possessiveNameOwners: lowerSet(cues.possessiveNameOwners ?? []),
    appositionDeterminers: lowerSet(cues.appositionDeterminers ?? []),
    orgCueNounsNamingPersonsToo: lowerSet(cues.orgCueNounsNamingPersonsToo ?? []),
  }
  const l = lists
  const phraseSets: PhraseSet<unknown>[] = [l.gazetteer, l.titles, l.rolePrepositions, l.portfolios, l.locationPrepositions, l.weakLocationPrepositions, l.speechVerbs, l.sourcePrepositions, l.orgConnectors, l.orgCueNouns, l.locationCueNouns, l.lowercaseBodies.heads, l.lowercaseBodies.complements, l.clubCuesBefore, l.namedHeadBlockers, l.nationalityPhrases, l.nicknameMarkers]
  phraseSets.forEach((set, i) => {
    set.flag = 1 << i
  })
  const lexicon = { ...lists, phraseSets }
  return { ...lexicon, words: wordTable(lexicon), commonWordTable: commonWordTable(lexicon.commonWords) }
}

const cache = new Map<EntityLang, EntityLexicon>()

/** The lexicon of a language, built on first use. */
export function entityLexicon(lang: EntityLang): EntityLexicon {
  let lex = cache.get(lang)
  if (!lex) {
    lex = build(lang)
    cache.set(lang, lex)
  }
  return lex
}

/** Every data file that shapes entity results, for the analysis version hash. */
export const entityData: readonly unknown[] = [cuesFr, cuesEn, placesFr, placesEn, orgsFr, orgsEn, namesFr, namesEn, natFr, natEn, commonEn, countriesFr, countriesEn]
