'use client'
import { useRouter } from 'next/navigation'
import { Bar, BarChart, Cell, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts'
import { formatValue, TOOLTIP_STYLE, truncate, type ValueFormat } from './format'

export interface BarDatum {
  label: string
  value: number
  /** where a click on the bar or its label goes (term contexts, entity page) */
  href?: string
  /** extra line in the tooltip */
  detail?: string
  /** CSS colour for this bar */
  color?: string
}

/**
 * Ranked horizontal bars. Labels are real links (keyboard reachable), a click on a bar follows
 * the same link: one click from a term or entity to its contexts.
 */
export function HBarChart(props: { data: BarDatum[]; valueName: string; format?: ValueFormat; color?: string; labelWidth?: number; ariaLabel: string; empty?: string }) {
  const router = useRouter()
  const { data, format = 'int' } = props
  if (data.length === 0) return <p className="chart-empty">{props.empty ?? 'Nothing to show for these filters.'}</p>
  const height = Math.max(110, data.length * 24 + 36)
  const labelWidth = props.labelWidth ?? 130
  const maxChars = Math.floor(labelWidth / 7)

  const Tick = (tick: YAxisTickContentProps) => {
    const d = data[tick.index]
    const label = String(tick.payload.value ?? '')
    const text = (
      <text x={Number(tick.x) - 4} y={Number(tick.y)} dy="0.35em" textAnchor="end" fontSize={12}>
        <title>{label}</title>
        {truncate(label, maxChars)}
      </text>
    )
    return d?.href ? <a href={d.href} aria-label={`${label}: open`}>{text}</a> : text
  }

  return (
    <div className="chart" role="figure" aria-label={props.ariaLabel}>
      <BarChart responsive style={{ width: '100%', height }} data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
        <XAxis type="number" tickFormatter={(v: number) => formatValue(v, format)} fontSize={11} allowDecimals={format !== 'int'} />
        <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tick={Tick} />
        <Tooltip
          {...TOOLTIP_STYLE}
          cursor={{ fill: 'var(--bg-soft)' }}
          formatter={(v, _n, item) => {
            const detail = (item?.payload as BarDatum | undefined)?.detail
            return [detail ? `${formatValue(v, format)} (${detail})` : formatValue(v, format), props.valueName]
          }}
        />
        <Bar
          dataKey="value"
          name={props.valueName}
          fill={props.color ?? 'var(--c1)'}
          isAnimationActive={false}
          cursor={data.some((d) => d.href) ? 'pointer' : undefined}
          onClick={(_entry, index) => {
            const href = data[index]?.href
            if (href) router.push(href)
          }}
        >
          {data.map((d, i) => (
            <Cell key={i} fill={d.color ?? props.color ?? 'var(--c1)'} />
          ))}
        </Bar>
      </BarChart>
    </div>
  )
}
