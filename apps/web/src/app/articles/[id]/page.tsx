import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { Entity } from '@newslens/analysis'
import { ArticleEntityTable } from '@/components/ArticleEntityTable'
import { Card } from '@/components/Card'
import { HBarChart } from '@/components/charts/HBarChart'
import { SentenceSentimentChart } from '@/components/charts/SentenceSentimentChart'
import { DeleteArticleButton } from '@/components/DeleteArticleButton'
import { EntityMention, type MentionTip } from '@/components/EntityMention'
import { InfoTip } from '@/components/InfoTip'
import { Network } from '@/components/Network'
import { articleNetwork } from '@/lib/article-network'
import { buildParagraphs, type Paragraph } from '@/lib/article-text'
import { exportHref, LIMITS } from '@/lib/exports'
import { fmtDate, fmtInt, fmtSigned, LANG_NAMES, sentimentClass } from '@/lib/format'
import { entityLookupHref, safeHttpUrl, termHref } from '@/lib/links'
import { HOW } from '@/lib/metrics'
import { loadArticle } from '@/lib/loaders'
import { themeColor } from '@/lib/themes'

export async function generateMetadata(props: PageProps<'/articles/[id]'>): Promise<Metadata> {
  const article = await loadArticle((await props.params).id)
  return { title: article ? article.title || `Article ${article.id}` : 'Article not found' }
}

