/** One article's co-occurrences → the nodes and links the network draws. */
import type { ArticleAnalysis } from '@newslens/analysis'
import type { NetworkLink, NetworkNode } from '@/components/Network'
import { termHref } from './links'

export function articleNetwork(analysis: ArticleAnalysis, maxLinks = 45): { nodes: NetworkNode[]; links: NetworkLink[] } {
  const display = new Map(analysis.terms.map((t) => [t.term, t.display]))
  const entityType = new Map(analysis.entities.map((e) => [e.name, e.type]))
  const chosen = analysis.cooccurrences
    .filter((c) => c.scope === 'sentence' && c.a !== c.b)
    .sort((x, y) => y.count - x.count || y.npmi - x.npmi || (x.a + x.b).localeCompare(y.a + y.b))
    .slice(0, maxLinks)
  const nodes = new Map<string, NetworkNode>()
  const node = (key: string, kind: 'term' | 'entity'): string => {
    const id = `${kind}:${key}`
    if (!nodes.has(id)) {
      const label = kind === 'term' ? (display.get(key) ?? key) : key
      nodes.set(id, { id, label, kind: kind === 'term' ? 'term' : (entityType.get(key) ?? 'organization'), href: termHref(label) })
    }
    return id
  }
  const links = chosen.map((c) => ({ source: node(c.a, c.kind), target: node(c.b, c.kind), count: c.count }))
  return { nodes: [...nodes.values()], links }
}
