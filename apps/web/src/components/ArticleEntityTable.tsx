'use client'
import { useState } from 'react'
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table'

export interface ArticleEntityRow {
  name: string
  type: 'person' | 'organization' | 'location'
  count: number
  sentiment: number
  roles: string
  aliases: string
  entityHref: string
  contextsHref: string
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
})
const helper = createColumnHelper<typeof features, ArticleEntityRow>()

const HOW: Record<string, string> = {
  count: 'Times the entity is named in this article, any alias counted.',
  sentiment: 'Mean sentiment of the sentences of this article naming the entity, in [-1, 1].',
  roles: 'Roles and titles found next to the name in this article.',
}

const columns = helper.columns([
  helper.accessor('name', {
    header: 'Name',
    sortFn: 'text',
    cell: (info) => (
      <>
        <a href={info.row.original.entityHref}>{info.getValue()}</a>{' '}
        <a className="ctx-link" href={info.row.original.contextsHref} aria-label={`${info.getValue()} in context`} title="Keyword in context">
          contexts
        </a>
      </>
    ),
  }),
  helper.accessor('type', { header: 'Type', sortFn: 'text', cell: (info) => <span className={`badge ${info.getValue()}`}>{info.getValue()}</span> }),
  helper.accessor('count', { header: 'Mentions', sortDescFirst: true }),
  helper.accessor('sentiment', {
    header: 'Sentiment',
    sortDescFirst: true,
    cell: (info) => {
      const v = info.getValue()
      return <span className={`sent ${v > 0.05 ? 'pos' : v < -0.05 ? 'neg' : 'neu'}`}>{v > 0 ? '+' : ''}{v.toFixed(2)}</span>
    },
  }),
  helper.accessor('roles', { header: 'Roles', sortFn: 'text', cell: (info) => <span className="roles">{info.getValue() || '–'}</span> }),
])

const NUMERIC = new Set(['count', 'sentiment'])

/** This article's entities, sorted in the browser (the list is small and fully loaded). */
export function ArticleEntityTable({ rows }: { rows: ArticleEntityRow[] }) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'count', desc: true }])
  const table = useTable({
    features,
    columns,
    data: rows,
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
  })
  if (rows.length === 0) return <p className="empty">No named entities found in this article.</p>
  return (
    <table className="data stack">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted()
              const label = String(header.column.columnDef.header)
              return (
                <th
                  key={header.id}
                  className={NUMERIC.has(header.column.id) ? 'num' : undefined}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  title={HOW[header.column.id]}
                >
                  <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                    {label}
                    <span className="sort-ind" aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}</span>
                  </button>
                </th>
              )
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getAllCells().map((cell) => (
              <td key={cell.id} className={NUMERIC.has(cell.column.id) ? 'num' : undefined} data-label={String(cell.column.columnDef.header)}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
