/**
 * Cuts an article's text into what the article page renders: paragraphs, each a run of pieces
 * that are plain text, sentence starts (anchors for links to a sentence) and entity mentions.
 * Offsets come from the analysis and index the original text; anything out of bounds or
 * overlapping an earlier mention is skipped, so hostile or stale offsets cannot break the page.
 */
export interface MentionSpan {
  start: number
  end: number
  /** index of the entity in the analysis' entity list */
  entity: number
}

export interface SentenceSpan {
  index: number
  start: number
  end: number
}

export type Piece =
  | { kind: 'text'; text: string; sentence: number | null }
  | { kind: 'mention'; text: string; entity: number; sentence: number | null }

export interface Paragraph {
  /** sentence indexes starting in this paragraph (anchors go on the first piece of each) */
  pieces: Piece[]
  anchors: Map<number, number> // piece position -> sentence index starting there
}

function cleanMentions(text: string, mentions: MentionSpan[]): MentionSpan[] {
  const sorted = mentions
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: MentionSpan[] = []
  let reach = 0
  for (const m of sorted) {
    if (m.start < reach) continue
    kept.push(m)
    reach = m.end
  }
  return kept
}

export function buildParagraphs(text: string, sentences: SentenceSpan[], mentions: MentionSpan[]): Paragraph[] {
  const marks = cleanMentions(text, mentions)
  const starts = new Map<number, number>()
  for (const s of sentences) {
    if (Number.isInteger(s.start) && s.start >= 0 && s.start < text.length && !starts.has(s.start)) starts.set(s.start, s.index)
  }
  const sentenceAt = (pos: number): number | null => {
    for (const s of sentences) if (pos >= s.start && pos < s.end) return s.index
    return null
  }

  // boundaries where a piece must end: mention edges, sentence starts, line breaks
  const cuts = new Set<number>([0, text.length])
  for (const m of marks) {
    cuts.add(m.start)
    cuts.add(m.end)
  }
  for (const pos of starts.keys()) cuts.add(pos)
  const lineBreak = /\r?\n[\s]*/g
  const breaks: { start: number; end: number }[] = []
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    breaks.push({ start: match.index, end: match.index + match[0].length })
    cuts.add(match.index)
    cuts.add(match.index + match[0].length)
  }
  const ordered = [...cuts].sort((a, b) => a - b)
  const markAt = new Map(marks.map((m) => [m.start, m]))

  const paragraphs: Paragraph[] = []
  let current: Paragraph = { pieces: [], anchors: new Map() }
  let skipUntil = 0
  for (let i = 0; i < ordered.length - 1; i++) {
    const from = ordered[i]!
    if (from < skipUntil) continue
    const br = breaks.find((b) => b.start === from)
    if (br) {
      if (current.pieces.length) paragraphs.push(current)
      current = { pieces: [], anchors: new Map() }
      skipUntil = br.end
      continue
    }
    const mark = markAt.get(from)
    const to = mark ? mark.end : ordered[i + 1]!
    if (starts.has(from)) current.anchors.set(current.pieces.length, starts.get(from)!)
    const slice = text.slice(from, to)
    if (mark && !slice.includes('\n')) {
      current.pieces.push({ kind: 'mention', text: slice, entity: mark.entity, sentence: sentenceAt(from) })
      skipUntil = to
    } else {
      current.pieces.push({ kind: 'text', text: slice, sentence: sentenceAt(from) })
    }
  }
  if (current.pieces.length) paragraphs.push(current)
  return paragraphs
}
