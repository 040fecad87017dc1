import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Command, Option } from 'commander'
import { EXIT } from '../errors'

const SUITES = {
  analysis: '@newslens/analysis',
  store: '@newslens/store',
  ingest: '@newslens/cli',
} as const
type Suite = keyof typeof SUITES

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url))

export function benchCommand(setExit: (code: number) => void): Command {
  return new Command('bench')
    .description("run the benchmarks: the engine's, the store's, and ingest with 1 and 2 worker threads")
    .addOption(new Option('--only <suite...>', 'run only these').choices(Object.keys(SUITES)))
    .addHelpText(
      'after',
      `
Benchmarks read ../shared/corpus beside the repository and skip with a notice when it is absent.

Examples:
  $ newslens bench
  $ newslens bench --only ingest`,
    )
    .action(async (flags: { only?: Suite[] }) => {
      const suites = flags.only ?? (Object.keys(SUITES) as Suite[])
      const failed: string[] = []
      for (const suite of suites) {
        process.stderr.write(`\n== bench: ${suite} (${SUITES[suite]}) ==\n`)
        const code = await runPnpm(['--silent', '--filter', SUITES[suite], 'run', 'bench'])
        if (code !== 0) failed.push(`${suite} (exit ${code})`)
      }
      if (failed.length > 0) process.stderr.write(`newslens: benchmarks failed: ${failed.join(', ')}\n`)
      setExit(failed.length > 0 ? EXIT.partial : EXIT.ok)
    })
}

function runPnpm(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('pnpm', args, { cwd: REPO_ROOT, stdio: 'inherit' })
    child.on('error', () => resolve(127))
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
}
