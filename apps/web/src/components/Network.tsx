'use client'
import { useEffect, useMemo, useRef, useState } from 'react'
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force'

export interface NetworkNode {
  id: string
  label: string
  kind: 'term' | 'person' | 'organization' | 'location'
  href: string
}

export interface NetworkLink {
  source: string
  target: string
  count: number
}

interface SimNode extends SimulationNodeDatum, NetworkNode {
  degree: number
}
type SimLink = SimulationLinkDatum<SimNode> & { count: number }

/** drawing size in SVG units: wide on a desktop, taller than wide on a phone so labels stay legible */
function frameFor(containerWidth: number): { width: number; height: number } {
  const width = Math.max(300, Math.min(900, Math.round(containerWidth)))
  return { width, height: width < 560 ? Math.round(width * 1.25) : 480 }
}
const FILL: Record<NetworkNode['kind'], string> = {
  term: 'var(--neu)',
  person: 'var(--person-line)',
  organization: 'var(--organization-line)',
  location: 'var(--location-line)',
}

/**
 * Force-directed co-occurrence network. Nodes are links (keyboard reachable) to the term's
 * contexts; hovering or focusing one highlights its neighbours; nodes can be dragged.
 */
export function Network({ nodes, links }: { nodes: NetworkNode[]; links: NetworkLink[] }) {
  const [, setFrame] = useState(0)
  const [hot, setHot] = useState<string | null>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  const boxRef = useRef<HTMLDivElement>(null)
  const [frame, setFrameSize] = useState(() => frameFor(720))
  const WIDTH = frame.width
  const HEIGHT = frame.height
  useEffect(() => {
    const measure = () => {
      const w = boxRef.current?.clientWidth
      if (w) setFrameSize((f) => (Math.abs(frameFor(w).width - f.width) > 40 ? frameFor(w) : f))
    }
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [])
  const drag = useRef<{ node: SimNode; moved: boolean } | null>(null)

  const graph = useMemo(() => {
    const degree = new Map<string, number>()
    for (const l of links) {
      degree.set(l.source, (degree.get(l.source) ?? 0) + 1)
      degree.set(l.target, (degree.get(l.target) ?? 0) + 1)
    }
    const simNodes: SimNode[] = nodes.map((n, i) => ({
      ...n,
      degree: degree.get(n.id) ?? 0,
      // deterministic start on a circle: same picture on every load
      x: WIDTH / 2 + Math.cos((i / nodes.length) * 2 * Math.PI) * WIDTH * 0.3,
      y: HEIGHT / 2 + Math.sin((i / nodes.length) * 2 * Math.PI) * HEIGHT * 0.3,
    }))
    const simLinks: SimLink[] = links.map((l) => ({ source: l.source, target: l.target, count: l.count }))
    return { simNodes, simLinks }
  }, [nodes, links, WIDTH, HEIGHT])

  const simRef = useRef<Simulation<SimNode, SimLink> | null>(null)
  useEffect(() => {
    const maxCount = Math.max(1, ...graph.simLinks.map((l) => l.count))
    const sim = forceSimulation<SimNode>(graph.simNodes)
      .force('link', forceLink<SimNode, SimLink>(graph.simLinks).id((n) => n.id).distance((l) => 90 - 40 * (l.count / maxCount)))
      .force('charge', forceManyBody().strength(-160))
      .force('center', forceCenter(WIDTH / 2, HEIGHT / 2))
      // pull every component towards the middle: small disconnected groups stay in view
      .force('x', forceX(WIDTH / 2).strength(0.06))
      .force('y', forceY(HEIGHT / 2).strength(0.08))
      .force('collide', forceCollide<SimNode>().radius((n) => radius(n) + 6))
      .stop()
    sim.tick(200)
    for (const n of graph.simNodes) clamp(n, WIDTH, HEIGHT)
    setFrame((f) => f + 1)
    sim.on('tick', () => {
      for (const n of graph.simNodes) clamp(n, WIDTH, HEIGHT)
      setFrame((f) => f + 1)
    })
    simRef.current = sim
    return () => {
      sim.stop()
      simRef.current = null
    }
  }, [graph, WIDTH, HEIGHT])


  if (nodes.length === 0) return <p className="chart-empty">No co-occurrences to draw.</p>
  const neighbours = new Set<string>()
  if (hot) {
    for (const l of graph.simLinks) {
      const a = (l.source as SimNode).id ?? l.source
      const b = (l.target as SimNode).id ?? l.target
      if (a === hot) neighbours.add(b as string)
      if (b === hot) neighbours.add(a as string)
    }
    neighbours.add(hot)
  }
  const maxCount = Math.max(1, ...graph.simLinks.map((l) => l.count))

  const toSvg = (e: React.PointerEvent): { x: number; y: number } => {
    const svg = svgRef.current
    if (!svg) return { x: 0, y: 0 }
    const box = svg.getBoundingClientRect()
    return { x: ((e.clientX - box.left) / box.width) * WIDTH, y: ((e.clientY - box.top) / box.height) * HEIGHT }
  }

  function endDrag() {
    const d = drag.current
    if (!d) return
    d.node.fx = null
    d.node.fy = null
    simRef.current?.alphaTarget(0)
    // a drag that moved is not a click on the node's link: the click handler reads it first
    setTimeout(() => (drag.current = null), 0)
  }

  return (
    <div className="network" ref={boxRef}>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label="Co-occurrence network"
        onPointerMove={(e) => {
          const d = drag.current
          if (!d) return
          const p = toSvg(e)
          d.node.fx = p.x
          d.node.fy = p.y
          d.moved = true
          simRef.current?.alphaTarget(0.3).restart()
        }}
        onPointerUp={endDrag}
        onPointerLeave={endDrag}
      >
        {graph.simLinks.map((l, i) => {
          const a = l.source as SimNode
          const b = l.target as SimNode
          const isHot = hot !== null && (a.id === hot || b.id === hot)
          return <line key={i} className={`edge${isHot ? ' hot' : ''}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={1 + 4 * (l.count / maxCount)} />
        })}
        {graph.simNodes.map((n) => (
          <a
            key={n.id}
            href={n.href}
            className={`node${hot && !neighbours.has(n.id) ? ' dim' : ''}`}
            aria-label={`${n.label} (${n.kind}, ${n.degree} links): open contexts`}
            onMouseEnter={() => setHot(n.id)}
            onMouseLeave={() => setHot(null)}
            onFocus={() => setHot(n.id)}
            onBlur={() => setHot(null)}
            onPointerDown={() => {
              drag.current = { node: n, moved: false }
            }}
            onClick={(e) => {
              if (drag.current?.moved) e.preventDefault()
            }}
          >
            <title>{`${n.label} · ${n.kind} · ${n.degree} links`}</title>
            <circle cx={n.x} cy={n.y} r={radius(n)} fill={FILL[n.kind]} stroke="var(--bg)" strokeWidth={1.5} />
            <text x={(n.x ?? 0) + radius(n) + 3} y={n.y} dy="0.35em">
              {n.label.length > 22 ? `${n.label.slice(0, 21)}…` : n.label}
            </text>
          </a>
        ))}
      </svg>
    </div>
  )
}

function radius(n: SimNode): number {
  return 5 + Math.min(10, Math.sqrt(n.degree) * 2.5)
}

function clamp(n: SimNode, width: number, height: number): void {
  n.x = Math.max(12, Math.min(width - 80, n.x ?? 0))
  n.y = Math.max(12, Math.min(height - 12, n.y ?? 0))
}
