'use client'
import { useState } from 'react'
import { formatValue } from './format'

export interface SentencePoint {
  index: number
  sentiment: number
  /** the start of the sentence, for the tooltip */
  preview: string
}

const W = 360
const H = 200
const PAD = { left: 30, right: 8, top: 10, bottom: 22 }

function color(v: number): string {
  return v > 0.05 ? 'var(--pos)' : v < -0.05 ? 'var(--neg)' : 'var(--neu)'
}

/**
 * Sentiment of each sentence in reading order. Drawn as plain SVG (every point is a link to its
 * sentence, focusable, with its own tooltip), so it needs no chart library.
 */
export function SentenceSentimentChart({ data }: { data: SentencePoint[] }) {
  const [active, setActive] = useState<number | null>(null)
  if (data.length === 0) return <p className="chart-empty">No sentences.</p>
  const plotW = W - PAD.left - PAD.right
  const plotH = H - PAD.top - PAD.bottom
  const x = (i: number) => PAD.left + (data.length === 1 ? plotW / 2 : (i / (data.length - 1)) * plotW)
  const y = (v: number) => PAD.top + ((1 - Math.max(-1, Math.min(1, v))) / 2) * plotH
  const path = data.map((d, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(d.sentiment).toFixed(1)}`).join('')
  const step = Math.max(1, Math.ceil(data.length / 8))
  const shown = active === null ? null : data[active]
  return (
    <div className="chart sentence-chart" role="figure" aria-label="Sentiment of each sentence">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="group" aria-label="Sentence sentiment, one point per sentence">
        {[-1, -0.5, 0, 0.5, 1].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className={v === 0 ? 'zero' : 'grid'} />
            <text x={PAD.left - 4} y={y(v)} dy="0.35em" textAnchor="end" className="tick">
              {v}
            </text>
          </g>
        ))}
        {data.map((d, i) =>
          i % step === 0 || i === data.length - 1 ? (
            <text key={d.index} x={x(i)} y={H - 6} textAnchor="middle" className="tick">
              {d.index + 1}
            </text>
          ) : null,
        )}
        <path d={path} className="line" />
        {data.map((d, i) => (
          <a
            key={d.index}
            href={`#s-${d.index}`}
            aria-label={`Sentence ${d.index + 1}: sentiment ${formatValue(d.sentiment, 'signed')}. ${d.preview}`}
            onMouseEnter={() => setActive(i)}
            onMouseLeave={() => setActive(null)}
            onFocus={() => setActive(i)}
            onBlur={() => setActive(null)}
          >
            <circle cx={x(i)} cy={y(d.sentiment)} r={active === i ? 6.5 : 4.5} fill={color(d.sentiment)} className="point" />
          </a>
        ))}
      </svg>
      <p className="chart-readout" aria-hidden="true">
        {shown ? (
          <>
            Sentence {shown.index + 1}: <strong>{formatValue(shown.sentiment, 'signed')}</strong> — {shown.preview}
          </>
        ) : (
          'Hover or focus a point to read its sentence; click to jump to it.'
        )}
      </p>
    </div>
  )
}
