import type { ArticleAnalysis, EntityType, Span } from '@newslens/analysis'
import { finite } from '../analysis-rows/validate'
import { storableText } from '../articles/normalise'
import { foldKey } from '../fold'

const TYPES = new Set<string>(['person', 'organization', 'location'])

export interface ArticleEntityRow {
  key: string
  name: string
  type: EntityType
  count: number
  sentiment: number
  roles: string[]
  aliases: string[]
  mentions: Span[]
}

/** the merge key of an entity across the corpus: its folded name ("Élysée" = "elysee") */
export function entityKey(name: string): string {
  return foldKey(name) || name.trim().toLowerCase()
}

/** An article's entities, one per type + normalised name (the engine may list a name twice). */
export function articleEntityRows(analysis: ArticleAnalysis): ArticleEntityRow[] {
  const byKey = new Map<string, ArticleEntityRow>()
  for (const e of analysis.entities) {
    if (!e || typeof e.name !== 'string' || !TYPES.has(e.type)) continue
    const name = storableText(e.name).trim()
    const key = entityKey(name)
    if (key === '') continue
    const count = Math.max(1, finite(e.count))
    const id = `${e.type}\u0000${key}`
    const seen = byKey.get(id)
    const labels = (list: unknown) => (Array.isArray(list) ? list : []).filter((r): r is string => typeof r === 'string' && r.trim() !== '').map((r) => storableText(r).trim())
    const roles = labels(e.roles)
    const aliases = labels(e.aliases)
    const mentions = Array.isArray(e.mentions) ? e.mentions.filter((m) => m && Number.isFinite(m.start) && Number.isFinite(m.end)) : []
    if (!seen) {
      byKey.set(id, { key, name, type: e.type, count, sentiment: finite(e.sentiment), roles: [...new Set(roles)], aliases: [...new Set(aliases)], mentions: mentions.map((m) => ({ start: m.start, end: m.end })) })
      continue
    }
    seen.sentiment = (seen.sentiment * seen.count + finite(e.sentiment) * count) / (seen.count + count)
    seen.count += count
    seen.roles = [...new Set([...seen.roles, ...roles])]
    seen.aliases = [...new Set([...seen.aliases, ...aliases, name])].filter((a) => a !== seen.name)
    seen.mentions.push(...mentions.map((m) => ({ start: m.start, end: m.end })))
  }
  return [...byKey.values()]
}
