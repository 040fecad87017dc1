'use client'
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts'
import { formatValue, TOOLTIP_STYLE, type ValueFormat } from './format'

export interface ColumnDatum {
  label: string
  value: number
  color?: string
  detail?: string
}

/** Vertical bars over an ordered axis (a histogram, a count per month). */
export function ColumnChart(props: { data: ColumnDatum[]; valueName: string; format?: ValueFormat; height?: number; ariaLabel: string; xLabel?: string; empty?: string }) {
  const { data, format = 'int' } = props
  if (data.length === 0) return <p className="chart-empty">{props.empty ?? 'Nothing to show for these filters.'}</p>
  return (
    <div className="chart" role="figure" aria-label={props.ariaLabel}>
      <BarChart responsive style={{ width: '100%', height: props.height ?? 220 }} data={data} margin={{ top: 8, right: 8, bottom: props.xLabel ? 18 : 4, left: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="label" fontSize={11} interval="preserveStartEnd" label={props.xLabel ? { value: props.xLabel, position: 'insideBottom', offset: -12, fontSize: 11 } : undefined} />
        <YAxis fontSize={11} width={40} tickFormatter={(v: number) => formatValue(v, format)} allowDecimals={format !== 'int'} />
        <Tooltip
          {...TOOLTIP_STYLE}
          cursor={{ fill: 'var(--bg-soft)' }}
          formatter={(v, _n, item) => {
            const detail = (item?.payload as ColumnDatum | undefined)?.detail
            return [detail ? `${formatValue(v, format)} (${detail})` : formatValue(v, format), props.valueName]
          }}
        />
        <Bar dataKey="value" name={props.valueName} isAnimationActive={false}>
          {data.map((d, i) => (
            <Cell key={i} fill={d.color ?? 'var(--c1)'} />
          ))}
        </Bar>
      </BarChart>
    </div>
  )
}
