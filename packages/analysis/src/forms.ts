/**
 * Word forms shared across documents: one object per distinct token text and language, holding
 * its normalised text and what later stages derive from it in that language (term key,
 * sentiment weight, theme look-up). News vocabulary repeats from article to article, so a corpus
 * pays for stemming and lexicon look-ups once per form, not once per document. Each language has
 * a table of its own, so what a form holds is read straight from it, not through a per-language
 * record elsewhere on the heap. A table is bounded: when full it starts afresh. Each document
 * numbers its forms (types) from 0 in its own small table (DocumentTypes), so a repeated word is
 * found without reaching into the large shared one.
 */
import { grown } from './columns'
import type { EntityLexicon } from './entities/lexicon'
import type { WordFacts } from './entities/words'
import type { Role } from './sentiment'
import type { FormThemes } from './themes'
import type { Lang } from './types'

/** What the stages derive from a form in its language, kept on the form. */
export interface FormInfo {
  /** term key (stem), null when the form is not a content word, undefined until decided */
  key: string | null | undefined
  /** the key's number (keyIdOf), shared by every form with that key; -1 without a key */
  keyId: number
  /** the numbering keyId belongs to, -1 before it is numbered */
  keyGeneration: number
  /**
   * sentiment weight, undefined until looked up. Not NaN: a field only ever holding numbers gets
   * a box of its own in every form, where this one holds most weights (0) unboxed and shares the
   * lexicon's boxes for the rest.
   */
  weight: number | undefined
  /** what the word does to sentiment (negates, intensifies, weighs), 0 until decided */
  sentimentRole: Role
  /** theme-matching key: the term key, or "=" and the form for a function word */
  match: string | undefined
  /** what the last taxonomy used says of this form (looked up once per form, not per token) */
  themes: FormThemes | undefined
}

export interface WordForm extends FormInfo {
  /** the slice of normalised text it was found as (its key in the table) */
  source: string
  text: string
  norm: string
  /** kept in the shared table (words), or private to one document (numbers, URLs, marks) */
  shared: boolean
  /**
   * What entity extraction reads in the form whatever its place (entities/view.ts), worked out
   * with `entityLex` (undefined until then). Kept as fields of the form, not an object of their
   * own: the view reads them for every type of a document, and each object more is a cache miss.
   */
  entityLex: EntityLexicon | undefined
  /** the norm with straight apostrophes */
  entityForm: string
  entityLexical: WordFacts | undefined
  /** the token's `is` bits: entityLexical.is, and COMMON_WORD */
  entityIs: number
  /** entityLexical.starts */
  entityStarts: number
  /** CAP_LIKE, ALL_CAPS... bits (entities/view.ts) */
  entityTraits: number
}

const MAX_FORMS = 200_000
const IGNORABLES = /[\u00ad\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff]/g

/**
 * The shared table: open addressing keyed by the characters of the slice as written, so a known
 * form is found by hashing the text in place, without cutting a string out of it (most tokens of
 * an article are forms seen before). A probe reads the dense hash column first (0 marks an empty
 * slot) and touches a form only when its hash matches.
 */
class FormTable {
  private size = 0
  private hashes: Int32Array
  private forms: (WordForm | undefined)[]

  constructor(private capacity: number) {
    this.hashes = new Int32Array(capacity)
    this.forms = new Array<WordForm | undefined>(capacity)
  }

  /** The form for s[start, end) (whose hashRange is `hash`), built from the slice when the table lacks it. */
  get(s: string, start: number, end: number, dirty: boolean, hash: number): WordForm {
    const length = end - start
    const mask = this.capacity - 1
    const hashes = this.hashes
    let slot = hash & mask
    for (;;) {
      const h = hashes[slot]!
      if (h === hash) {
        const form = this.forms[slot]!
        const source = form.source
        if (source.length === length && sameChars(source, s, start)) return form
      } else if (h === 0) break
      slot = (slot + 1) & mask
    }
    const form = newForm(s.slice(start, end), dirty, true)
    heldForms++
    if (heldForms > MAX_FORMS) {
      // bounded: a stream of new forms starts afresh rather than growing without end
      clearTables()
      heldForms = 1
      this.insert(form, hash)
      return form
    }
    hashes[slot] = hash
    this.forms[slot] = form
    if (++this.size * 2 > this.capacity) this.resize(this.capacity * 2)
    return form
  }

