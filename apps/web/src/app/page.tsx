import type { Metadata } from 'next'
import type { EntityType } from '@newslens/analysis'
import { Card } from '@/components/Card'
import { ColumnChart } from '@/components/charts/ColumnChart'
import { HBarChart } from '@/components/charts/HBarChart'
import { TimelineChart } from '@/components/charts/TimelineChart'
import { FilterBar } from '@/components/FilterBar'
import { Tile } from '@/components/Tile'
import { fmtInt, fmtPct, LANG_NAMES } from '@/lib/format'
import { termHref } from '@/lib/links'
import { HOW } from '@/lib/metrics'
import { exportHref, LIMITS } from '@/lib/exports'
import { filterParams, parseFilter, type SearchParams } from '@/lib/params'
import { getStore } from '@/lib/store'
import { themeColor, themeOptions } from '@/lib/themes'

export const metadata: Metadata = { title: 'Overview' }

const ENTITY_TYPES: { type: EntityType; title: string }[] = [
  { type: 'person', title: 'Top people' },
  { type: 'organization', title: 'Top organizations' },
  { type: 'location', title: 'Top places' },
]

export default async function OverviewPage(props: PageProps<'/'>) {
  const filter = parseFilter((await props.searchParams) as SearchParams)
  const store = await getStore()
  const [stats, shares, terms, timeline, distribution, ...entities] = await Promise.all([
    store.corpusStats(filter),
    store.themeShares(filter),
    store.topTerms(filter, LIMITS.overviewTerms),
    store.timeline(filter, 'month'),
    store.sentimentDistribution(filter, LIMITS.sentimentBins),
    ...ENTITY_TYPES.map((e) => store.topEntities(filter, e.type, LIMITS.overviewEntities)),
  ])
  const fp = filterParams(filter)
  const themeIds = themeOptions(shares.map((s) => s.theme))
  const timelineThemes = [...new Set(timeline.flatMap((p) => Object.keys(p.themes)))].sort()
  const dated = stats.articles - stats.undated

  return (
    <>
      <h1>Corpus overview</h1>
      <FilterBar filter={filter} themes={themeIds} action="/" />
      {stats.articles === 0 ? (
        <p className="empty">
          No articles match {Object.keys(filter).length ? 'these filters' : 'yet'}. <a href="/ingest">Ingest an article</a>
          {Object.keys(filter).length ? (
            <>
              {' '}
              or <a href="/">clear the filters</a>
            </>
          ) : null}
          .
        </p>
      ) : null}
      <div className="tiles">
        <Tile label="Articles" value={fmtInt(stats.articles)} how={HOW.articles} />
        <Tile label="Words" value={fmtInt(stats.words)} how={HOW.words} />
        <Tile
          label="Languages"
          value={stats.languages.length ? stats.languages.map((l) => `${LANG_NAMES[l.lang] ?? l.lang} ${fmtInt(l.articles)}`).join(' · ') : '–'}
          how={HOW.languages}
        />
        <Tile label="Undated" value={fmtInt(stats.undated)} how={HOW.undated} />
      </div>
      <div className="grid">
        <Card
          title="Theme shares"
          how={`${HOW.themeShare} Mean score: ${HOW.themeMeanScore}`}
          csv={exportHref('theme-shares', fp)}
        >
          <HBarChart
            ariaLabel="Theme shares"
            valueName="Share of articles"
            format="pct"
            data={shares.map((s) => ({
              label: s.theme,
              value: s.share,
              detail: `${fmtInt(s.articles)} articles, mean score ${s.meanScore.toFixed(2)}`,
              href: `/articles?theme=${encodeURIComponent(s.theme)}`,
              color: themeColor(s.theme),
            }))}
          />
        </Card>
        <Card
          title="Top terms"
          how={`${HOW.termCount} Click a term for its contexts.`}
          csv={exportHref('top-terms', fp)}
        >
          <HBarChart
            ariaLabel="Top terms"
            valueName="Occurrences"
            data={terms.map((t) => ({ label: t.display, value: t.count, detail: `in ${fmtInt(t.articles)} articles`, href: termHref(t.display) }))}
          />
        </Card>
        {ENTITY_TYPES.map((e, i) => {
          const rows = entities[i] ?? []
          return (
            <Card
              key={e.type}
              title={e.title}
              how={`${HOW.entityMentions} Click a name for its contexts.`}
              csv={exportHref('top-entities', { ...fp, type: e.type })}
            >
              <HBarChart
                ariaLabel={e.title}
                valueName="Mentions"
                color={`var(--${e.type}-line)`}
                data={rows.map((r) => ({ label: r.name, value: r.mentions, detail: `in ${fmtInt(r.articles)} articles`, href: termHref(r.name) }))}
              />
              {rows.length ? (
                <p className="card-note">
                  <a href={`/entities?type=${e.type}`}>All {e.type === 'person' ? 'people' : e.type === 'organization' ? 'organizations' : 'places'} →</a>
                </p>
              ) : null}
            </Card>
          )
        })}
        <Card
          title="Sentiment distribution"
          how={HOW.sentimentDistribution}
          csv={exportHref('sentiment-distribution', fp)}
        >
          <ColumnChart
            ariaLabel="Articles per sentiment bin"
            valueName="Articles"
            xLabel="document sentiment"
            data={distribution.map((b) => ({
              label: b.from.toFixed(1),
              value: b.articles,
              detail: `${b.from.toFixed(1)} to ${b.to.toFixed(1)}`,
              color: b.to <= 0 ? 'var(--neg)' : b.from >= 0 ? 'var(--pos)' : 'var(--neu)',
            }))}
          />
        </Card>
      </div>
      <div className="grid wide section-gap">
        <Card
          title="Articles and sentiment over time"
          how={HOW.timeline}
          csv={exportHref('timeline', fp)}
        >
          <TimelineChart ariaLabel="Articles and mean sentiment per month" mode="sentiment" data={timeline} />
          <p className="card-note">
            {fmtInt(dated)} dated articles shown; {fmtInt(stats.undated)} undated {stats.undated === 1 ? 'article' : 'articles'} left out.
          </p>
        </Card>
        <Card
          title="Themes over time"
          how="Articles per month of publication, split by their dominant theme; undated articles left out."
          csv={exportHref('themes-over-time', fp)}
        >
          <TimelineChart ariaLabel="Dominant themes per month" mode="themes" themes={timelineThemes} colors={timelineThemes.map(themeColor)} data={timeline} />
          <p className="card-note">
            {fmtInt(stats.undated)} undated {stats.undated === 1 ? 'article' : 'articles'} left out. Shares: {shares.slice(0, 3).map((s) => `${s.theme} ${fmtPct(s.share)}`).join(', ') || '–'}
          </p>
        </Card>
      </div>
    </>
  )
}
