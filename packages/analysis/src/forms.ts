/**
 * Word forms shared across documents: one object per distinct token text, holding its
 * normalised text and what later stages derive from it per language (term key, sentiment
 * weight). News vocabulary repeats from article to article, so a corpus pays for stemming and
 * lexicon look-ups once per form, not once per document. The table is bounded: when full it
 * starts afresh. Each document numbers its forms (types) from 0 using a per-document stamp.
 */
import type { Lang } from './types'

export interface FormInfo {
  /** term key (stem), or null when the form is not a content word */
  key: string | null
  /** sentiment weight, NaN until looked up */
  weight: number
  /** theme-matching key: the term key, or "=" and the form for a function word */
  match: string | undefined
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
let table = new Map<string, WordForm>()
let currentStamp = 0

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

/** The shared form for a slice of normalised text; `dirty` slices may hold marks or ignorables. */
export function formOf(slice: string, dirty: boolean): WordForm {
  let form = table.get(slice)
  if (form === undefined) {
    const text = dirty ? slice.replace(IGNORABLES, '').normalize('NFC') : detach(slice)
    const lower = text.toLowerCase()
    form = { text, norm: lower === text ? text : lower, stamp: 0, id: -1, fr: undefined, en: undefined, und: undefined }
    if (table.size >= MAX_FORMS) table = new Map()
    table.set(slice, form)
  }
  return form
}

/** A form that is not entered in the shared table (numbers, URLs, punctuation). */
export function localForm(slice: string, dirty: boolean): WordForm {
  const text = dirty ? slice.replace(IGNORABLES, '').normalize('NFC') : slice
  const lower = text.toLowerCase()
  return { text, norm: lower === text ? text : lower, stamp: 0, id: -1, fr: undefined, en: undefined, und: undefined }
}

export function formInfo(form: WordForm, lang: Lang): FormInfo | undefined {
  return lang === 'fr' ? form.fr : lang === 'en' ? form.en : form.und
}

export function setFormInfo(form: WordForm, lang: Lang, key: string | null): FormInfo {
  const info: FormInfo = { key, weight: Number.NaN, match: undefined }
  if (lang === 'fr') form.fr = info
  else if (lang === 'en') form.en = info
  else form.und = info
  return info
}

/** Forgets every shared form (and what was derived from it); results do not change, only speed. */
export function clearForms(): void {
  table = new Map()
}
