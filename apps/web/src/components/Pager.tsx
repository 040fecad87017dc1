import { fmtInt } from '@/lib/format'
import { hrefWith } from '@/lib/params'

export function Pager(props: { page: number; pageSize: number; total: number; path: string; params: Record<string, string | undefined>; noun: string }) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize))
  const from = props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1
  const to = Math.min(props.total, props.page * props.pageSize)
  return (
    <nav className="pager" aria-label="Pages">
      <span>
        {fmtInt(from)}–{fmtInt(to)} of {fmtInt(props.total)} {props.noun}
      </span>
      {props.page > 1 ? <a href={hrefWith(props.path, { ...props.params, page: props.page - 1 })} rel="prev">← Previous</a> : null}
      <span className="muted">
        page {fmtInt(props.page)} / {fmtInt(pages)}
      </span>
      {props.page < pages ? <a href={hrefWith(props.path, { ...props.params, page: props.page + 1 })} rel="next">Next →</a> : null}
    </nav>
  )
}
