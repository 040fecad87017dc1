'use client'
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts'
import { formatValue, TOOLTIP_STYLE } from './format'

export interface SentencePoint {
  index: number
  sentiment: number
  /** the start of the sentence, for the tooltip */
  preview: string
}

function color(v: number): string {
  return v > 0.05 ? 'var(--pos)' : v < -0.05 ? 'var(--neg)' : 'var(--neu)'
}

/** Sentiment of each sentence in reading order; every point is a link to its sentence. */
export function SentenceSentimentChart({ data }: { data: SentencePoint[] }) {
  if (data.length === 0) return <p className="chart-empty">No sentences.</p>
  const Dot = (p: DotItemDotProps) => {
    const d = data[p.index]
    if (!d || p.cx === undefined || p.cy === undefined) return null
    return (
      <a key={p.index} href={`#s-${d.index}`} aria-label={`Sentence ${d.index + 1}: sentiment ${formatValue(d.sentiment, 'signed')}`}>
        <circle cx={p.cx} cy={p.cy} r={5} fill={color(d.sentiment)} stroke="var(--bg)" strokeWidth={1.5} style={{ cursor: 'pointer' }} />
      </a>
    )
  }
  return (
    <div className="chart" role="figure" aria-label="Sentiment of each sentence">
      <LineChart responsive style={{ width: '100%', height: 220 }} data={data.map((d) => ({ ...d, n: d.index + 1 }))} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="n" fontSize={11} interval="preserveStartEnd" />
        <YAxis domain={[-1, 1]} fontSize={11} width={36} />
        <ReferenceLine y={0} stroke="var(--fg-soft)" strokeDasharray="3 3" />
        <Tooltip
          {...TOOLTIP_STYLE}
          labelFormatter={(n) => `Sentence ${n}`}
          formatter={(v, _n, item) => [`${formatValue(v, 'signed')} — ${(item?.payload as SentencePoint | undefined)?.preview ?? ''}`, 'Sentiment']}
        />
        <Line dataKey="sentiment" stroke="var(--c1)" strokeWidth={1.5} dot={Dot} activeDot={false} isAnimationActive={false} />
      </LineChart>
    </div>
  )
}
