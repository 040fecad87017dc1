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

interface Entry<V> {
  tokens: string[]
  value: V
}

export class PhraseSet<V = true> {
  private readonly byFirst = new Map<string, Entry<V>[]>()
  private maxLength = 0

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
    if (tokens.length > this.maxLength) this.maxLength = tokens.length
  }

  /** Whether these exact tokens are already present (optionally with the same exact-case form). */
  hasExact(tokens: string[], exactForm?: string): boolean {
    const list = this.byFirst.get(tokens[0]!)
    if (!list) return false
    return list.some((e) => e.tokens.length === tokens.length && e.tokens.every((t, i) => t === tokens[i]) && (exactForm === undefined || (e.value as { form?: string }).form === exactForm))
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
   * The longest phrase starting at `i` in `forms` (lower-cased token forms), among those `accept`
   * takes; `limit` bounds the match to tokens before it.
   */
  longestAt(forms: readonly string[], i: number, limit = forms.length, accept?: (value: V, length: number) => boolean): PhraseMatch<V> | null {
    const list = this.byFirst.get(forms[i]!)
    if (!list) return null
    for (const e of list) {
      const len = e.tokens.length
      if (i + len > limit) continue
      let ok = true
      for (let k = 1; k < len; k++) {
        if (forms[i + k] !== e.tokens[k]) {
          ok = false
          break
        }
      }
      if (ok && (!accept || accept(e.value, len))) return { length: len, value: e.value }
    }
    return null
  }

  /** The longest phrase ending at `end - 1` (exclusive end), scanning back at most the longest phrase length. */
  longestEndingAt(forms: readonly string[], end: number, floor = 0): number {
    for (let len = Math.min(this.maxLength, end - floor); len >= 1; len--) {
      const m = this.longestAt(forms, end - len, end, (_v, l) => l === len)
      if (m) return len
    }
    return 0
  }
}
