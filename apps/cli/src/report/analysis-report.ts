import type { ArticleAnalysis } from '@newslens/analysis'
import { bar, type Style } from './style'

export interface ReportOptions {
  title?: string
  source?: string
  /** how many rows per section */
  top?: number
}

const LANG_NAMES: Record<string, string> = { fr: 'French', en: 'English', und: 'undetermined' }
const TYPE_NAMES: Record<string, string> = { person: 'Persons', organization: 'Organizations', location: 'Locations' }

/** The readable terminal view of one analysis: what a person wants to see first. */
export function formatAnalysisReport(analysis: ArticleAnalysis, style: Style, options: ReportOptions = {}): string {
  const top = options.top ?? 10
  const out: string[] = []
  const section = (name: string) => out.push('', style.bold(name))

  if (options.title) out.push(style.bold(options.title))
  const { stats } = analysis
  out.push(
    style.dim(
      [
        options.source,
        `${LANG_NAMES[analysis.lang] ?? analysis.lang} (confidence ${analysis.langConfidence.toFixed(2)})`,
        `${stats.words} words`,
        `${stats.sentences} sentences`,
        `${stats.paragraphs} paragraphs`,
        `engine ${analysis.version}`,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
  )

  section('Sentiment')
  const s = analysis.sentiment
  const colour = s.label === 'positive' ? style.green : s.label === 'negative' ? style.red : (t: string) => t
  out.push(`  ${colour(`${s.label} ${signed(s.score)}`)}  ${style.dim('(score in [-1, 1], lexicon with negation and intensifiers)')}`)
  if (s.positive.length > 0) out.push(`  + ${s.positive.slice(0, top).map((w) => `${w.term} ${signed(w.weight)}`).join(', ')}`)
  if (s.negative.length > 0) out.push(`  − ${s.negative.slice(0, top).map((w) => `${w.term} ${signed(w.weight)}`).join(', ')}`)

  section('Themes')
  if (analysis.themes.length === 0) out.push(style.dim('  none detected'))
  const maxTheme = analysis.themes[0]?.score || 1
  for (const theme of analysis.themes.slice(0, top)) {
    const evidence = theme.evidence.slice(0, 6).map((e) => `${e.term} ×${e.count}`).join(', ')
    out.push(`  ${theme.theme.padEnd(15)} ${style.cyan(bar(theme.score / maxTheme, 20))} ${theme.score.toFixed(2).padStart(6)}  ${style.dim(evidence)}`)
  }

  section('Top terms')
  if (analysis.terms.length === 0) out.push(style.dim('  none'))
  const maxCount = analysis.terms[0]?.count || 1
  for (const term of analysis.terms.slice(0, top)) {
    out.push(`  ${truncate(term.display, 24).padEnd(24)} ${style.cyan(bar(term.count / maxCount, 20))} ${String(term.count).padStart(4)}  ${style.dim(`${(term.relativeFrequency * 100).toFixed(1)}%`)}`)
  }
  if (analysis.ngrams.length > 0) {
    out.push(`  ${style.dim('phrases:')} ${analysis.ngrams.slice(0, top).map((n) => `${n.text} ×${n.count}`).join(', ')}`)
  }

  section('Entities')
  if (analysis.entities.length === 0) out.push(style.dim('  none detected'))
  for (const type of ['person', 'organization', 'location'] as const) {
    const entities = analysis.entities.filter((e) => e.type === type)
    if (entities.length === 0) continue
    out.push(`  ${style.bold(TYPE_NAMES[type]!)}`)
    for (const entity of entities.slice(0, top)) {
      const aliases = entity.aliases.filter((a) => a !== entity.name)
      const details = [
        `×${entity.count}`,
        entity.roles.length > 0 ? entity.roles.join('; ') : '',
        aliases.length > 0 ? style.dim(`aka ${aliases.join(', ')}`) : '',
        style.dim(`sentiment ${signed(entity.sentiment)}`),
      ].filter(Boolean)
      out.push(`    ${entity.name}  ${details.join('  ')}`)
    }
  }

  const pairs = analysis.cooccurrences.filter((c) => c.scope === 'sentence').slice(0, Math.min(top, 8))
  if (pairs.length > 0) {
    section('Co-occurrences (same sentence)')
    for (const c of pairs) {
      out.push(`  ${c.a} — ${c.b}  ×${c.count}  ${style.dim(`npmi ${c.npmi.toFixed(2)} logDice ${c.logDice.toFixed(1)}`)}`)
    }
  }
  return `${out.join('\n')}\n`
}

function signed(n: number): string {
  return `${n > 0 ? '+' : ''}${n.toFixed(2)}`
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text
}
