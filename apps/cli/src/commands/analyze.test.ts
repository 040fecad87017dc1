import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { expectRefusedInput, REPO_ROOT, runCli, tempWorkspace } from '../testing/cli'

const SEED = 'samples/syrie-russie-cooperation.fr.txt'
const ws = tempWorkspace()
afterAll(() => ws.cleanup())

function file(name: string, content: string | Uint8Array): string {
  const path = join(ws.dir, name)
  writeFileSync(path, content)
  return path
}

describe('newslens analyze', () => {
  it('prints the seed article analysis as JSON and nothing else on stdout', async () => {
    const result = await runCli(['analyze', SEED, '--json'])
    expect(result.code).toBe(0)
    const analysis = JSON.parse(result.stdout)
    expect(analysis.lang).toBe('fr')
    expect(analysis.stats.words).toBeGreaterThan(300)
    expect(analysis.terms.map((t: { display: string }) => t.display)).toContain('Syrie')
  })

  it('runs the same way through the root package script', () => {
    const result = spawnSync('pnpm', ['--silent', 'newslens', 'analyze', SEED, '--json'], { cwd: REPO_ROOT, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout).lang).toBe('fr')
  })

  it('prints a readable report with sentiment, themes, terms and entities', async () => {
    const result = await runCli(['analyze', SEED])
    expect(result.code).toBe(0)
    for (const heading of ['Sentiment', 'Themes', 'Top terms', 'Entities']) expect(result.stdout).toContain(`\n${heading}\n`)
    expect(result.stdout).toMatch(/French \(confidence/)
    expect(result.stdout).toMatch(/Russie\s/)
  })

  it('reads standard input and honours --lang', async () => {
    const result = await runCli(['analyze', '-', '--json', '--lang', 'en'], { input: 'The council voted the budget on Monday.' })
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).lang).toBe('en')
  })

  it('analyses only the article text of an HTML page', async () => {
    const page = file(
      'page.html',
      `<html><head><title>Site</title><script>var leak = "tracking"</script></head><body><nav>Menu Accueil</nav>
      <article><h1>Budget adopté</h1><p>Le conseil municipal de Lyon a adopté le budget lundi après un long débat sur les transports publics.</p>
      <p>L'opposition a dénoncé une hausse des impôts locaux, tandis que la majorité a défendu des investissements nécessaires.</p></article></body></html>`,
    )
    const result = await runCli(['analyze', page, '--json'])
    expect(result.code).toBe(0)
    const analysis = JSON.parse(result.stdout)
    const terms = analysis.terms.map((t: { term: string }) => t.term).join(' ')
    expect(terms).not.toMatch(/tracking|leak|menu/)
    expect(analysis.stats.paragraphs).toBe(2)
  })

  const badInputs: [string, () => string, RegExp][] = [
    ['a missing file', () => join(ws.dir, 'missing.txt'), /missing\.txt": no such file or folder$/],
    ['a binary file', () => file('bin.txt', new Uint8Array([104, 105, 0, 1, 2, 3])), /bin\.txt": binary data \(NUL byte at offset 2\), not text$/],
    ['invalid UTF-8', () => file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72])), /latin1\.txt": not valid UTF-8 \(bad byte 0xe9 at offset 3\)/],
    ['an empty file', () => file('empty.txt', ''), /empty\.txt": empty \(0 bytes\)$/],
    ['a PNG image', () => file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /photo\.txt": a PNG image, not text$/],
    ['a zip archive', () => file('docs.md', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 8, 0])), /docs\.md": a ZIP archive/],
    ['a folder', () => ws.dir, /": is a folder$/],
  ]
  for (const [name, make, message] of badInputs) {
    it(`refuses ${name} with exit 2 and one line naming it`, async () => {
      const result = await runCli(['analyze', make(), '--json'])
      expectRefusedInput(result, message)
    })
  }

  it('refuses text over the size limit, which --max-size sets', async () => {
    const big = file('big.txt', `${'Une phrase assez longue pour remplir le fichier. '.repeat(60)}`)
    const refused = await runCli(['analyze', big, '--max-size', '2kB'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/^newslens: cannot read ".*big\.txt": 2\.9 kB, over the 2 kB limit\n$/)
    const accepted = await runCli(['analyze', big, '--max-size', '1MB', '--json'])
    expect(accepted.code).toBe(0)
  })

  it('prints a stack trace only with --verbose', async () => {
    const quiet = await runCli(['analyze', join(ws.dir, 'nope.txt')])
    expect(quiet.stderr).not.toMatch(/\n\s+at /)
    const verbose = await runCli(['--verbose', 'analyze', join(ws.dir, 'nope.txt')])
    expect(verbose.code).toBe(2)
    expect(verbose.stderr).toMatch(/\n\s+at /)
  })

  it('answers bad usage with exit 2, and --help with examples and exit 0', async () => {
    expect((await runCli(['analyze'])).code).toBe(2)
    expect((await runCli(['frobnicate'])).code).toBe(2)
    expect((await runCli(['analyze', SEED, '--lang', 'de'])).code).toBe(2)
    const help = await runCli(['analyze', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Examples:')
  })
})
