'use client'
import { useState, type FocusEvent } from 'react'

/** what a mention's tooltip says about its entity: one object per entity, shared by its mentions */
export interface MentionTip {
  name: string
  type: string
  roles: string
  count: number
  sentiment: string
  /** other names the entity goes by in the article, comma separated ('' when none) */
  also: string
  entityHref: string
  contextsHref: string
}

/**
 * An entity mention in the article text, with its details on hover or focus. The tooltip is
 * rendered only while it shows: an article names entities dozens of times, and one tooltip per
 * mention in the page made its HTML (and its server rendering) a third larger.
 */
export function EntityMention({ text, tip, tipId }: { text: string; tip: MentionTip; tipId: string }) {
  const [shown, setShown] = useState(false)
  const leave = (e: FocusEvent<HTMLSpanElement>) => {
    // moving focus to the tooltip's own links keeps it open
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setShown(false)
  }
  return (
    <span className="ent" onMouseEnter={() => setShown(true)} onMouseLeave={() => setShown(false)} onFocus={() => setShown(true)} onBlur={leave}>
      <mark data-entity-type={tip.type} tabIndex={0} aria-describedby={tipId}>
        {text}
      </mark>
      {shown ? (
        <span className="ent-tip" role="tooltip" id={tipId}>
          <strong>{tip.name}</strong> · {tip.type}
          {tip.roles ? <> · {tip.roles}</> : null}
          <br />
          {tip.count} {tip.count === 1 ? 'mention' : 'mentions'} · sentiment {tip.sentiment}
          {tip.also ? <> · also: {tip.also}</> : null}
          <br />
          <a href={tip.entityHref}>entity page</a> · <a href={tip.contextsHref}>contexts</a>
        </span>
      ) : null}
    </span>
  )
}
