import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO_ROOT, runCli, tempWorkspace } from '../testing/cli'

const ws = tempWorkspace()
afterAll(() => ws.cleanup())

const texts = join(ws.dir, 'texts')
mkdirSync(texts)
writeFileSync(
  join(texts, 'budget.txt'),
  "Le ministre de l'Économie Bruno Martin a présenté le budget à Paris. La Banque de France salue un effort crédible.",
)
writeFileSync(join(texts, 'match.txt'), 'Manchester United beat Arsenal 2-1 at Old Trafford on Saturday, a superb win for the club.')
const gold = join(ws.dir, 'gold.json')
writeFileSync(
  gold,
  JSON.stringify([
    { id: 'budget', lang: 'fr', persons: ['Bruno Martin'], organizations: ['Banque de France'], locations: ['Paris'], themes: ['economic'], tone: 'neutral' },
    { id: 'match', lang: 'en', persons: [], organizations: ['Manchester United', 'Arsenal'], locations: ['Old Trafford'], themes: ['sports'], tone: 'positive' },
  ]),
)

describe('newslens eval', () => {
  it('prints precision, recall and F1 per entity type, theme agreement and tone accuracy as JSON', async () => {
    const result = await runCli(['eval', '--gold', gold, '--texts', texts, '--json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.texts).toBe(2)
    expect(report.entities.person.gold).toBe(1)
    expect(report.entities.organization.gold).toBe(3)
    expect(report.entities.overall.gold).toBe(6)
    for (const type of ['person', 'organization', 'location', 'overall']) {
      const { precision, recall, f1 } = report.entities[type]
      for (const value of [precision, recall, f1]) expect(value).toBeGreaterThanOrEqual(0)
      for (const value of [precision, recall, f1]) expect(value).toBeLessThanOrEqual(1)
    }
    expect(report.themes.scored).toBe(2)
    expect(report.tone.scored).toBe(2)
    expect(report.details.map((d: { id: string }) => d.id)).toEqual(['budget', 'match'])
  })

  it('prints a readable table without --json', async () => {
    const result = await runCli(['eval', '--gold', gold, '--texts', texts])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Evaluation on 2 texts/)
    expect(result.stdout).toMatch(/\n {2}overall\s+\d+\.\d%\s+\d+\.\d%\s+\d+\.\d%\s+\d+\/\d+\/6\n/)
    expect(result.stdout).toMatch(/tone accuracy\s+\d+\.\d%\s+\(\d\/2\)/)
  })

  it('refuses a missing text or a malformed gold file with exit 2', async () => {
    const missing = await runCli(['eval', '--gold', gold, '--texts', ws.dir])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^newslens: cannot read ".*budget\.txt": no such file or folder\n$/)
    const bad = join(ws.dir, 'bad.json')
    writeFileSync(bad, '{"not": "a list"}')
    const malformed = await runCli(['eval', '--gold', bad, '--texts', texts])
    expect(malformed.code).toBe(2)
    expect(malformed.stderr).toContain('expected a non-empty JSON array')
  })
})

const SHIPPED = join(REPO_ROOT, 'samples/eval/gold.json')

describe.runIf(existsSync(SHIPPED))('newslens eval on the shipped gold set', () => {
  it('scores every annotated text, the seed article included', async () => {
    const gold = JSON.parse(readFileSync(SHIPPED, 'utf8')) as { id: string; persons: string[]; organizations: string[]; locations: string[] }[]
    const result = await runCli(['eval', '--gold', 'samples/eval/gold.json', '--texts', 'samples/eval/texts', '--json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.texts).toBe(gold.length)
    expect(report.details.map((d: { id: string }) => d.id)).toContain('syrie-russie-cooperation.fr')
    expect(report.entities.overall.gold).toBe(gold.reduce((n, g) => n + g.persons.length + g.organizations.length + g.locations.length, 0))
  })
})
