/** Value formats a server component can name for a client chart (functions cannot cross). */
export type ValueFormat = 'int' | 'pct' | 'num' | 'signed'

export function formatValue(v: unknown, format: ValueFormat): string {
  const n = typeof v === 'number' ? v : Number(v)
  if (!Number.isFinite(n)) return String(v ?? '')
  switch (format) {
    case 'int':
      return Math.round(n).toLocaleString('en-US')
    case 'pct':
      return `${(n * 100).toFixed(n < 0.1 ? 1 : 0)}%`
    case 'signed':
      return n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2)
    default:
      return n.toFixed(2)
  }
}

export function truncate(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label
}

export const TOOLTIP_STYLE = {
  contentStyle: { background: 'var(--bg)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--fg)', fontSize: 13, maxWidth: 'min(22rem, 80vw)', whiteSpace: 'normal' },
  labelStyle: { color: 'var(--fg)', fontWeight: 600 },
  itemStyle: { color: 'var(--fg)' },
} as const
