import type { Metadata } from 'next'
import { CsvLink } from '@/components/Card'
import { FilterBar } from '@/components/FilterBar'
import { InfoTip } from '@/components/InfoTip'
import { Pager } from '@/components/Pager'
import { SortBar, SortHeader } from '@/components/SortHeader'
import { fmtDate, fmtInt, fmtSigned, sentimentClass } from '@/lib/format'
import { articleHref, safeHttpUrl } from '@/lib/links'
import { exportHref, LIMITS } from '@/lib/exports'
import { HOW } from '@/lib/metrics'
import { filterParams, parseArticleSort, parseFilter, parsePage, type SearchParams } from '@/lib/params'
import { getStore } from '@/lib/store'
import { themeOptions } from '@/lib/themes'

export const metadata: Metadata = { title: 'Articles' }

const COLUMNS = [
  { label: 'Title', column: 'title' },
  { label: 'Date', column: 'publishedAt' },
  { label: 'Words', column: 'words' },
  { label: 'Sentiment', column: 'sentiment' },
  { label: 'Theme', column: 'dominantTheme' },
  { label: 'Added', column: 'createdAt' },
]

export default async function ArticlesPage(props: PageProps<'/articles'>) {
  const sp = (await props.searchParams) as SearchParams
  const filter = parseFilter(sp)
  const { sort, dir } = parseArticleSort(sp)
  const page = parsePage(sp)
  const store = await getStore()
  const result = await store.listArticles({ ...filter, sort, dir, page, pageSize: LIMITS.articlesPage })
  const keep = { ...filterParams(filter), sort, dir }
  const headerParams = filterParams(filter)

  return (
    <>
      <h1>Articles</h1>
      <FilterBar filter={filter} themes={themeOptions([])} action="/articles" />
      <section className="card" aria-label="Articles table">
        <div className="card-head">
          <h2>
            {fmtInt(result.total)} {result.total === 1 ? 'article' : 'articles'}
          </h2>
          <CsvLink href={exportHref('articles', { ...keep, page })} />
        </div>
        {result.rows.length === 0 ? (
          <p className="empty">
            No articles {Object.keys(filter).length ? 'match these filters' : 'yet'}. <a href="/ingest">Ingest one</a>.
          </p>
        ) : (
          <>
            <SortBar columns={COLUMNS} sort={sort} dir={dir} path="/articles" params={headerParams} />
            <table className="data stack">
              <thead>
                <tr>
                  <SortHeader label="Title" column="title" sort={sort} dir={dir} path="/articles" params={headerParams} />
                  <SortHeader label="Date" column="publishedAt" sort={sort} dir={dir} path="/articles" params={headerParams} how="Publication date; undated articles sort last." />
                  <th scope="col">Source</th>
                  <th scope="col">Lang</th>
                  <SortHeader label="Words" column="words" sort={sort} dir={dir} path="/articles" params={headerParams} numeric how={HOW.words_article} />
                  <SortHeader label="Sentiment" column="sentiment" sort={sort} dir={dir} path="/articles" params={headerParams} numeric how={HOW.docSentiment} />
                  <SortHeader label="Theme" column="dominantTheme" sort={sort} dir={dir} path="/articles" params={headerParams} how="The theme with the highest document score." />
                </tr>
              </thead>
              <tbody>
                {result.rows.map((a) => {
                  const url = safeHttpUrl(a.url)
                  return (
                    <tr key={a.id}>
                      <td data-label="Title">
                        <a href={articleHref(a.id)}>{a.title || `Article ${a.id}`}</a>
                      </td>
                      <td data-label="Date">{fmtDate(a.publishedAt)}</td>
                      <td data-label="Source">
                        {url ? (
                          <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                            {a.source || new URL(url).hostname}
                          </a>
                        ) : (
                          a.source || '–'
                        )}
                      </td>
                      <td data-label="Lang">{a.lang}</td>
                      <td data-label="Words" className="num">
                        {fmtInt(a.words)}
                      </td>
                      <td data-label="Sentiment" className="num">
                        <span className={`sent ${sentimentClass(a.sentiment)}`}>{fmtSigned(a.sentiment)}</span>
                      </td>
                      <td data-label="Theme">{a.dominantTheme ?? '–'}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            <Pager page={result.page} pageSize={result.pageSize} total={result.total} path="/articles" params={keep} noun="articles" />
          </>
        )}
        <p className="card-note">
          Sentiment <InfoTip text={HOW.docSentiment} /> · sort by clicking a column header; click again to reverse.
        </p>
      </section>
    </>
  )
}
