import type { SortDir } from '@newslens/store'
import { defaultDir, hrefWith } from '@/lib/params'
import { InfoTip } from './InfoTip'

/**
 * A column header that sorts on the server: a link to the same page sorted by this column.
 * The current column's link reverses the order; there is no unsorted state.
 */
export function SortHeader(props: {
  label: string
  column: string
  sort: string
  dir: SortDir
  path: string
  params: Record<string, string | undefined>
  numeric?: boolean
  how?: string
}) {
  const active = props.sort === props.column
  const nextDir: SortDir = active ? (props.dir === 'asc' ? 'desc' : 'asc') : defaultDir(props.column)
  const href = hrefWith(props.path, { ...props.params, sort: props.column, dir: nextDir, page: undefined })
  return (
    <th
      scope="col"
      className={props.numeric ? 'num' : undefined}
      aria-sort={active ? (props.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <span className="th-inner">
        <a href={href} aria-label={`${props.label}: sort ${nextDir === 'asc' ? 'ascending' : 'descending'}`}>
          {props.label}
          <span className="sort-ind" aria-hidden="true">
            {active ? (props.dir === 'asc' ? '▲' : '▼') : ''}
          </span>
        </a>
        {props.how ? <InfoTip text={props.how} /> : null}
      </span>
    </th>
  )
}

/** On narrow screens the header row is hidden (rows stack): the same sort links as a bar. */
export function SortBar(props: { columns: { label: string; column: string }[]; sort: string; dir: SortDir; path: string; params: Record<string, string | undefined> }) {
  return (
    <nav className="sort-bar" aria-label="Sort by">
      <span className="muted">Sort:</span>
      {props.columns.map((c) => {
        const active = props.sort === c.column
        const nextDir: SortDir = active ? (props.dir === 'asc' ? 'desc' : 'asc') : defaultDir(c.column)
        return (
          <a key={c.column} href={hrefWith(props.path, { ...props.params, sort: c.column, dir: nextDir, page: undefined })} aria-current={active ? 'true' : undefined}>
            {c.label}
            {active ? (props.dir === 'asc' ? ' ▲' : ' ▼') : ''}
          </a>
        )
      })}
    </nav>
  )
}
