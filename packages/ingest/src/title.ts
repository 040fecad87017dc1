/** Default length of a title made from the text. */
export const DEFAULT_TITLE_LENGTH = 100

// Words whose trailing period does not end a sentence (titles, initials, common abbreviations).
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'mr', 'mrs', 'ms', 'prof',
  'gen', 'gén', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'jr', 'sr', 'vs', 'etc', 'env',
  'cf', 'no', 'nos', 'p', 'ex', 'av', 'apr', 'j.-c', 'inc', 'ltd', 'co', 'corp', 'mt',
])

/**
 * A title for an untitled article: its first sentence (within the first paragraph), cut at a
 * word boundary with an ellipsis when longer than `maxLength` characters.
 */
export function titleFromText(text: string, maxLength = DEFAULT_TITLE_LENGTH): string {
  const paragraph = text.split(/\r?\n/).map((line) => line.trim()).find((line) => line !== '') ?? ''
  const sentence = firstSentence(paragraph.replace(/\s+/g, ' '))
  if (sentence.length <= maxLength) return sentence.replace(/(?<![.][.])[.]$/, '')
  const cut = sentence.slice(0, maxLength)
  const lastSpace = cut.lastIndexOf(' ')
  const head = lastSpace >= maxLength / 2 ? cut.slice(0, lastSpace) : cut
  return `${head.replace(/[\s,;:–—-]+$/u, '')}…`
}

function firstSentence(paragraph: string): string {
  const end = /[.!?…]+["»”’)]*(?=\s+["«“(]?[\p{Lu}\p{N}])/gu
  for (let m = end.exec(paragraph); m !== null; m = end.exec(paragraph)) {
    const before = /([\p{L}.-]+)$/u.exec(paragraph.slice(0, m.index))?.[1] ?? ''
    const word = before.toLowerCase()
    const initial = /^\p{Lu}$/u.test(before) // "John F. Kennedy"
    const acronym = before.includes('.') // "U.S."
    if (m[0].startsWith('.') && m[0].length === 1 && (ABBREVIATIONS.has(word) || initial || acronym)) continue
    return paragraph.slice(0, m.index + m[0].length)
  }
  return paragraph
}
