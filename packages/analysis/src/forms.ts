/**
 * Word forms shared across documents: one object per distinct token text, holding its
 * normalised text and what later stages derive from it per language (term key, sentiment
 * weight). News vocabulary repeats from article to article, so a corpus pays for stemming and
 * lexicon look-ups once per form, not once per document. The table is bounded: when full it
 * starts afresh. Each document numbers its forms (types) from 0 using a per-document stamp.
 */
import type { FormThemes } from './themes'
import type { Lang } from './types'

export interface FormInfo {
  /** term key (stem), or null when the form is not a content word */
  key: string | null
  /** sentiment weight, NaN until looked up */
  weight: number
  /** theme-matching key: the term key, or "=" and the form for a function word */
  match: string | undefined
  /** what the last taxonomy used says of this form (looked up once per form, not per token) */
  themes: FormThemes | undefined
}

export interface WordForm {
  text: string
  norm: string
  /** stamp of the last document that numbered this form, and the number it gave */
  stamp: number
  id: number
  // one slot per language, always present, so every form has the same shape (fast property access)
  fr: FormInfo | undefined
  en: FormInfo | undefined
  und: FormInfo | undefined
}

const MAX_FORMS = 200_000
const IGNORABLES = /[\u00ad\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff]/g
let currentStamp = 0

/**
 * The shared table: open addressing keyed by the characters of the slice as written, so a known
 * form is found by hashing the text in place, without cutting a string out of it (most tokens of
 * an article are forms seen before).
 */
class FormTable {
  private size = 0
  private keys: (string | undefined)[]
  private hashes: Int32Array
  private forms: (WordForm | undefined)[]

  constructor(private capacity: number) {
    this.keys = new Array<string | undefined>(capacity)
    this.hashes = new Int32Array(capacity)
    this.forms = new Array<WordForm | undefined>(capacity)
  }

  /** The form for s[start, end); `make` builds it from the slice when the table lacks it. */
  get(s: string, start: number, end: number, make: (slice: string) => WordForm): WordForm {
    const hash = hashRange(s, start, end)
    const length = end - start
    const mask = this.capacity - 1
    let slot = hash & mask
    for (;;) {
      const key = this.keys[slot]
      if (key === undefined) break
      if (this.hashes[slot] === hash && key.length === length && sameChars(key, s, start)) return this.forms[slot]!
      slot = (slot + 1) & mask
    }
    const form = make(s.slice(start, end))
    if (this.size >= MAX_FORMS) {
      // bounded: a stream of new forms starts afresh rather than growing without end
      this.clear()
      return this.get(s, start, end, () => form)
    }
    this.keys[slot] = detach(s.slice(start, end))
    this.hashes[slot] = hash
    this.forms[slot] = form
    if (++this.size * 2 > this.capacity) this.resize(this.capacity * 2)
    return form
  }

  clear(): void {
    this.size = 0
    this.resize(INITIAL_CAPACITY, true)
  }

  private resize(capacity: number, empty = false): void {
    const { keys, hashes, forms } = this
    this.capacity = capacity
    this.keys = new Array<string | undefined>(capacity)
    this.hashes = new Int32Array(capacity)
    this.forms = new Array<WordForm | undefined>(capacity)
    if (empty) return
    const mask = capacity - 1
    for (let o = 0; o < keys.length; o++) {
      if (keys[o] === undefined) continue
      let slot = hashes[o]! & mask
      while (this.keys[slot] !== undefined) slot = (slot + 1) & mask
      this.keys[slot] = keys[o]
      this.hashes[slot] = hashes[o]!
      this.forms[slot] = forms[o]
    }
  }
}

/** FNV-1a over s[start, end). */
function hashRange(s: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let c = start; c < end; c++) hash = Math.imul(hash ^ s.charCodeAt(c), 0x01000193)
  return hash
}

function sameChars(key: string, s: string, start: number): boolean {
  for (let c = 0; c < key.length; c++) if (key.charCodeAt(c) !== s.charCodeAt(start + c)) return false
  return true
}

const INITIAL_CAPACITY = 1 << 12
const table = new FormTable(INITIAL_CAPACITY)

/**
 * A copy of a slice that does not point into the text it was cut from: V8 keeps longer slices
 * as views of their parent, and a view kept in the shared table would keep a whole article alive.
 */
function detach(slice: string): string {
  return slice.length < 13 ? slice : (slice + ' ').slice(0, -1)
}

export function newDocumentStamp(): number {
  return ++currentStamp
}

function newForm(slice: string, dirty: boolean, keep: boolean): WordForm {
  const text = dirty ? slice.replace(IGNORABLES, '').normalize('NFC') : keep ? detach(slice) : slice
  const lower = text.toLowerCase()
  return { text, norm: lower === text ? text : lower, stamp: 0, id: -1, fr: undefined, en: undefined, und: undefined }
}

/** The shared form of the word s[start, end) of normalised text; `dirty` words may hold marks or ignorables. */
export function formAt(s: string, start: number, end: number, dirty: boolean): WordForm {
  return table.get(s, start, end, (slice) => newForm(slice, dirty, true))
}

/**
 * Forms private to one document (numbers, URLs, punctuation: not worth sharing across texts), one
 * per distinct text within it.
 */
export function localForms(): (s: string, start: number, end: number, dirty: boolean) => WordForm {
  const local = new FormTable(64)
  return (s, start, end, dirty) => local.get(s, start, end, (slice) => newForm(slice, dirty, false))
}


export function formInfo(form: WordForm, lang: Lang): FormInfo | undefined {
  return lang === 'fr' ? form.fr : lang === 'en' ? form.en : form.und
}

export function setFormInfo(form: WordForm, lang: Lang, key: string | null): FormInfo {
  const info: FormInfo = { key, weight: Number.NaN, match: undefined, themes: undefined }
  if (lang === 'fr') form.fr = info
  else if (lang === 'en') form.en = info
  else form.und = info
  return info
}

/** Forgets every shared form (and what was derived from it); results do not change, only speed. */
export function clearForms(): void {
  table.clear()
}
