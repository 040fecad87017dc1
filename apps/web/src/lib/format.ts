export function fmtInt(n: number): string {
  return new Intl.NumberFormat('en-US').format(Math.round(n))
}

export function fmtNum(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '–'
}

export function fmtSigned(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '–'
  const s = n.toFixed(digits)
  return n > 0 ? `+${s}` : s
}

export function fmtPct(share: number): string {
  return `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`
}

export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return 'undated'
  return iso.slice(0, 10)
}

export function sentimentClass(score: number): 'pos' | 'neg' | 'neu' {
  return score > 0.05 ? 'pos' : score < -0.05 ? 'neg' : 'neu'
}

export const LANG_NAMES: Record<string, string> = { fr: 'French', en: 'English', und: 'undetermined' }
