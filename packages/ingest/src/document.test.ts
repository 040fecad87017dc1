import { describe, expect, it } from 'vitest'
import { formatFromName, readDocument, sniffFormat } from './document'

const utf8 = (text: string) => new TextEncoder().encode(text)

const PAGE = `<!doctype html><html lang="fr"><head><title>Coopération | Le Journal</title>
<meta property="og:site_name" content="Le Journal">
<meta property="article:published_time" content="2026-11-29T08:00:00+01:00">
<link rel="canonical" href="https://journal.example/cooperation">
<style>p { color: red }</style><script>var tracking = "ne pas garder"</script></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Coopération militaire entre Damas et Moscou</h1>
<p>Deux ministres syriens se sont rendus à Moscou pour discuter de la coopération militaire avec la Russie, a indiqué l'agence Sana.</p>
<p>Les discussions ont porté sur la reconstruction d'un pays dévasté par des années de conflit, et sur les bases militaires russes.</p>
<p>Les analystes soulignent la fragilité de la situation et l'importance d'un partenariat stratégique durable entre les deux pays.</p>
</article><footer>© Le Journal — mentions légales</footer></body></html>`

describe('readDocument', () => {
  it('reduces an HTML page to its article, one paragraph per line, with its metadata', () => {
    const draft = readDocument(utf8(PAGE), { name: 'page.html' })
    expect(draft.text.split('\n')).toHaveLength(3)
    expect(draft.text).toMatch(/^Deux ministres syriens se sont rendus à Moscou/)
    expect(draft.text).not.toMatch(/Accueil|tracking|mentions légales|color: red/)
    expect(draft.title).toBe('Coopération militaire entre Damas et Moscou')
    expect(draft.source).toBe('Le Journal')
    expect(draft.url).toBe('https://journal.example/cooperation')
    expect(draft.publishedAt).toBe('2026-11-29T07:00:00Z')
    expect(draft.lang).toBe('fr')
  })

  it('falls back to the body text of a page with no article in it', () => {
    const draft = readDocument(utf8('<html><body><div>Bref communiqué.</div><div>Deuxième ligne.</div></body></html>'), { name: 'x.htm' })
    expect(draft.text).toBe('Bref communiqué.\nDeuxième ligne.')
  })

  it('refuses an HTML page with no text', () => {
    expect(() => readDocument(utf8('<html><body><script>x()</script></body></html>'), { name: 'x.html' })).toThrow(
      'an HTML page with no text in it',
    )
  })

  it('reads Markdown front matter and heading, and strips markup', () => {
    const md = `---
title: "Titre du front matter"
date: 29 novembre 2026
lang: fr
---
# Heading ignored for the title

Un **paragraphe** avec un [lien](https://example.org) et \`du code\`.
suite du même paragraphe.

- un point
![image](x.png)
\`\`\`
code();
\`\`\`
`
    const draft = readDocument(utf8(md), { name: 'a.md' })
    expect(draft.title).toBe('Titre du front matter')
    expect(draft.publishedAt).toBe('2026-11-29')
    expect(draft.lang).toBe('fr')
    expect(draft.text).toBe('Un paragraphe avec un lien et du code. suite du même paragraphe.\nun point')
  })

  it('refuses a Markdown file whose front matter date is unreadable', () => {
    expect(() => readDocument(utf8('---\ndate: someday\n---\nTexte.'), { name: 'a.md' })).toThrow(/front matter "date": unreadable date "someday"/)
  })

  it('keeps plain text as it is and titles it from its first sentence', () => {
    const draft = readDocument(utf8('La Syrie et la Russie renforcent leurs liens. Suite.\nDeuxième paragraphe.'), { name: 'a.txt' })
    expect(draft.text).toBe('La Syrie et la Russie renforcent leurs liens. Suite.\nDeuxième paragraphe.')
    expect(draft.title).toBe('La Syrie et la Russie renforcent leurs liens')
    expect(draft.titleFromText).toBe(true)
    expect(draft.publishedAt).toBeNull()
  })

  it('sniffs HTML from unnamed input', () => {
    expect(readDocument(utf8('<!DOCTYPE html><html><body><p>Bonjour à tous.</p></body></html>')).text).toBe('Bonjour à tous.')
  })
})

describe('formats', () => {
  it('come from the extension, or from the content when there is no name', () => {
    expect(formatFromName('a/B.HTM')).toBe('html')
    expect(formatFromName('x.ndjson')).toBe('jsonl')
    expect(formatFromName('notes')).toBeNull()
    expect(sniffFormat('  {"text": "x"}')).toBe('jsonl')
    expect(sniffFormat('<html lang="fr">')).toBe('html')
    expect(sniffFormat('{not json} just text')).toBe('text')
  })
})
