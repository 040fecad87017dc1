import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { InputError } from './errors'

export interface HtmlArticle {
  /** the article's text, one paragraph per line */
  text: string
  title: string | null
  /** site name */
  source: string | null
  /** canonical URL when the page gives an http(s) one */
  url: string | null
  /** publication date as the page writes it (unparsed); see parseDate */
  published: string | null
  /** the page's declared language, e.g. "fr-FR" */
  lang: string | null
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
])
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT'])

/**
 * A web page → the article's text with Mozilla's Readability (Firefox Reader View) over a
 * linkedom DOM; pages Readability finds no article in fall back to the body's text. Throws a
 * `no-text` InputError when the page holds no text at all.
 */
export function htmlToText(html: string): HtmlArticle {
  const { document } = parseHTML(html)
  const url = canonicalUrl(document)
  const lang = document.documentElement?.getAttribute('lang') || null
  const metaTitle = document.querySelector('title')?.textContent?.trim() || null
  // <title> usually carries the site's name ("Headline | Site"): the page's only <h1> is cleaner.
  const headings = document.querySelectorAll('h1')
  const heading = headings.length === 1 ? squash(headings[0]?.textContent ?? '') || null : null

  let article: ReturnType<Readability<string>['parse']> = null
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse()
  } catch {
    article = null // a page Readability chokes on still has a body to fall back to
  }

  let text = ''
  if (article?.content) text = blockText(parseHTML(`<html><body>${article.content}</body></html>`).document.body)
  if (text === '') text = blockText(parseHTML(html).document.body)
  if (heading !== null && text.startsWith(`${heading}\n`)) text = text.slice(heading.length + 1)
  if (text === '') throw new InputError('no-text', 'an HTML page with no text in it')

  return {
    text,
    title: heading ?? (article?.title?.trim() || metaTitle),
    source: article?.siteName?.trim() || null,
    url,
    published: article?.publishedTime?.trim() || null,
    lang: article?.lang || lang,
  }
}

/** Text of a DOM subtree with one line per block element (paragraphs survive extraction). */
function blockText(root: unknown): string {
  const lines: string[] = []
  let current = ''
  const flush = () => {
    const line = squash(current)
    if (line !== '') lines.push(line)
    current = ''
  }
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1) return
    const tag = (node.tagName ?? '').toUpperCase()
    if (SKIPPED.has(tag)) return
    const block = BLOCKS.has(tag)
    if (block) flush()
    for (const child of Array.from(node.childNodes ?? [])) walk(child)
    if (block) flush()
  }
  if (root) walk(root as DomNode)
  flush()
  return lines.join('\n')
}

interface DomNode {
  nodeType: number
  tagName?: string
  textContent: string | null
  childNodes?: ArrayLike<DomNode>
}

function canonicalUrl(document: ReturnType<typeof parseHTML>['document']): string | null {
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ]
  for (const candidate of candidates) {
    if (candidate && /^https?:\/\//i.test(candidate.trim())) return candidate.trim()
  }
  return null
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
