import type { Metadata } from 'next'
import { Card } from '@/components/Card'
import { FilterBar } from '@/components/FilterBar'
import { fmtInt } from '@/lib/format'
import { articleHref, entityHref } from '@/lib/links'
import { HOW } from '@/lib/metrics'
import { exportHref, LIMITS } from '@/lib/exports'
import { filterParams, parseFilter, type SearchParams } from '@/lib/params'
import { getStore } from '@/lib/store'
import { themeOptions } from '@/lib/themes'


function decodeTerm(raw: string): string {
  let term = raw
  try {
    term = decodeURIComponent(raw)
  } catch {
    // a malformed escape is searched as typed
  }
  return term.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, 200)
}

export async function generateMetadata(props: PageProps<'/terms/[term]'>): Promise<Metadata> {
  return { title: `“${decodeTerm((await props.params).term)}” in context` }
}

export default async function TermPage(props: PageProps<'/terms/[term]'>) {
  const term = decodeTerm((await props.params).term)
  const filter = parseFilter((await props.searchParams) as SearchParams)
  const store = await getStore()
  const [contexts, entities] = term
    ? await Promise.all([store.termContexts(term, filter, LIMITS.contexts), store.listEntities({ q: term, pageSize: 10, sort: 'mentions', dir: 'desc' })])
    : [[], null]
  const articles = new Set(contexts.map((c) => c.articleId)).size
  const lower = term.toLocaleLowerCase()
  const entity = entities?.rows.find((e) => e.name.toLocaleLowerCase() === lower || e.aliases.some((a) => a.toLocaleLowerCase() === lower))

  return (
    <>
      <h1>“{term}” in context</h1>
      {entity ? (
        <p className="lead">
          <span className={`badge ${entity.type}`}>{entity.type}</span> <a href={entityHref(entity.id)}>{entity.name}: roles, articles and co-mentions →</a>
        </p>
      ) : null}
      <FilterBar filter={filter} themes={themeOptions([])} action={`/terms/${encodeURIComponent(term)}`} />
      <Card
        title={`${fmtInt(contexts.length)}${contexts.length === LIMITS.contexts ? '+' : ''} occurrences in ${fmtInt(articles)} ${articles === 1 ? 'article' : 'articles'}`}
        how={HOW.kwic}
        csv={exportHref('contexts', { ...filterParams(filter), term })}
      >
        {contexts.length === 0 ? (
          <p className="empty">“{term}” does not occur in the {Object.keys(filter).length ? 'filtered ' : ''}articles.</p>
        ) : (
          <table className="kwic" aria-label={`Keyword in context: ${term}`}>
            <tbody>
              {contexts.map((c, i) => (
                <KwicRows key={`${c.articleId}-${c.start}-${i}`} c={c} />
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  )
}

function KwicRows({ c }: { c: { articleId: number; title: string; sentenceIndex: number; left: string; match: string; right: string } }) {
  return (
    <>
      <tr className="src">
        <td colSpan={3}>
          <a href={articleHref(c.articleId, c.sentenceIndex)}>
            {c.title || `Article ${c.articleId}`}, sentence {c.sentenceIndex + 1}
          </a>
        </td>
      </tr>
      <tr className="ctx">
        <td className="left">
          <span>{c.left}</span>
        </td>
        <td className="match">
          <span title={c.match}>{c.match}</span>
        </td>
        <td className="right">{c.right}</td>
      </tr>
    </>
  )
}
