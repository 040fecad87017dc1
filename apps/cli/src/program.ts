import { readFileSync } from 'node:fs'
import { Command, CommanderError, Option } from 'commander'
import { analyzeCommand } from './commands/analyze'
import { benchCommand } from './commands/bench'
import { evalCommand } from './commands/eval'
import { exportCommand } from './commands/export'
import { ingestCommand } from './commands/ingest'
import { CliError, EXIT, errorMessage } from './errors'

/** Runs the command line; resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  const program = new Command('newslens')
    .description('NewsLens: analyse news articles (French, English) and explore a corpus of them.')
    .version(packageVersion(), '-V, --version', 'print the version of newslens')
    .addOption(new Option('--verbose', 'print stack traces of unexpected errors'))
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ newslens analyze samples/syrie-russie-cooperation.fr.txt
  $ newslens analyze page.html --json | jq .themes
  $ newslens ingest articles/ feed.jsonl
  $ newslens export entities --format csv --out entities.csv
  $ newslens eval --gold samples/eval/gold.json --texts samples/eval/texts

Store: DATABASE_URL (unset: data/newslens.db under the repo root; file:PATH; postgres://...).
Exit codes: 0 all stored or duplicates, 1 some items failed, 2 bad usage or unreadable input.`,
    )

  const result = { exitCode: EXIT.ok as number }
  const commands = [analyzeCommand, ingestCommand, exportCommand, evalCommand, benchCommand]
  for (const make of commands) {
    const command = make((code) => {
      result.exitCode = code
    })
    command.exitOverride()
    program.addCommand(command)
  }

  try {
    await program.parseAsync(argv)
    return result.exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version are successes; everything else commander refuses is bad usage
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    const verbose = program.opts<{ verbose?: boolean }>().verbose || argv.includes('--verbose')
    if (error instanceof CliError) {
      process.stderr.write(`newslens: ${error.message}\n`)
      if (verbose && error.stack) process.stderr.write(`${error.stack}\n`)
      if (verbose && error.cause instanceof Error && error.cause.stack) process.stderr.write(`caused by: ${error.cause.stack}\n`)
      return error.exitCode
    }
    process.stderr.write(`newslens: ${errorMessage(error)}\n`)
    if (verbose && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`)
    else process.stderr.write('(run with --verbose for details)\n')
    return EXIT.partial
  }
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}
