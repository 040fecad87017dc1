import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Command } from 'commander'
import { CliError, EXIT } from '../errors'
import type { EvalReport, GoldText } from '../eval/score'
import { styleFor } from '../report/style'

interface EvalFlags {
  gold: string
  texts: string
  json?: boolean
}

export function evalCommand(setExit: (code: number) => void): Command {
  return new Command('eval')
    .description('score the engine against hand-annotated texts: entities, top theme, tone')
    .requiredOption('--gold <file>', 'gold annotations: a JSON array of {id, lang, persons, organizations, locations, themes, tone}')
    .requiredOption('--texts <dir>', 'folder holding <id>.txt for each gold entry')
    .option('--json', 'print the scores as JSON on stdout')
    .addHelpText(
      'after',
      `
Entities count as found when an extracted entity of the same type has the gold name as its name
or one of its aliases (case-insensitive); an extracted entity matching no gold name is a false
positive. A gold entry may be a list of alternative names.
Themes: how often the top theme is the gold's first theme, and how often it is among the gold's.
Tone: how often the document sentiment label equals the gold tone.

Examples:
  $ newslens eval --gold samples/eval/gold.json --texts samples/eval/texts
  $ newslens eval --gold gold.json --texts texts --json | jq .entities.overall`,
    )
    .action(async (flags: EvalFlags) => {
      const { analyze } = await import('@newslens/analysis')
      const { scoreText, summarize } = await import('../eval/score')
      const golds = await loadGold(flags.gold)
      // in gold order, so the first missing text is the one reported, whatever the file system's timing
      const texts: string[] = []
      for (const gold of golds) texts.push(await loadText(flags.texts, gold.id))
      const details = golds.map((gold, i) => scoreText(gold, analyze(texts[i]!, gold.lang ? { lang: gold.lang } : {})))
      const report = summarize(details)
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report))
      setExit(EXIT.ok)
    })
}

async function loadGold(path: string): Promise<GoldText[]> {
  const { decodeText } = await import('@newslens/ingest')
  const { describeReadError } = await import('../input')
  let value: unknown
  try {
    value = JSON.parse(decodeText(await readFile(path)))
  } catch (error) {
    throw new CliError(`cannot read gold file "${path}": ${error instanceof SyntaxError ? `invalid JSON: ${error.message}` : describeReadError(error)}`)
  }
  const list = Array.isArray(value) ? value : (value as { texts?: unknown } | null)?.texts
  if (!Array.isArray(list) || list.length === 0) throw new CliError(`gold file "${path}": expected a non-empty JSON array of annotated texts`)
  list.forEach((entry, i) => {
    const id = (entry as { id?: unknown } | null)?.id
    if (typeof id !== 'string' || id === '' || /[/\\]/.test(id)) {
      throw new CliError(`gold file "${path}": entry ${i + 1} needs an "id" string (a file name without .txt)`)
    }
  })
  return list as GoldText[]
}

async function loadText(dir: string, id: string): Promise<string> {
  const { decodeText } = await import('@newslens/ingest')
  const { describeReadError } = await import('../input')
  const path = join(dir, `${id}.txt`)
  try {
    return decodeText(await readFile(path))
  } catch (error) {
    throw new CliError(`cannot read "${path}": ${describeReadError(error)}`)
  }
}

function formatReport(report: EvalReport): string {
  const style = styleFor(process.stdout)
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7)
  const lines = [style.bold(`Evaluation on ${report.texts} text${report.texts === 1 ? '' : 's'}`), '']
  lines.push(`  ${'entities'.padEnd(14)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(8)}   found/false pos./gold`)
  for (const type of ['person', 'organization', 'location', 'overall'] as const) {
    const c = report.entities[type]
    const name = type === 'overall' ? style.bold(type.padEnd(14)) : type.padEnd(14)
    lines.push(`  ${name}${pct(c.precision).padStart(10)}${pct(c.recall).padStart(8)}${pct(c.f1).padStart(8)}   ${c.truePositives}/${c.falsePositives}/${c.gold}`)
  }
  const t = report.themes
  lines.push('')
  if (t.scored > 0) {
    lines.push(`  top theme = gold's first  ${pct(t.topIsFirst / t.scored)}  (${t.topIsFirst}/${t.scored})`)
    lines.push(`  top theme among gold's    ${pct(t.topInGold / t.scored)}  (${t.topInGold}/${t.scored})`)
  }
  if (report.tone.scored > 0) lines.push(`  tone accuracy             ${pct(report.tone.accuracy)}  (${report.tone.correct}/${report.tone.scored})`)
  const misses = report.details.flatMap((d) =>
    (['person', 'organization', 'location'] as const).flatMap((type) => d.entities[type].missed.map((name) => `${d.id}: missed ${type} "${name}"`)),
  )
  if (misses.length > 0) {
    lines.push('', style.dim(`  ${misses.slice(0, 15).join('\n  ')}${misses.length > 15 ? `\n  ... and ${misses.length - 15} more (--json for all)` : ''}`))
  }
  return `${lines.join('\n')}\n`
}
