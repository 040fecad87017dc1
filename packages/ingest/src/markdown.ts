/**
 * Markdown → plain article text. Front matter (`title:`, `date:`, `source:`, `url:`, `lang:`)
 * and a leading `# Heading` give metadata; markup is removed so the analysis sees prose only.
 */
export interface MarkdownArticle {
  text: string
  title: string | null
  /** raw front-matter fields, unparsed */
  meta: Record<string, string>
}

export function markdownToText(markdown: string): MarkdownArticle {
  let body = markdown.replace(/^\uFEFF/, '')
  const meta: Record<string, string> = {}
  const front = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(body)
  if (front) {
    for (const line of front[1]!.split(/\r?\n/)) {
      const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line)
      if (field) meta[field[1]!.toLowerCase()] = unquote(field[2]!)
    }
    body = body.slice(front[0].length)
  }

  let title: string | null = meta.title ?? null
  const heading = /^\s*#\s+(.+?)\s*#*\s*(?:\r?\n|$)/.exec(body)
  if (heading) {
    title ??= inline(heading[1]!)
    body = body.slice(heading[0].length)
  }

  const lines: string[] = []
  let inFence = false
  for (const raw of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence // code is not prose: leave it out
      continue
    }
    if (inFence) continue
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) continue // horizontal rule
    if (/^\s*(=+|-+)\s*$/.test(raw) && lines.length > 0) continue // setext underline
    const line = raw
      .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '$1')
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    lines.push(inline(line))
  }
  const text = lines
    .join('\n')
    .split(/\n\s*\n/) // blank lines separate paragraphs; single breaks inside one are soft wraps
    .map((paragraph) => paragraph.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    .filter((paragraph) => paragraph !== '')
    .join('\n')
  return { text, title, meta }
}

function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_]*?\S)\2(?!\w)/g, '$1$3')
    .replace(/~~(.*?)~~/g, '$1')
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value)
  return m ? m[2]! : value
}
