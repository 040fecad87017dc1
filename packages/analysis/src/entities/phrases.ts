/**
 * Multi-word phrases matched against token forms: indexed by their first token, so a lookup at a
 * position costs one Map access plus the few phrases that start with that word.
 */

/** Splits a data phrase the way the tokenizer splits text: on spaces, and after an elision ("l'ONU" -> "l'", "onu"). */
export function phraseTokens(phrase: string): string[] {
  const out: string[] = []
  for (const part of phrase.toLowerCase().replace(/[’‘]/g, "'").split(/\s+/)) {
    if (!part) continue
    const m = /^([a-zà-ÿ]{1,6}')(\p{L}.*)$/u.exec(part)
    if (m && ELIDED.has(m[1]!)) {
      out.push(m[1]!, m[2]!)
    } else if (part.length > 3 && part.endsWith("'s")) {
      // "McDonald's": the tokenizer splits the possessive off
      out.push(part.slice(0, -2), "'s")
    } else out.push(part)
  }
  return out
}

const ELIDED = new Set(["l'", "d'", "qu'", "n'", "s'", "c'", "j'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'", "presqu'"])

export interface PhraseMatch<V> {
  /** number of tokens matched */
  length: number
  value: V
}

export interface PhraseEntry<V> {
  tokens: string[]
  value: V
}

/** Whether `tokens` are the forms at i (the caller has checked the first one, and the length). */
export function phraseMatchesAt(tokens: readonly string[], forms: readonly string[], i: number): boolean {
  for (let k = 1; k < tokens.length; k++) if (forms[i + k] !== tokens[k]) return false
  return true
}

export class PhraseSet<V = true> {
  private readonly byFirst = new Map<string, PhraseEntry<V>[]>()
  private longest = 0
  /** this set's bit in a word's `starts` (words.ts): whether a phrase of the set starts with the word */
  flag = 0

  /** tokens of the longest phrase */
  get maxLength(): number {
    return this.longest
  }

  static of(phrases: readonly string[]): PhraseSet<true> {
    const set = new PhraseSet<true>()
    for (const p of phrases) {
      const tokens = phraseTokens(p)
      if (tokens.length > 0) set.add(tokens, true)
    }
    return set
  }

  add(tokens: string[], value: V): void {
    const first = tokens[0]!
    let list = this.byFirst.get(first)
    if (!list) {
      list = []
      this.byFirst.set(first, list)
    }
    list.push({ tokens, value })
    // longest first, so the first accepted match is the longest
    list.sort((a, b) => b.tokens.length - a.tokens.length)
    if (tokens.length > this.longest) this.longest = tokens.length
  }

  /** The first tokens of the phrases. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys()
  }

  /** The phrases starting with `word`, longest first. */
  entriesFor(word: string): readonly PhraseEntry<V>[] | undefined {
    return this.byFirst.get(word)
  }
  /** Whether these exact tokens are already present (optionally with the same exact-case form). */
  hasExact(tokens: string[], exactForm?: string): boolean {
    const list = this.byFirst.get(tokens[0]!)
    if (!list) return false
    return list.some((e) => e.tokens.length === tokens.length && e.tokens.every((t, i) => t === tokens[i]) && (exactForm === undefined || (e.value as { form?: string }).form === exactForm))
  }

  /** The value of the phrase made of exactly these tokens, if present. */
  valueOf(tokens: readonly string[]): V | undefined {
    const list = this.byFirst.get(tokens[0]!)
    return list?.find((e) => e.tokens.length === tokens.length && phraseMatchesAt(e.tokens, tokens, 0))?.value
  }

  /** Whether a single word is a phrase of its own. */
  has(word: string): boolean {
    const list = this.byFirst.get(word)
    return !!list && list.some((e) => e.tokens.length === 1)
  }

  startsWith(word: string): boolean {
    return this.byFirst.has(word)
  }

  /**
   * The longest phrase starting at `i` in `forms` (lower-cased token forms); `limit` bounds the
   * match to tokens before it.
   */
  longestAt(forms: readonly string[], i: number, limit = forms.length): PhraseMatch<V> | null {
    const list = this.byFirst.get(forms[i]!)
    if (!list) return null
    for (const e of list) {
      const len = e.tokens.length
      if (i + len <= limit && phraseMatchesAt(e.tokens, forms, i)) return { length: len, value: e.value }
    }
    return null
  }

  /** Whether a phrase of exactly `length` tokens starts at `i` in `forms`. */
  hasAt(forms: readonly string[], i: number, length: number): boolean {
    const list = this.byFirst.get(forms[i]!)
    if (!list) return false
    for (const e of list) if (e.tokens.length === length && phraseMatchesAt(e.tokens, forms, i)) return true
    return false
  }
}
