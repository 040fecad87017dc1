/**
 * Normalisation that keeps offsets: every replacement has the length of what it replaces, so an
 * index into the normalised text is the same index into the text as given. Canonical composition
 * (NFC) changes lengths, so it is applied per token by the tokenizer instead.
 */
const SAME_LENGTH = /[\u2018\u2019\u201a\u201b\u02bc\u2032\uff07\u0060\u00b4\u201c\u201d\u201e\u201f\u2033\u00a0\u2000-\u200a\u202f\u205f\u3000\u2010\u2011\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * A line break written as the two characters backslash and n, as text scraped through a JSON or
 * CSV export often carries it ("Par Steve Rosenberg\\nRédacteur en chef"): read as a space and a
 * line break, so the byline and the next paragraph stay apart. Not before a lower-case letter,
 * which a path or a piece of code holds ("C:\\new").
 */
const ESCAPED_LINE_BREAK = /\\n(?!\p{Ll})/gu

function replacement(ch: string): string {
  switch (ch) {
    case '\u2018': case '\u2019': case '\u201a': case '\u201b': case '\u02bc': case '\u2032': case '\uff07': case '\u0060': case '\u00b4':
      return "'"
    case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u2033':
      return '"'
    case '\u2010': case '\u2011':
      return '-'
    default:
      return ' '
  }
}

/** Straighten typographic apostrophes and quotes, turn odd spaces and control characters into spaces, lone surrogates into U+FFFD and escaped line breaks into line breaks, all without changing the length. */
export function normalise(text: string): string {
  let out = text.replace(SAME_LENGTH, replacement)
  if (hasSurrogate(out)) out = out.replace(LONE_SURROGATE, '\ufffd')
  if (out.includes('\\n')) out = out.replace(ESCAPED_LINE_BREAK, ' \n')
  return out
}

/**
 * The same characters as one flat string. A text put together by concatenation (a title, a blank
 * line, the body) is a rope in V8, and every character read from a rope is found through it; the
 * stages read each character several times. Joining its lines copies it once.
 */
export function flatten(text: string): string {
  return text.split('\n').join('\n')
}

function hasSurrogate(text: string): boolean {
  // a quick regex test is far cheaper than the lookaround replace on large texts without any
  return /[\ud800-\udfff]/.test(text)
}

/** Lower case without accents: the key used for accent-tolerant matching. */
export function fold(text: string): string {
  const lower = text.toLowerCase()
  if (/^[\u0000-\u007f]*$/.test(lower)) return lower
  return lower.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[œ]/g, 'oe').replace(/[æ]/g, 'ae')
}
