import type { ReactNode } from 'react'
import { InfoTip } from './InfoTip'

/** A titled panel holding one chart or table, with its "how computed" tip and its CSV export. */
export function Card(props: { title: string; how?: string; csv?: string; children: ReactNode; id?: string; className?: string }) {
  return (
    <section className={`card ${props.className ?? ''}`} id={props.id} aria-label={props.title}>
      <div className="card-head">
        <h2>{props.title}</h2>
        {props.how ? <InfoTip text={props.how} align="left" /> : null}
        {props.csv ? <CsvLink href={props.csv} /> : null}
      </div>
      {props.children}
    </section>
  )
}

/** downloads the CSV of what the chart or table shows (built on request by /export/...) */
export function CsvLink({ href }: { href: string }) {
  return (
    <a className="csv" href={href} download title="Download what this shows as CSV">
      CSV
    </a>
  )
}
