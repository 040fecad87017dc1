import type { Metadata } from 'next'
import { CsvLink } from '@/components/Card'
import { Pager } from '@/components/Pager'
import { SortBar, SortHeader } from '@/components/SortHeader'
import { fmtInt, fmtSigned, sentimentClass } from '@/lib/format'
import { entityHref, termHref } from '@/lib/links'
import { exportHref, LIMITS } from '@/lib/exports'
import { HOW } from '@/lib/metrics'
import { ENTITY_TYPES, parseEntityQuery, type SearchParams } from '@/lib/params'
import { getStore } from '@/lib/store'

export const metadata: Metadata = { title: 'Entities' }


export default async function EntitiesPage(props: PageProps<'/entities'>) {
  const sp = (await props.searchParams) as SearchParams
  const query = parseEntityQuery(sp)
  const store = await getStore()
  const result = await store.listEntities({ type: query.type, q: query.q, sort: query.sort, dir: query.dir, page: query.page, pageSize: LIMITS.entitiesPage })
  const filterOnly = { type: query.type, q: query.q }
  const common = { sort: query.sort, dir: query.dir, path: '/entities', params: filterOnly }

  return (
    <>
      <h1>Entities</h1>
      <form className="filters" method="get" action="/entities" role="search" aria-label="Entity filters">
        <label>
          Type
          <select name="type" defaultValue={query.type ?? ''}>
            <option value="">all</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          Name
          <input type="search" name="q" defaultValue={query.q ?? ''} maxLength={100} placeholder="e.g. Poutine" />
        </label>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <button type="submit">Apply</button>
        <a className="button secondary" href="/entities">
          Reset
        </a>
      </form>
      <section className="card" aria-label="Entity table">
        <div className="card-head">
          <h2>
            {fmtInt(result.total)} {result.total === 1 ? 'entity' : 'entities'}
          </h2>
          <CsvLink href={exportHref('entities', { ...filterOnly, sort: query.sort, dir: query.dir, page: query.page })} />
        </div>
        {result.rows.length === 0 ? (
          <p className="empty">{query.q || query.type ? 'No entity matches these filters.' : 'No entities yet: ingest an article.'}</p>
        ) : (
          <>
            <SortBar
              columns={[
                { label: 'Name', column: 'name' },
                { label: 'Type', column: 'type' },
                { label: 'Mentions', column: 'mentions' },
                { label: 'Articles', column: 'articles' },
                { label: 'Sentiment', column: 'sentiment' },
                { label: 'Roles', column: 'roles' },
              ]}
              {...common}
            />
            <table className="data stack" id="entity-table">
              <thead>
                <tr>
                  <SortHeader label="Name" column="name" {...common} />
                  <SortHeader label="Type" column="type" {...common} />
                  <SortHeader label="Mentions" column="mentions" numeric how={HOW.entityMentions} {...common} />
                  <SortHeader label="Articles" column="articles" numeric how={HOW.entityArticles} {...common} />
                  <SortHeader label="Sentiment" column="sentiment" numeric how={HOW.entitySentiment} {...common} />
                  <SortHeader label="Roles" column="roles" how={`${HOW.entityRoles} Sorted by how many distinct roles, then the first alphabetically.`} {...common} />
                </tr>
              </thead>
              <tbody>
                {result.rows.map((e) => (
                  <tr key={e.id}>
                    <td data-label="Name">
                      <a href={entityHref(e.id)}>{e.name}</a>{' '}
                      <a className="ctx-link" href={termHref(e.name)} aria-label={`${e.name} in context`} title="Keyword in context">
                        contexts
                      </a>
                    </td>
                    <td data-label="Type">
                      <span className={`badge ${e.type}`}>{e.type}</span>
                    </td>
                    <td data-label="Mentions" className="num">
                      {fmtInt(e.mentions)}
                    </td>
                    <td data-label="Articles" className="num">
                      {fmtInt(e.articles)}
                    </td>
                    <td data-label="Sentiment" className="num">
                      <span className={`sent ${sentimentClass(e.sentiment)}`}>{fmtSigned(e.sentiment)}</span>
                    </td>
                    <td data-label="Roles" className="roles">
                      {e.roles.length ? e.roles.slice(0, 4).join('; ') + (e.roles.length > 4 ? ` (+${e.roles.length - 4})` : '') : '–'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager page={result.page} pageSize={result.pageSize} total={result.total} path="/entities" params={{ ...filterOnly, sort: query.sort, dir: query.dir }} noun="entities" />
          </>
        )}
      </section>
    </>
  )
}
