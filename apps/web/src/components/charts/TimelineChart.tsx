'use client'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts'
import { formatValue, TOOLTIP_STYLE } from './format'

export interface TimelineDatum {
  bucket: string
  articles: number
  meanSentiment: number
  /** dominant-theme counts in the bucket */
  themes: Record<string, number>
}

const THEME_COLORS = ['var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)', 'var(--c5)', 'var(--c6)', 'var(--c7)', 'var(--c8)', 'var(--c9)', 'var(--c10)']

/** Articles per period with their mean sentiment, or (mode "themes") the dominant themes stacked. */
export function TimelineChart(props: { data: TimelineDatum[]; mode: 'sentiment' | 'themes'; themes?: string[]; colors?: string[]; ariaLabel: string }) {
  const { data } = props
  if (data.length === 0) return <p className="chart-empty">No dated articles for these filters.</p>
  if (props.mode === 'themes') {
    const themes = props.themes ?? []
    const rows = data.map((d) => ({ bucket: d.bucket, ...Object.fromEntries(themes.map((t) => [t, d.themes[t] ?? 0])) }))
    return (
      <div className="chart" role="figure" aria-label={props.ariaLabel}>
        <ComposedChart responsive style={{ width: '100%', height: 260 }} data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="bucket" fontSize={11} interval="preserveStartEnd" />
          <YAxis fontSize={11} width={40} allowDecimals={false} />
          <Tooltip {...TOOLTIP_STYLE} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {themes.map((t, i) => (
            <Bar key={t} dataKey={t} stackId="themes" fill={props.colors?.[i] ?? THEME_COLORS[i % THEME_COLORS.length]} isAnimationActive={false} />
          ))}
        </ComposedChart>
      </div>
    )
  }
  return (
    <div className="chart" role="figure" aria-label={props.ariaLabel}>
      <ComposedChart responsive style={{ width: '100%', height: 260 }} data={data} margin={{ top: 8, right: 0, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="bucket" fontSize={11} interval="preserveStartEnd" />
        <YAxis yAxisId="n" fontSize={11} width={40} allowDecimals={false} />
        <YAxis yAxisId="s" orientation="right" domain={[-1, 1]} fontSize={11} width={36} />
        <Tooltip {...TOOLTIP_STYLE} formatter={(v, name) => [name === 'Mean sentiment' ? formatValue(v, 'signed') : formatValue(v, 'int'), name]} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="n" dataKey="articles" name="Articles" fill="var(--c1)" isAnimationActive={false} />
        <Line yAxisId="s" dataKey="meanSentiment" name="Mean sentiment" stroke="var(--c2)" dot={false} strokeWidth={2} isAnimationActive={false} />
      </ComposedChart>
    </div>
  )
}