  clear(): void {
    heldForms -= this.size
    this.size = 0
    this.resize(INITIAL_CAPACITY, true)
  }

  private insert(form: WordForm, hash: number): void {
    const mask = this.capacity - 1
    let slot = hash & mask
    while (this.hashes[slot] !== 0) slot = (slot + 1) & mask
    this.hashes[slot] = hash
    this.forms[slot] = form
    this.size++
  }

  private resize(capacity: number, empty = false): void {
    const { hashes, forms } = this
    this.capacity = capacity
    this.size = 0
    this.hashes = new Int32Array(capacity)
    this.forms = new Array<WordForm | undefined>(capacity)
    if (empty) return
    for (let o = 0; o < hashes.length; o++) if (hashes[o] !== 0) this.insert(forms[o]!, hashes[o]!)
  }
}

/** FNV-1a over s[start, end), never 0 (the tables' mark of an empty slot). */
export function hashRange(s: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let c = start; c < end; c++) hash = Math.imul(hash ^ s.charCodeAt(c), 0x01000193)
  return hash || 1
}

function sameChars(key: string, s: string, start: number): boolean {
  for (let c = 0; c < key.length; c++) if (key.charCodeAt(c) !== s.charCodeAt(start + c)) return false
  return true
}

const INITIAL_CAPACITY = 1 << 12
const tables: Record<Lang, FormTable> = { fr: new FormTable(INITIAL_CAPACITY), en: new FormTable(INITIAL_CAPACITY), und: new FormTable(INITIAL_CAPACITY) }
/** the forms all tables hold together: MAX_FORMS bounds their sum, which a stream of several languages fills table by table */
let heldForms = 0

function clearTables(): void {
  for (const table of Object.values(tables)) table.clear()
}

/**
 * A copy of a slice that does not point into the text it was cut from: V8 keeps longer slices
 * as views of their parent, and a view kept in the shared table would keep a whole article alive.
 */
function detach(slice: string): string {
  return slice.length < 13 ? slice : (slice + ' ').slice(0, -1)
}

/** `keep`: the form outlives the text (shared forms), so it must not view the text */
function newForm(slice: string, dirty: boolean, keep: boolean): WordForm {
  const source = keep ? detach(slice) : slice
  const text = dirty ? source.replace(IGNORABLES, '').normalize('NFC') : source
  const lower = text.toLowerCase()
  return {
    source,
    text,
    norm: lower === text ? text : lower,
    shared: keep,
    key: undefined,
    keyId: -1,
    keyGeneration: -1,
    weight: undefined,
    sentimentRole: 0,
    match: undefined,
    themes: undefined,
    entityLex: undefined,
    entityForm: '',
    entityLexical: undefined,
    entityIs: 0,
    entityStarts: 0,
    entityTraits: 0,
  }
}

/** The shared form of the word s[start, end) of normalised text in `lang`; `dirty` words may hold marks or ignorables. */
export function formAt(s: string, start: number, end: number, dirty: boolean, lang: Lang): WordForm {
  return tables[lang].get(s, start, end, dirty, hashRange(s, start, end))
}

/**
 * The word types of one document, numbered from 0 in order of appearance: one per distinct
 * slice, its form shared across texts for words and private to the document for numbers, URLs
 * and marks (not worth sharing). A repeated slice is recognised against its first occurrence in
 * the same text, through dense columns that stay in cache while the text is read: the forms,
 * scattered over the heap, are only reached for a type's first occurrence. One instance serves
 * document after document (`reset` starts the next): its columns are sized up once, not
 * allocated again for every text.
 */
export class DocumentTypes {
  /** the form of each type of the current document (a new list for each document: it is handed on) */
  forms: WordForm[] = []
  /** the shared forms of the current document's language */
  private table = tables.und
  /** the hash table's slots in use for the current document: a power of two */
  private capacity = 0
  private hashes = new Int32Array(0)
  /** type id + 1 in each slot of `hashes` */
  private ids = new Int32Array(0)
  /** per type: where its first occurrence starts in the text, its length, 1 when shared */
  private starts = new Int32Array(0)
  private lengths = new Int32Array(0)
  private shared = new Uint8Array(0)
  private typeHashes = new Int32Array(0)

