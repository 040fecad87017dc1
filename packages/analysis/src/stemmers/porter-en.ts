/*
 * English Porter stemmer: an exact port of natural 8.1.1's lib/natural/stemmers/porter_stemmer.js,
 * returning the same stem for every input string, quirks included (see the notes below), without
 * natural's regular expressions and intermediate strings.
 *
 * Original: Copyright (c) 2011, Chris Umbel
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
 * - words shorter than 3 code units come back as given, not lower-cased;
 * - natural's word shape merges consonants into groups but not a vowel group with a 'y' that follows
 *   a consonant ("bya" is C V V), so the measure of a word can be a half;
 * - step 4 and step 5a match with '.', which refuses line terminators;
 * - step 5a reads the first three letters of a three-letter word where it means the three before the
 *   last one (String.prototype.substr(-4, 3));
 * - the suffix lists of steps 2 and 3 are tried in order on the growing result, each one gated on the
 *   original word.
 */

const CODE_A = 97
const CODE_E = 101
const CODE_I = 105
const CODE_O = 111
const CODE_U = 117
const CODE_Y = 121
const CODE_L = 108
const CODE_S = 115
const CODE_Z = 122
const CODE_W = 119
const CODE_X = 120

function isVowelLetter(code: number): boolean {
  return code === CODE_A || code === CODE_E || code === CODE_I || code === CODE_O || code === CODE_U
}

function isVowelOrY(code: number): boolean {
  return isVowelLetter(code) || code === CODE_Y
}

function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029
}

function hasLineTerminator(word: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (isLineTerminator(word.charCodeAt(i))) return true
  return false
}

/** A 'y' right after a consonant (anything but a, e, i, o, u, y) sounds as a vowel. */
function isVowelAt(word: string, index: number): boolean {
  const code = word.charCodeAt(index)
  if (isVowelLetter(code)) return true
  return code === CODE_Y && index > 0 && !isVowelOrY(word.charCodeAt(index - 1))
}

/**
 * Porter's measure of word[0, end): the number of vowel-consonant group pairs, counted as natural counts
 * its group string (length without a leading C and a trailing V, halved), -1 for the empty word.
 */
function measure(word: string, end: number): number {
  if (end <= 0) return -1
  let groups = 0
  let firstIsConsonant = false
  let lastIsVowel = false
  let previousWasVowelLetter = false
  let previousWasConsonant = false
  for (let i = 0; i < end; i++) {
    const code = word.charCodeAt(i)
    if (isVowelLetter(code)) {
      if (!previousWasVowelLetter) {
        groups++
        lastIsVowel = true
      }
      previousWasVowelLetter = true
      previousWasConsonant = false
    } else if (code === CODE_Y && i > 0 && !isVowelOrY(word.charCodeAt(i - 1))) {
      // its own vowel group, never merged with the vowels after it
      groups++
      lastIsVowel = true
      previousWasVowelLetter = false
      previousWasConsonant = false
    } else {
      if (!previousWasConsonant) {
        groups++
        lastIsVowel = false
        if (groups === 1) firstIsConsonant = true
      }
      previousWasVowelLetter = false
      previousWasConsonant = true
    }
  }
  return (groups - (firstIsConsonant ? 1 : 0) - (lastIsVowel ? 1 : 0)) / 2
}

function containsVowel(word: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (isVowelAt(word, i)) return true
  return false
}

/** Whether a vowel group comes before the word's last group. */
function hasVowelGroupBeforeLast(word: string): boolean {
  let vowelGroups = 0
  let lastIsVowel = false
  let previousWasVowelLetter = false
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (isVowelLetter(code)) {
      if (!previousWasVowelLetter) vowelGroups++
      previousWasVowelLetter = true
      lastIsVowel = true
    } else {
      previousWasVowelLetter = false
      if (isVowelAt(word, i)) {
        vowelGroups++
        lastIsVowel = true
      } else {
        lastIsVowel = false
      }
    }
  }
  return vowelGroups - (lastIsVowel ? 1 : 0) > 0
}

/** consonant, vowel, consonant at word[start, start + 3) */
function isCvcAt(word: string, start: number): boolean {
  return !isVowelAt(word, start) && isVowelAt(word, start + 1) && !isVowelAt(word, start + 2)
}

function endsWithDoubleConsonant(word: string): boolean {
  const length = word.length
  if (length < 2) return false
  const last = word.charCodeAt(length - 1)
  return last === word.charCodeAt(length - 2) && !isVowelLetter(last)
}

function step1a(word: string): string {
  const length = word.length
  if (word.endsWith('sses') || word.endsWith('ies')) return word.slice(0, length - 2)
  if (length > 2 && word.charCodeAt(length - 1) === CODE_S && word.charCodeAt(length - 2) !== CODE_S) return word.slice(0, length - 1)
  return word
}

