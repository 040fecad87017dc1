/**
 * The flat document the pipeline stages fill (wink-nlp style). Offsets always index the text as
 * given by the caller, end exclusive.
 */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email' | 'emoji'

export interface Token {
  start: number
  end: number
  /** the token as normalised (NFC, typographic apostrophes/quotes straightened) */
  text: string
  /** lower-cased `text` */
  norm: string
  kind: TokenKind
  /** index of the sentence holding it */
  sentence: number
}

export interface SentenceSpan {
  start: number
  end: number
  paragraph: number
}
