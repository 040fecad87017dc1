/*
 * French Porter (Snowball) stemmer: an exact port of natural 8.1.1's
 * lib/natural/stemmers/porter_stemmer_fr.js, returning the same stem for every input string, quirks
 * included (see the notes below), with suffix look-ups that neither slice the word nor build region
 * strings.
 *
 * Original: Copyright (c) 2014, Ismaël Héry
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
 * THE SOFTWARE.
 *
 * natural's quirks kept on purpose, since stems must not change:
 * - the empty word is stemmed as "undefined" (natural's prelude reads the missing first letter);
 * - regions are offsets fixed on the prepared word and re-read on the shortened word;
 * - in a three-letter word starting with two vowels, RV starts after the second letter;
 * - only the longest suffix of each list is tried, and a condition failing on it does not fall back
 *   to a shorter one;
 * - in step 1, a word ending in -icatif whose ending is in R2 loses it, then loses two letters more
 *   if what is left still ends in -atif in R2.
 */

const VOWELS = new Uint8Array(256)
for (const vowel of 'aeiouyâàëéêèïîôûù') VOWELS[vowel.charCodeAt(0)] = 1

/** Marked letters (U, I, Y) are consonants, as in natural. */
function isVowelCode(code: number): boolean {
  return code < 256 && VOWELS[code] === 1
}

function isVowelAt(word: string, index: number): boolean {
  return isVowelCode(word.charCodeAt(index))
}

const CODE_Y = 121
const CODE_U = 117
const CODE_I = 105
const CODE_Q = 113
const CODE_S = 115
const CODE_T = 116
const CODE_E = 101
const CODE_G = 103
const CODE_E_ACUTE = 0xe9
const CODE_E_GRAVE = 0xe8
const CODE_MARKED_Y = 89
const CODE_MARKED_U = 85
const CODE_MARKED_I = 73
const CODE_C_CEDILLA = 0xe7
const LETTERS_KEEPING_FINAL_S = new Set(['a', 'i', 'o', 'u', 'è', 's'].map((letter) => letter.charCodeAt(0)))

/**
 * natural's endsinArr on a region: the longest of the suffixes ending the word and starting at or after
 * regionStart, '' if none.
 */
class SuffixList {
  /** by last code unit, longest first */
  private readonly byLastCode: (readonly string[] | undefined)[] = []

  constructor(suffixes: readonly string[]) {
    const sorted = [...suffixes].sort((a, b) => b.length - a.length)
    for (const suffix of sorted) {
      const last = suffix.charCodeAt(suffix.length - 1)
      if (!(last < 256)) throw new Error(`suffix ${suffix} ends outside Latin-1`)
      const group = (this.byLastCode[last] as string[] | undefined) ?? []
      group.push(suffix)
      this.byLastCode[last] = group
    }
  }

  longestIn(word: string, regionStart: number): string {
    const length = word.length
    const last = word.charCodeAt(length - 1)
    if (!(last < 256)) return ''
    const candidates = this.byLastCode[last]
    if (candidates === undefined) return ''
    for (const suffix of candidates) {
      if (length - suffix.length >= regionStart && endsWithSuffix(word, suffix)) return suffix
    }
    return ''
  }
}

/** word.endsWith(suffix) for a suffix known to share the word's last letter, compared from the end, where most candidates differ */
function endsWithSuffix(word: string, suffix: string): boolean {
  const offset = word.length - suffix.length
  for (let i = suffix.length - 2; i >= 0; i--) {
    if (word.charCodeAt(offset + i) !== suffix.charCodeAt(i)) return false
  }
  return true
}

function withoutEnd(word: string, suffix: string): string {
  return word.slice(0, -suffix.length)
}

