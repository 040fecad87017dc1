/**
 * Runs the real `newslens` command in a child process, as a user would, against a temporary
 * SQLite file: the helpers the CLI tests share.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openStore, type Store } from '@newslens/store'
import { expect } from 'vitest'

export const BIN = fileURLToPath(new URL('../../bin/newslens.js', import.meta.url))
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url))

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface CliOptions {
  dbUrl?: string
  input?: string | Uint8Array
  env?: Record<string, string>
  cwd?: string
}

export function startCli(args: string[], options: CliOptions = {}): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env }
  delete env.NODE_OPTIONS // vitest's loader hooks must not leak into the child
  if (options.dbUrl) env.DATABASE_URL = options.dbUrl
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO_ROOT, env, stdio: 'pipe' })
  if (options.input !== undefined) child.stdin!.end(options.input)
  else child.stdin!.end()
  return child
}

export function finished(child: ChildProcess): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return finished(startCli(args, options))
}

/** A fresh temporary folder and SQLite URL, removed by `cleanup`. */
export function tempWorkspace(): { dir: string; dbUrl: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-cli-'))
  return { dir, dbUrl: `file:${join(dir, 'test.db')}`, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export async function withStore<T>(dbUrl: string, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ url: dbUrl })
  try {
    return await use(store)
  } finally {
    await store.close()
  }
}

/** Lines of stderr that are not progress or notices. */
export function failureLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '' && !/^(ingest|progress|newslens): /.test(line) && !line.includes(': warning: '))
}

/** Small articles the project writes itself (never corpus excerpts). */
export function article(i: number, lang: 'fr' | 'en' = i % 2 === 0 ? 'fr' : 'en'): string {
  return lang === 'fr'
    ? `Article numéro ${i}. Le ministre de l'Économie a présenté à Lyon un plan de soutien aux entreprises régionales. Les syndicats saluent une mesure utile mais demandent des garanties sur l'emploi.`
    : `Story number ${i}. The health minister visited a new hospital in Leeds on Tuesday. Doctors welcomed the investment but warned that staff shortages remain a serious problem.`
}

/** An input named on the command line was refused: exit 2, nothing on stdout, one stderr line naming it. */
export function expectRefusedInput(result: CliResult, message: RegExp): void {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  const lines = result.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^newslens: cannot read "/)
  expect(lines[0]).toMatch(message)
}
