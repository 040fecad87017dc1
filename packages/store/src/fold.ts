/**
 * Accent- and case-folding shared by full-text search, entity merging and name search, so that
 * "Élysée", "ELYSEE" and "elysée" meet. Done in JS rather than with SQL functions because
 * PostgreSQL's unaccent extension may not be installable and SQLite has no equivalent.
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' }
const LIGATURE_RE = /[œæßøđłı]/g

/** lower-case, accents stripped; keeps all other characters (and therefore lengths roughly) */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
}

/** the words of a folded text: runs of letters and digits */
export function foldedWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []
}

/** a comparison key: folded words joined by single spaces ("Bachar al-Assad" -> "bachar al assad") */
export function foldKey(text: string): string {
  return foldedWords(text).join(' ')
}
