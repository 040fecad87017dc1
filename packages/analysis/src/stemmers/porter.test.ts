// The ports must give natural's stems for every input: each test stems a word list with both and
// expects no difference.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import porterFrNatural from 'natural/lib/natural/stemmers/porter_stemmer_fr.js'
import porterEnNatural from 'natural/lib/natural/stemmers/porter_stemmer.js'
import { describe, expect, it } from 'vitest'
import { stemEnglish } from './porter-en'
import { stemFrench } from './porter-fr'

const ports = [
  { lang: 'en', port: stemEnglish, natural: (w: string) => porterEnNatural.stem(w) },
  { lang: 'fr', port: stemFrench, natural: (w: string) => porterFrNatural.stem(w) },
] as const

/** words stemmed differently by the port, as "word: natural / port" */
function differences(words: Iterable<string>, port: (w: string) => string, natural: (w: string) => string): string[] {
  const found: string[] = []
  for (const word of words) {
    const expected = natural(word)
    const actual = port(word)
    if (actual !== expected) found.push(`${JSON.stringify(word)}: ${JSON.stringify(expected)} / ${JSON.stringify(actual)}`)
  }
  return found
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value)
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into)
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.add(key)
      collectStrings(item, into)
    }
  }
}

/** every string of data/**\/*.json as written, lower-cased, and cut into words */
function dataVocabulary(): Set<string> {
  const dataDir = join(import.meta.dirname, '../../data')
  const strings = new Set<string>()
  for (const file of readdirSync(dataDir, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.json')) collectStrings(JSON.parse(readFileSync(join(dataDir, file), 'utf8')), strings)
  }
  const words = new Set<string>()
  for (const text of strings) {
    words.add(text)
    const lower = text.toLowerCase()
    words.add(lower)
    for (const match of lower.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
      words.add(match[0])
      for (const part of match[0].split(/[^\p{L}]+/u)) words.add(part)
    }
  }
  return words
}

// the suffixes both stemmers test for, plus endings that reach their special cases
const ENGLISH_SUFFIXES = [
  'ational', 'tional', 'enci', 'anci', 'izer', 'abli', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism',
  'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness', 'al',
  'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'sion',
  'tion', 'eed', 'ed', 'ing', 'sses', 'ies', 's', 'ss', 'll', 'e', 'y', 'at', 'bl', 'iz', 'ly', 'yed', 'ying',
]
const FRENCH_SUFFIXES = [
  'ance', 'ique', 'isme', 'able', 'iste', 'eux', 'ances', 'iques', 'ismes', 'ables', 'istes', 'icatrice', 'icateur', 'ication',
  'icatrices', 'icateurs', 'ications', 'atrice', 'ateur', 'ation', 'atrices', 'ateurs', 'ations', 'logie', 'logies', 'usion', 'ution',
  'usions', 'utions', 'ence', 'ences', 'issement', 'issements', 'ativement', 'ivement', 'eusement', 'eusements', 'ement', 'ements',
  'ablement', 'iquement', 'ièrement', 'ièrements', 'icité', 'icités', 'abilité', 'abilités', 'ité', 'ités', 'icatif', 'icative',
  'icatifs', 'icatives', 'atif', 'ative', 'atifs', 'atives', 'if', 'ive', 'ifs', 'ives', 'eaux', 'aux', 'euse', 'euses', 'amment',
  'emment', 'ment', 'ments', 'îmes', 'ît', 'îtes', 'i', 'ie', 'ies', 'ir', 'ira', 'irai', 'iraient', 'irais', 'irait', 'iras', 'irent',
  'irez', 'iriez', 'irions', 'irons', 'iront', 'is', 'issaient', 'issais', 'issait', 'issant', 'issante', 'issantes', 'issants', 'isse',
  'issent', 'isses', 'issez', 'issiez', 'issions', 'issons', 'it', 'é', 'ée', 'ées', 'és', 'èrent', 'er', 'era', 'erai', 'eraient',
  'erais', 'erait', 'eras', 'erez', 'eriez', 'erions', 'erons', 'eront', 'ez', 'iez', 'ions', 'âmes', 'ât', 'âtes', 'a', 'ai', 'aient',
  'ais', 'ait', 'ant', 'ante', 'antes', 'ants', 'as', 'asse', 'assent', 'asses', 'assiez', 'assions', 'ion', 'sion', 'tion', 'ier',
  'ière', 'iers', 'ières', 'e', 'es', 'ë', 'guë', 'enn', 'onn', 'ett', 'ell', 'eill', 'ç', 'y', 'ys', 'aye', 'oyé', 'uie', 'qu', 'que',
]
const STEMS = [
  '', 'a', 'b', 'y', 'u', 'i', 'ay', 'by', 'qu', 'gu', 'ou', 'ai', 'oi', 'par', 'col', 'tap', 'aim', 'rel', 'gener', 'cont', 'happ',
  'hop', 'fil', 'tr', 'bai', 'pay', 'crai', 'nat', 'form', 'condit', 'sky', 'syr', 'yeux', 'joy', 'ennu', 'appréc', 'élect', 'prés',
  'fêt', 'gouvern', 'manifest', 'continu', 'bya', 'xyz', 'inquié', 'aéro', 'oubli', 'réuss', 'agr', 'ag', 'fe', 'ro', 'controll', 'pl',
]

function suffixCombinations(): Set<string> {
  const words = new Set<string>()
  const suffixes = [...ENGLISH_SUFFIXES, ...FRENCH_SUFFIXES]
  for (const stem of STEMS) {
    for (const first of suffixes) {
      words.add(stem + first)
      for (const second of ['s', 'es', 'ed', 'ing', 'ment', 'y']) words.add(stem + first + second)
    }
  }
  return words
}

const EDGE_CASES = [
  '', 'a', 'A', 'é', 'É', 'y', 'Y', 'ab', 'AB', 'yy', 'yyy', 'yay', 'you', 'iii', 'uuu', 'aie', 'aies', 'oui', 'ayez', 'yeux', 'quoi',
  'RUNNING', 'Présidentielle', "aujourd'hui", 'aujourd’hui', "l'état", "n't", 'porte-parole', 'États-Unis', 'co-operation', '2024',
  'g7', 'covid-19', 'x2s', 'ed', 'eds', 'ing', 'ings', 'eed', 'eeds', 'ies', 'sses', 'ss', 's', 'ement', 'ment', 'ments', 'ion',
  'undefined', 'tion', 'caresses', 'ponies', 'relational', 'happy', 'hopping', 'hoping', 'agreed', 'feed', 'controll', 'cease',
  'line\nbreak', 'ation\n', '\nation', 'ion\r', 'e\u2028e', 'a b', ' ', '\t', 'İstanbul', 'ΣΟΦΟΣ', 'straße', 'ﬁnal', '\ud83d\ude00',
  'x\ud83d', 'élections', 'ciguë', 'acquérir', 'mangeaient', 'historiquement', 'était', 'créé', 'paresseuse', 'continuellement',
]

describe('Porter stemmer ports', () => {
  for (const { lang, port, natural } of ports) {
    it(`stem every word of the project's data files as natural's ${lang} stemmer does`, () => {
      expect(differences(dataVocabulary(), port, natural)).toEqual([])
    })

    it(`stem systematic suffix combinations as natural's ${lang} stemmer does`, () => {
      const words = suffixCombinations()
      expect(words.size).toBeGreaterThan(10_000)
      expect(differences(words, port, natural)).toEqual([])
    })

    it(`stem edge cases (empty, single letters, upper case, apostrophes, hyphens, digits, line breaks) as natural's ${lang} stemmer does`, () => {
      expect(differences(EDGE_CASES, port, natural)).toEqual([])
    })

    it(`stem arbitrary strings of letters and suffixes as natural's ${lang} stemmer does`, () => {
      const letters = fc.constantFrom(...'aeiouybcdglnqrstwxzéèêëâàîïôûùçIUY-\'\n'.split(''))
      const ending = fc.constantFrom(...ENGLISH_SUFFIXES, ...FRENCH_SUFFIXES)
      const word = fc
        .tuple(fc.array(letters, { maxLength: 8 }), fc.array(ending, { maxLength: 2 }), fc.boolean())
        .map(([start, end, upper]) => {
          const text = start.join('') + end.join('')
          return upper ? text.toUpperCase() : text
        })
      fc.assert(
        fc.property(word, (w) => port(w) === natural(w)),
        { numRuns: 20_000 },
      )
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (w) => port(w) === natural(w)),
        { numRuns: 5_000 },
      )
    })
  }

  it('keep the English stems of the Porter paper and natural quirks', () => {
    expect(['caresses', 'ponies', 'relational', 'happy', 'hopping', 'hoping', 'generalization'].map(stemEnglish)).toEqual([
      'caress', 'poni', 'relat', 'happi', 'hop', 'hope', 'gener',
    ])
    // short words come back as given; a 'y' after a consonant is its own vowel group
    expect(['AB', 'Running', 'eds', 'bya', 'byational'].map(stemEnglish)).toEqual(['AB', 'run', 'ed', 'bya', 'byat'])
  })

  it('keep the French stems and natural quirks', () => {
    expect(['continuellement', 'gouvernements', 'élections', 'Présidentielle', 'mangeaient', 'ciguë', 'créé'].map(stemFrench)).toEqual([
      'continuel', 'gouvern', 'élect', 'présidentiel', 'mang', 'cigu', 'cré',
    ])
    // natural's prelude reads the empty word's missing letter as "undefined"
    expect(['', 'A'].map(stemFrench)).toEqual(['undefined', 'a'])
  })
})
