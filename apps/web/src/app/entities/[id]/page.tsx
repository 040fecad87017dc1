import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Card } from '@/components/Card'
import { ColumnChart } from '@/components/charts/ColumnChart'
import { HBarChart } from '@/components/charts/HBarChart'
import { Tile } from '@/components/Tile'
import { fmtDate, fmtInt, fmtSigned, sentimentClass } from '@/lib/format'
import { articleHref, entityHref, termHref } from '@/lib/links'
import { exportHref, LIMITS } from '@/lib/exports'
import { HOW } from '@/lib/metrics'
import { loadEntity } from '@/lib/loaders'

export async function generateMetadata(props: PageProps<'/entities/[id]'>): Promise<Metadata> {
  const entity = await loadEntity((await props.params).id)
  return { title: entity ? entity.name : 'Entity not found' }
}

export default async function EntityPage(props: PageProps<'/entities/[id]'>) {
  const e = await loadEntity((await props.params).id)
  if (!e) notFound()
  return (
    <>
      <h1>
        {e.name} <span className={`badge ${e.type}`}>{e.type}</span>
      </h1>
      <p className="lead">
        {e.aliases.filter((x) => x !== e.name).length ? <>Also named: {e.aliases.filter((x) => x !== e.name).join(', ')}. </> : null}
        <a href={termHref(e.name)}>Read every mention in context →</a>
      </p>
      <div className="tiles">
        <Tile label="Mentions" value={fmtInt(e.mentions)} how={HOW.entityMentions} />
        <Tile label="Articles" value={fmtInt(e.articles)} how={HOW.entityArticles} />
        <Tile label="Sentiment" value={<span className={`sent ${sentimentClass(e.sentiment)}`}>{fmtSigned(e.sentiment)}</span>} how={HOW.entitySentiment} />
      </div>
      <div className="grid">
        <Card title="Roles" how={HOW.entityRoles} csv={exportHref('entity-roles', { id: e.id })}>
          {e.roles.length ? (
            <ul className="evidence">
              {e.roles.map((r) => (
                <li key={r}>
                  <a href={termHref(r)}>{r}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">No role found next to this name.</p>
          )}
        </Card>
        <Card
          title="Mentions over time"
          how={HOW.entityTimeline}
          csv={exportHref('entity-timeline', { id: e.id })}
        >
          <ColumnChart ariaLabel={`Mentions of ${e.name} per month`} valueName="Mentions" empty="Only undated articles name this entity: no months to show." data={e.timeline.map((p) => ({ label: p.bucket.slice(0, 7), value: p.mentions }))} />
        </Card>
        <Card
          title="Co-mentioned entities"
          how={`${HOW.coMention} Click a name for its contexts.`}
          csv={exportHref('entity-co-mentions', { id: e.id })}
        >
          <HBarChart
            ariaLabel={`Entities named in the same articles as ${e.name}`}
            valueName="Shared articles"
            empty="No other entity is named in the same articles."
            data={e.coMentions.slice(0, LIMITS.entityCoMentions).map((c) => ({ label: c.name, value: c.articles, detail: c.type, href: termHref(c.name), color: `var(--${c.type}-line)` }))}
          />
          {e.coMentions.length ? (
            <p className="card-note">
              Entity pages:{' '}
              {e.coMentions.slice(0, 8).map((c, i) => (
                <span key={c.id}>
                  {i ? ', ' : ''}
                  <a href={entityHref(c.id)}>{c.name}</a>
                </span>
              ))}
            </p>
          ) : null}
        </Card>
      </div>
      <Card
        className="section-gap"
        title={`Articles naming ${e.name}`}
        how="Articles in which the entity is named, with the number of mentions and the roles found in each."
        csv={exportHref('entity-articles', { id: e.id })}
      >
        {e.articles > Math.min(e.articleList.length, LIMITS.entityArticles) ? (
          <p className="card-note">
            The {fmtInt(Math.min(e.articleList.length, LIMITS.entityArticles))} articles naming it most often, of {fmtInt(e.articles)}.{' '}
            <a href={`/articles?q=${encodeURIComponent(e.name)}`}>Search all articles for “{e.name}” →</a>
          </p>
        ) : null}
        {e.articleList.length === 0 ? (
          <p className="empty">No article.</p>
        ) : (
          <table className="data stack">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Date</th>
                <th scope="col" className="num">
                  Mentions
                </th>
                <th scope="col">Roles</th>
              </tr>
            </thead>
            <tbody>
              {e.articleList.slice(0, LIMITS.entityArticles).map((a) => (
                <tr key={a.id}>
                  <td data-label="Title">
                    <a href={articleHref(a.id)}>{a.title || `Article ${a.id}`}</a>
                  </td>
                  <td data-label="Date">{fmtDate(a.publishedAt)}</td>
                  <td data-label="Mentions" className="num">
                    {fmtInt(a.mentions)}
                  </td>
                  <td data-label="Roles" className="roles">
                    {a.roles.join('; ') || '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  )
}