export default async function ArticlePage(props: PageProps<'/articles/[id]'>) {
  const article = await loadArticle((await props.params).id)
  if (!article) notFound()
  const a = article.analysis
  const url = safeHttpUrl(article.url)
  const paragraphs = buildParagraphs(
    article.text,
    a.sentences,
    a.entities.flatMap((e, entity) => e.mentions.map((m) => ({ ...m, entity }))),
  )
  const tips = mentionTips(a.entities)
  const network = articleNetwork(a, LIMITS.networkLinks)
  const terms = a.terms.slice(0, LIMITS.articleTerms)
  const ngrams = a.ngrams.slice(0, LIMITS.articleNgrams)

  return (
    <>
      <h1>{article.title || `Article ${article.id}`}</h1>
      <div className="article-meta">
        <span>{fmtDate(article.publishedAt)}</span>
        {article.source ? <span>{article.source}</span> : null}
        {url ? (
          <a href={url} rel="noopener noreferrer nofollow" target="_blank">
            original ↗
          </a>
        ) : article.url ? (
          <span title="not an http(s) address: shown as text, not as a link">
            URL: <code>{article.url}</code>
          </span>
        ) : null}
        <span>{LANG_NAMES[a.lang] ?? a.lang}</span>
        <span>
          {fmtInt(a.stats.words)} words <InfoTip text={HOW.words_article} />
        </span>
        <span>
          sentiment <span className={`sent ${sentimentClass(a.sentiment.score)}`}>{fmtSigned(a.sentiment.score)}</span> <InfoTip text={HOW.docSentiment} />
        </span>
        {a.themes[0] ? <span>theme: {a.themes[0].theme}</span> : null}
        <DeleteArticleButton id={article.id} />
      </div>

      <div className="article-layout">
        <section className="card" aria-label="Article text">
          <div className="legend" aria-label="Entity highlight legend">
            <span className="badge person">person</span>
            <span className="badge organization">organization</span>
            <span className="badge location">location</span>
            <span className="muted small">Hover or focus a highlighted name for details.</span>
          </div>
          <div className="article-text">
            {paragraphs.map((p, i) => (
              <ParagraphView key={i} paragraph={p} tips={tips} paragraphIndex={i} />
            ))}
          </div>
        </section>
        <div className="article-side">
          <Card
            title="Themes"
            how={HOW.themeScore}
            csv={exportHref('article-themes', { id: article.id })}
          >
            <HBarChart
              ariaLabel="Theme scores"
              empty="No theme vocabulary found in this article."
              valueName="Score"
              format="num"
              data={a.themes.map((t) => ({
                label: t.theme,
                value: t.score,
                color: themeColor(t.theme),
                detail: t.evidence.slice(0, 5).map((e) => `${e.term}×${e.count}`).join(', '),
                href: `/articles?theme=${encodeURIComponent(t.theme)}`,
              }))}
            />
            {a.themes.length ? (
              <ul className="evidence" aria-label="Evidence behind each theme score">
                {a.themes.map((t) => (
                  <li key={t.theme}>
                    <strong>{t.theme}</strong> {t.score.toFixed(2)}:{' '}
                    {t.evidence.map((e, i) => (
                      <span key={e.term}>
                        {i ? ', ' : ''}
                        <a href={termHref(e.term)}>{e.term}</a>×{e.count}
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            ) : null}
          </Card>
          <Card
            title="Sentiment per sentence"
            how={HOW.sentenceSentiment}
            csv={exportHref('article-sentences', { id: article.id })}
          >
            <SentenceSentimentChart data={a.sentences.map((s) => ({ index: s.index, sentiment: s.sentiment, preview: preview(article.text.slice(s.start, s.end)) }))} />
          </Card>
        </div>
      </div>

      <div className="grid">
        <Card
          title="Top terms"
          how={HOW.relativeFrequency}
          csv={exportHref('article-terms', { id: article.id })}
        >
          <HBarChart ariaLabel="Top terms of the article" valueName="Occurrences" empty="No content words." data={terms.map((t) => ({ label: t.display, value: t.count, detail: `${(t.relativeFrequency * 100).toFixed(1)}% of content words`, href: termHref(t.display) }))} />
        </Card>
        <Card
          title="Top n-grams"
          how={HOW.ngramCount}
          csv={exportHref('article-ngrams', { id: article.id })}
        >
          <HBarChart ariaLabel="Top n-grams of the article" valueName="Occurrences" empty="No word sequences." labelWidth={170} color="var(--c4)" data={ngrams.map((g) => ({ label: g.text, value: g.count, href: termHref(g.text) }))} />
        </Card>
      </div>

      <Card
        className="section-gap"
        title="Co-occurrence network"
        how={HOW.cooccurrence}
        csv={exportHref('article-cooccurrences', { id: article.id })}
      >
        <Network nodes={network.nodes} links={network.links} />
        <p className="card-note">Grey: terms; yellow: people; blue: organizations; green: places. Hover a node to see its links, drag it to move it, click it for its contexts.</p>
      </Card>

      <Card
        title="Entities in this article"
        how={`${HOW.entityRoles} Sentiment: mean of the sentences naming the entity.`}
        csv={exportHref('article-entities', { id: article.id })}
      >
        <ArticleEntityTable
          rows={a.entities.map((e) => ({
            name: e.name,
            type: e.type,
            count: e.count,
            sentiment: e.sentiment,
            roles: e.roles.join('; '),
            aliases: e.aliases.join('; '),
            entityHref: entityLookupHref(e.name, e.type),
            contextsHref: termHref(e.name),
          }))}
        />
      </Card>
    </>
  )
}

function preview(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim()
  return s.length > 90 ? `${s.slice(0, 89)}…` : s
}


/** the tooltip of each entity, built once: its mentions share the object (sent once to the browser) */
function mentionTips(entities: Entity[]): MentionTip[] {
  return entities.map((e) => ({
    name: e.name,
    type: e.type,
    roles: e.roles.join('; '),
    count: e.count,
    sentiment: fmtSigned(e.sentiment),
    also: e.aliases.length > 1 ? e.aliases.filter((x) => x !== e.name).join(', ') : '',
    entityHref: entityLookupHref(e.name, e.type),
    contextsHref: termHref(e.name),
  }))
}

function ParagraphView({ paragraph, tips, paragraphIndex }: { paragraph: Paragraph; tips: MentionTip[]; paragraphIndex: number }) {
  // consecutive pieces of one sentence share a span; the span where a sentence starts carries
  // its anchor (#s-N), the target of the sentence sentiment chart and of keyword-in-context links
  const groups: { sentence: number | null; anchor: number | undefined; pieces: { piece: Paragraph['pieces'][number]; at: number }[] }[] = []
  paragraph.pieces.forEach((piece, at) => {
    const anchor = paragraph.anchors.get(at)
    const last = groups[groups.length - 1]
    if (last && anchor === undefined && last.sentence === piece.sentence) last.pieces.push({ piece, at })
    else groups.push({ sentence: piece.sentence, anchor, pieces: [{ piece, at }] })
  })
  return (
    <p>
      {groups.map((g, gi) => (
        <span key={gi} id={g.anchor !== undefined ? `s-${g.anchor}` : undefined} className={g.sentence !== null ? 'sentence' : undefined}>
          {g.pieces.map(({ piece, at }) => {
            const tip = piece.kind === 'mention' ? tips[piece.entity] : undefined
            return tip ? <EntityMention key={at} text={piece.text} tip={tip} tipId={`m-${paragraphIndex}-${at}`} /> : piece.text
          })}
        </span>
      ))}
    </p>
  )
}