function step1b(word: string): string {
  const length = word.length
  if (word.endsWith('eed')) {
    return measure(word, length - 3) > 0 ? word.slice(0, length - 1) : word
  }
  const suffixLength = word.endsWith('ed') ? 2 : word.endsWith('ing') ? 3 : 0
  if (suffixLength === 0 || suffixLength === length) return word
  if (!containsVowel(word, length - suffixLength)) return word
  const stem = word.slice(0, length - suffixLength)
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return stem + 'e'
  const last = stem.charCodeAt(stem.length - 1)
  if (endsWithDoubleConsonant(stem) && last !== CODE_L && last !== CODE_S && last !== CODE_Z) return stem.slice(0, stem.length - 1)
  if (stem.length >= 3 && measure(stem, stem.length) === 1 && isCvcAt(stem, stem.length - 3) && last !== CODE_W && last !== CODE_X && last !== CODE_Y) {
    return stem + 'e'
  }
  return stem
}

function step1c(word: string): string {
  const length = word.length
  if (length > 0 && word.charCodeAt(length - 1) === CODE_Y && hasVowelGroupBeforeLast(word)) return word.slice(0, length - 1) + 'i'
  return word
}

interface SuffixRule {
  suffix: string
  replacement: string
}

type SuffixRulesByLastLetter = ReadonlyMap<number, readonly SuffixRule[]>

/** Rules grouped by the suffix's last code unit, in list order within a group. */
function rulesByLastLetter(rules: readonly (readonly [string, string])[]): SuffixRulesByLastLetter {
  const byLast = new Map<number, SuffixRule[]>()
  for (const [suffix, replacement] of rules) {
    const last = suffix.charCodeAt(suffix.length - 1)
    let group = byLast.get(last)
    if (!group) byLast.set(last, (group = []))
    group.push({ suffix, replacement })
  }
  return byLast
}

/**
 * natural's attemptReplacePatterns with measure 0: every rule whose suffix ends the original word with a
 * stem of measure > 0 rewrites the result so far, if the result still ends with that suffix.
 */
function replaceSuffixes(word: string, rulesByLast: SuffixRulesByLastLetter): string {
  const length = word.length
  if (length === 0) return word
  const rules = rulesByLast.get(word.charCodeAt(length - 1))
  if (rules === undefined) return word
  let result = word
  for (const { suffix, replacement } of rules) {
    if (!word.endsWith(suffix) || measure(word, length - suffix.length) <= 0) continue
    if (!result.endsWith(suffix)) continue
    const replaced = result.slice(0, result.length - suffix.length) + replacement
    if (replaced !== '') result = replaced
  }
  return result
}

const STEP2_RULES = rulesByLastLetter([
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'],
  ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
])

const STEP3_RULES = rulesByLastLetter([
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
])

/** longest first, so the first one that ends a word is the one natural's lazy prefix finds */
const STEP4_SUFFIXES = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize']
  .sort((a, b) => b.length - a.length)

function step4(word: string): string {
  const length = word.length
  if (hasLineTerminator(word, length)) return word
  for (const suffix of STEP4_SUFFIXES) {
    if (suffix.length < length && word.endsWith(suffix)) {
      // only the longest suffix is tried; failing the measure, natural goes on to -sion/-tion
      if (measure(word, length - suffix.length) > 1) return word.slice(0, length - suffix.length)
      break
    }
  }
  if (length > 4 && (word.endsWith('sion') || word.endsWith('tion')) && measure(word, length - 3) > 1) return word.slice(0, length - 3)
  return word
}

function step5a(word: string): string {
  const length = word.length
  if (length === 0 || word.charCodeAt(length - 1) !== CODE_E) return word
  const m = measure(word, length - 1)
  if (m > 1) return word.slice(0, length - 1)
  if (m !== 1) return word
  // natural's substr(-4, 3) starts at 0 for a three-letter word
  const cvcStart = length >= 4 ? length - 4 : 0
  const endsCvc = length >= 3 && isCvcAt(word, cvcStart)
  const beforeLast = word.charCodeAt(length - 2)
  const notWxyBeforeLast = length >= 2 && beforeLast !== CODE_W && beforeLast !== CODE_X && beforeLast !== CODE_Y && !isLineTerminator(word.charCodeAt(length - 1))
  return endsCvc && notWxyBeforeLast ? word : word.slice(0, length - 1)
}

function step5b(word: string): string {
  const length = word.length
  if (length >= 2 && word.charCodeAt(length - 1) === CODE_L && word.charCodeAt(length - 2) === CODE_L && measure(word, length) > 1) {
    return word.slice(0, length - 1)
  }
  return word
}

/** The same stem as natural's PorterStemmer.stem(word). */
export function stemEnglish(word: string): string {
  if (word.length < 3) return word
  return step5b(step5a(step4(replaceSuffixes(replaceSuffixes(step1c(step1b(step1a(word.toLowerCase()))), STEP2_RULES), STEP3_RULES))))
}

