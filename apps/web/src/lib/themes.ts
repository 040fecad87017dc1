/** Theme ids of the taxonomy (DESIGN.md), offered in filters even before any article has them. */
export const THEME_IDS = [
  'military', 'economic', 'reconstruction', 'diplomatic', 'political', 'humanitarian', 'energy',
  'security', 'legal', 'health', 'sports', 'technology', 'culture', 'environment',
] as const

export function themeOptions(seen: string[]): string[] {
  return [...new Set([...THEME_IDS, ...seen])].sort()
}

const PALETTE = ['var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)', 'var(--c5)', 'var(--c6)', 'var(--c7)', 'var(--c8)', 'var(--c9)', 'var(--c10)']

/** one stable colour per theme across every chart */
export function themeColor(theme: string): string {
  const i = THEME_IDS.indexOf(theme as (typeof THEME_IDS)[number])
  if (i >= 0) return PALETTE[i % PALETTE.length]!
  let h = 0
  for (const ch of theme) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return PALETTE[h % PALETTE.length]!
}