const R2_DELETED = new SuffixList(['ance', 'iqUe', 'isme', 'able', 'iste', 'eux', 'ances', 'iqUes', 'ismes', 'ables', 'istes'])
const ICATRICE = new SuffixList(['icatrice', 'icateur', 'ication', 'icatrices', 'icateurs', 'ications'])
const ATRICE = new SuffixList(['atrice', 'ateur', 'ation', 'atrices', 'ateurs', 'ations'])
const LOGIE = new SuffixList(['logie', 'logies'])
const USION = new SuffixList(['usion', 'ution', 'usions', 'utions'])
const ENCE = new SuffixList(['ence', 'ences'])
const ISSEMENT = new SuffixList(['issement', 'issements'])
const ATIVEMENT = new SuffixList(['ativement', 'ativements'])
const IVEMENT = new SuffixList(['ivement', 'ivements'])
const EUSEMENT = new SuffixList(['eusement', 'eusements'])
const EMENT = new SuffixList(['ement', 'ements'])
const ABLEMENT = new SuffixList(['ablement', 'ablements', 'iqUement', 'iqUements'])
const IEREMENT = new SuffixList(['ièrement', 'ièrements', 'Ièrement', 'Ièrements'])
const ICITE = new SuffixList(['icité', 'icités'])
const ABILITE = new SuffixList(['abilité', 'abilités'])
const ITE = new SuffixList(['ité', 'ités'])
const ICATIF = new SuffixList(['icatif', 'icative', 'icatifs', 'icatives'])
const ATIF = new SuffixList(['atif', 'ative', 'atifs', 'atives'])
const IF = new SuffixList(['if', 'ive', 'ifs', 'ives'])
const EAUX = new SuffixList(['eaux'])
const AUX = new SuffixList(['aux'])
const EUSE = new SuffixList(['euse', 'euses'])
const AMMENT = new SuffixList(['amment'])
const EMMENT = new SuffixList(['emment'])
const MENT = new SuffixList(['ment', 'ments'])
const VERB_I = new SuffixList([
  'îmes', 'ît', 'îtes', 'i', 'ie', 'Ie', 'ies', 'ir', 'ira', 'irai', 'iraIent', 'irais', 'irait', 'iras', 'irent', 'irez', 'iriez',
  'irions', 'irons', 'iront', 'is', 'issaIent', 'issais', 'issait', 'issant', 'issante', 'issantes', 'issants', 'isse', 'issent',
  'isses', 'issez', 'issiez', 'issions', 'issons', 'it',
])
const VERB_ER = new SuffixList([
  'é', 'ée', 'ées', 'és', 'èrent', 'er', 'era', 'erai', 'eraIent', 'erais', 'erait', 'eras', 'erez', 'eriez', 'erions', 'erons', 'eront',
  'ez', 'iez', 'Iez',
])
const IONS = new SuffixList(['ions'])
const VERB_A = new SuffixList([
  'âmes', 'ât', 'âtes', 'a', 'ai', 'aIent', 'ais', 'ait', 'ant', 'ante', 'antes', 'ants', 'as', 'asse', 'assent', 'asses', 'assiez',
  'assions',
])
const ION = new SuffixList(['ion'])
const IER = new SuffixList(['ier', 'ière', 'Ier', 'Ière'])
const FINAL_E = new SuffixList(['e'])
const FINAL_E_DIAERESIS = new SuffixList(['ë'])
const DOUBLED_ENDING = new SuffixList(['enn', 'onn', 'ett', 'ell', 'eill'])

/** natural's prelude: u and i between vowels, y next to a vowel and u after q are upper-cased into consonants. */
function markConsonants(word: string): string {
  let marked = ''
  let copiedUpTo = 0
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    let isConsonant: boolean
    if (i === 0) {
      isConsonant = code === CODE_Y && isVowelAt(word, 1)
    } else if ((code === CODE_U || code === CODE_I) && isVowelAt(word, i - 1) && isVowelAt(word, i + 1)) {
      isConsonant = true
    } else if (code === CODE_Y) {
      isConsonant = isVowelAt(word, i - 1) || isVowelAt(word, i + 1)
    } else {
      isConsonant = code === CODE_U && word.charCodeAt(i - 1) === CODE_Q
    }
    if (isConsonant) {
      marked += word.slice(copiedUpTo, i) + String.fromCharCode(code - 32)
      copiedUpTo = i + 1
    }
  }
  return copiedUpTo === 0 ? word : marked + word.slice(copiedUpTo)
}

/** start of the region after the first non-vowel following a vowel at or after `from`, or the word's length */
function regionAfterVowelConsonant(word: string, from: number): number {
  const length = word.length
  for (let i = from; i < length - 1; i++) {
    if (isVowelAt(word, i) && !isVowelAt(word, i + 1)) return i + 2
  }
  return length
}