  constructor(expected = 0, lang: Lang = 'und') {
    this.reset(expected, lang)
  }

  /** Starts a new document in `lang` expected to hold about `expected` types. */
  reset(expected: number, lang: Lang): void {
    this.table = tables[lang]
    let capacity = 64
    while (capacity < expected * 2) capacity *= 2
    this.forms = []
    this.size(capacity)
    this.hashes.fill(0, 0, capacity)
  }

  /** The type of s[start, end); `shared` for words. */
  typeAt(s: string, start: number, end: number, dirty: boolean, shared: boolean): number {
    const hash = hashRange(s, start, end)
    const length = end - start
    const { hashes, ids, starts, lengths } = this
    const sharedFlag = shared ? 1 : 0
    const mask = this.capacity - 1
    let slot = hash & mask
    for (;;) {
      const h = hashes[slot]!
      if (h === hash) {
        const id = ids[slot]! - 1
        if (lengths[id] === length && this.shared[id] === sharedFlag && sameSlice(s, starts[id]!, start, length)) return id
      } else if (h === 0) break
      slot = (slot + 1) & mask
    }
    const id = this.forms.length
    const form = shared ? this.table.get(s, start, end, dirty, hash) : newForm(s.slice(start, end), dirty, false)
    this.forms.push(form)
    starts[id] = start
    lengths[id] = length
    this.shared[id] = sharedFlag
    this.typeHashes[id] = hash
    hashes[slot] = hash
    ids[slot] = id + 1
    if ((id + 1) * 2 > this.capacity) this.grow()
    return id
  }

  /** Makes room for a table of `capacity` slots (and half as many types), keeping the types' columns. */
  private size(capacity: number): void {
    this.capacity = capacity
    if (this.hashes.length >= capacity) return
    this.hashes = new Int32Array(capacity)
    this.ids = new Int32Array(capacity)
    this.starts = grown(this.starts, capacity >> 1)
    this.lengths = grown(this.lengths, capacity >> 1)
    this.typeHashes = grown(this.typeHashes, capacity >> 1)
    this.shared = grown(this.shared, capacity >> 1)
  }

  private grow(): void {
    this.size(this.capacity * 2)
    const { hashes, ids, typeHashes } = this
    const mask = this.capacity - 1
    hashes.fill(0, 0, this.capacity)
    for (let id = 0; id < this.forms.length; id++) {
      const hash = typeHashes[id]!
      let slot = hash & mask
      while (hashes[slot] !== 0) slot = (slot + 1) & mask
      hashes[slot] = hash
      ids[slot] = id + 1
    }
  }
}

/** s[a, a + length) and s[b, b + length) hold the same characters */
function sameSlice(s: string, a: number, b: number, length: number): boolean {
  for (let c = 0; c < length; c++) if (s.charCodeAt(a + c) !== s.charCodeAt(b + c)) return false
  return true
}

/**
 * Term keys numbered once for all documents: a document groups its forms into terms by number,
 * through a column, rather than hashing each key string again in a map of its own. Bounded like
 * the forms: past MAX_KEYS the numbering starts afresh, between documents, in a new generation,
 * and a form numbered in an older one is numbered again when next read.
 */
const keyIds = new Map<string, number>()
const MAX_KEYS = 400_000
let keyGeneration = 0

/** How many keys have been numbered: every keyId is below it. */
export function keyCount(): number {
  return keyIds.size
}

/** Called before a document is read: the only moment the numbering may start afresh. */
export function boundKeyNumbers(): void {
  if (keyIds.size < MAX_KEYS) return
  keyIds.clear()
  keyGeneration++
}

/** The number of the form's term key, -1 without one. */
export function keyIdOf(info: FormInfo): number {
  if (info.keyGeneration === keyGeneration) return info.keyId
  info.keyGeneration = keyGeneration
  if (info.key === null || info.key === undefined) return (info.keyId = -1)
  let id = keyIds.get(info.key)
  if (id === undefined) keyIds.set(info.key, (id = keyIds.size))
  return (info.keyId = id)
}

/** Forgets every shared form (and what was derived from it); results do not change, only speed. */
export function clearForms(): void {
  clearTables()
  keyIds.clear()
  keyGeneration++
}
