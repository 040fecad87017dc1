import type { ReactNode } from 'react'
import { csvDataUri, toCsv, type CsvValue } from '@/lib/csv'
import { InfoTip } from './InfoTip'

export interface CsvExport {
  filename: string
  header: string[]
  rows: CsvValue[][]
}

/** A titled panel holding one chart or table, with its "how computed" tip and its CSV export. */
export function Card(props: { title: string; how?: string; csv?: CsvExport; children: ReactNode; id?: string; className?: string }) {
  return (
    <section className={`card ${props.className ?? ''}`} id={props.id} aria-label={props.title}>
      <div className="card-head">
        <h2>{props.title}</h2>
        {props.how ? <InfoTip text={props.how} align="left" /> : null}
        {props.csv ? <CsvLink {...props.csv} /> : null}
      </div>
      {props.children}
    </section>
  )
}

export function CsvLink({ filename, header, rows }: CsvExport) {
  return (
    <a className="csv" download={filename} href={csvDataUri(toCsv(header, rows))} title={`Download what this shows as CSV (${rows.length} rows)`}>
      CSV
    </a>
  )
}