function regionRV(word: string): number {
  const length = word.length
  let rv = length
  if (isVowelAt(word, 0) && isVowelAt(word, 1)) rv = 3
  if (word.startsWith('par') || word.startsWith('col') || word.startsWith('tap')) return 3
  // natural keeps looking while rv equals the length, which a three-letter word's rv = 3 does
  for (let i = 1; i < length - 1 && rv === length; i++) {
    if (isVowelAt(word, i)) rv = i + 1
  }
  return rv
}

/** The same stem as natural's French PorterStemmer.stem(word). */
export function stemFrench(input: string): string {
  const lower = input.toLowerCase()
  let word = lower.length === 0 ? 'undefined' : markConsonants(lower)
  if (word.length === 1) return word

  const r1 = regionAfterVowelConsonant(word, 0)
  const r2 = regionAfterVowelConsonant(word, r1)
  const rv = regionRV(word)

  // Step 1: standard suffixes
  const beforeStep1 = word
  let suffix: string
  let doStep2a = false
  if ((suffix = R2_DELETED.longestIn(word, r2)) !== '') {
    word = withoutEnd(word, suffix)
  } else if ((suffix = ICATRICE.longestIn(word, 0)) !== '') {
    word = ICATRICE.longestIn(word, r2) !== '' ? withoutEnd(word, suffix) : withoutEnd(word, suffix) + 'iqU'
  } else if ((suffix = ATRICE.longestIn(word, r2)) !== '') {
    word = withoutEnd(word, suffix)
  } else if ((suffix = LOGIE.longestIn(word, r2)) !== '') {
    word = withoutEnd(word, suffix) + 'log'
  } else if ((suffix = USION.longestIn(word, r2)) !== '') {
    word = withoutEnd(word, suffix) + 'u'
  } else if ((suffix = ENCE.longestIn(word, r2)) !== '') {
    word = withoutEnd(word, suffix) + 'ent'
  } else if ((suffix = ISSEMENT.longestIn(word, r1)) !== '') {
    if (!isVowelAt(word, word.length - suffix.length - 1)) word = withoutEnd(word, suffix)
  } else if ((suffix = ATIVEMENT.longestIn(word, r2)) !== '') {
    word = withoutEnd(word, suffix)
  } else if ((suffix = IVEMENT.longestIn(word, r2)) !== '') {
    word = withoutEnd(word, suffix)
  } else if (EUSEMENT.longestIn(word, 0) !== '') {
    if ((suffix = EUSEMENT.longestIn(word, r2)) !== '') {
      word = withoutEnd(word, suffix)
    } else if ((suffix = EUSEMENT.longestIn(word, r1)) !== '') {
      word = withoutEnd(word, suffix) + 'eux'
    } else if ((suffix = EMENT.longestIn(word, rv)) !== '') {
      word = withoutEnd(word, suffix)
    }
  } else if ((suffix = ABLEMENT.longestIn(word, r2)) !== '') {
    word = withoutEnd(word, suffix)
  } else if ((suffix = IEREMENT.longestIn(word, rv)) !== '') {
    word = withoutEnd(word, suffix) + 'i'
  } else if ((suffix = EMENT.longestIn(word, rv)) !== '') {
    word = withoutEnd(word, suffix)
  } else if ((suffix = ICITE.longestIn(word, 0)) !== '') {
    word = ICITE.longestIn(word, r2) !== '' ? withoutEnd(word, suffix) : withoutEnd(word, suffix) + 'iqU'
  } else if ((suffix = ABILITE.longestIn(word, 0)) !== '') {
    word = ABILITE.longestIn(word, r2) !== '' ? withoutEnd(word, suffix) : withoutEnd(word, suffix) + 'abl'
  } else if ((suffix = ITE.longestIn(word, r2)) !== '') {
    word = withoutEnd(word, suffix)
  } else if (ICATIF.longestIn(word, 0) !== '') {
    if ((suffix = ICATIF.longestIn(word, r2)) !== '') word = withoutEnd(word, suffix)
    if ((suffix = ATIF.longestIn(word, r2)) !== '') word = word.slice(0, -suffix.length - 2) + 'iqU'
  } else if ((suffix = ATIF.longestIn(word, r2)) !== '') {
    word = withoutEnd(word, suffix)
  } else if ((suffix = IF.longestIn(word, r2)) !== '') {
    word = withoutEnd(word, suffix)
  } else if ((suffix = EAUX.longestIn(word, 0)) !== '') {
    word = withoutEnd(word, suffix) + 'eau'
  } else if ((suffix = AUX.longestIn(word, r1)) !== '') {
    word = withoutEnd(word, suffix) + 'al'
  } else if ((suffix = EUSE.longestIn(word, r2)) !== '') {
    word = withoutEnd(word, suffix)
  } else if ((suffix = EUSE.longestIn(word, r1)) !== '') {
    word = withoutEnd(word, suffix) + 'eux'
  } else if ((suffix = AMMENT.longestIn(word, rv)) !== '') {
    word = withoutEnd(word, suffix) + 'ant'
    doStep2a = true
  } else if ((suffix = EMMENT.longestIn(word, rv)) !== '') {
    word = withoutEnd(word, suffix) + 'ent'
    doStep2a = true
  } else if ((suffix = MENT.longestIn(word, rv)) !== '') {
    // the letter before must be a vowel inside RV
    const before = word.length - suffix.length - 1
    if (before >= rv && isVowelAt(word, before)) {
      word = withoutEnd(word, suffix)
      doStep2a = true
    }
  }

  // Step 2a: verb suffixes beginning with i
  const beforeStep2a = word
  let step2aDone = false
  if (beforeStep1 === word || doStep2a) {
    step2aDone = true
    if ((suffix = VERB_I.longestIn(word, rv)) !== '') {
      const before = word.length - suffix.length - 1
      if (before >= rv && !isVowelAt(word, before)) word = withoutEnd(word, suffix)
    }
  }

  // Step 2b: other verb suffixes
  if (step2aDone && word === beforeStep2a) {
    if ((suffix = VERB_ER.longestIn(word, rv)) !== '') {
      word = withoutEnd(word, suffix)
    } else if (IONS.longestIn(word, rv) !== '' && IONS.longestIn(word, r2) !== '') {
      word = withoutEnd(word, 'ions')
    } else if ((suffix = VERB_A.longestIn(word, rv)) !== '') {
      // an e before the suffix goes too if it is in RV
      const before = word.length - suffix.length - 1
      word = before >= rv && word.charCodeAt(before) === CODE_E ? word.slice(0, before) : withoutEnd(word, suffix)
    }
  }

  if (word !== beforeStep1) {
    // Step 3
    const last = word.charCodeAt(word.length - 1)
    if (last === CODE_MARKED_Y || last === CODE_C_CEDILLA) word = word.slice(0, -1) + (last === CODE_MARKED_Y ? 'i' : 'c')
  } else {
    // Step 4: residual suffixes
    const length = word.length
    if (word.charCodeAt(length - 1) === CODE_S && !LETTERS_KEEPING_FINAL_S.has(word.charCodeAt(length - 2))) word = word.slice(0, -1)
    if (ION.longestIn(word, r2) !== '') {
      const before = word.charCodeAt(word.length - 4)
      if (before === CODE_S || before === CODE_T) word = word.slice(0, -3)
    }
    if ((suffix = IER.longestIn(word, rv)) !== '') word = withoutEnd(word, suffix) + 'i'
    if (FINAL_E.longestIn(word, rv) !== '') word = word.slice(0, -1)
    if (FINAL_E_DIAERESIS.longestIn(word, rv) !== '') {
      const length = word.length
      if (length >= 3 && word.charCodeAt(length - 3) === CODE_G && word.charCodeAt(length - 2) === CODE_U) word = word.slice(0, -1)
    }
  }

  // Step 5: undouble
  if (DOUBLED_ENDING.longestIn(word, 0) !== '') word = word.slice(0, -1)

  // Step 6: un-accent an é or è followed only by non-vowels
  const length = word.length
  for (let i = length - 1; i > 0; i--) {
    const code = word.charCodeAt(i)
    if (!isVowelCode(code)) continue
    if (i !== length - 1 && (code === CODE_E_ACUTE || code === CODE_E_GRAVE)) word = word.slice(0, i) + 'e' + word.slice(i + 1)
    break
  }

  return unmarked(word)
}

/**
 * natural's final toLowerCase: the word was lower-cased before marking, so only the marks U, I, Y can
 * still change (lower-casing a lower-case string changes nothing).
 */
function unmarked(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code === CODE_MARKED_U || code === CODE_MARKED_I || code === CODE_MARKED_Y) return word.toLowerCase()
  }
  return word
}
