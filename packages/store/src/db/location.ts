import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export type Location = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string }

/** the monorepo root: the nearest folder above `start` holding pnpm-workspace.yaml */
function findRepoRoot(start: string): string | null {
  let dir = start
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

/**
 * The repo root found from this package's own files, not the process cwd: the web app runs from
 * apps/web, the CLI from anywhere, and all must land on the same default database.
 */
export function repoRoot(): string {
  const here = import.meta.url.startsWith('file:') ? dirname(fileURLToPath(import.meta.url)) : null
  const root = (here && findRepoRoot(here)) ?? findRepoRoot(process.cwd())
  if (!root) throw new Error('cannot find the NewsLens repo root (no pnpm-workspace.yaml above the store package); set DATABASE_URL')
  return root
}

export function defaultSqlitePath(): string {
  return join(repoRoot(), 'data', 'newslens.db')
}

/** `url` (or DATABASE_URL) to a dialect and place: unset → data/newslens.db under the repo root */
export function resolveLocation(url: string | undefined = process.env.DATABASE_URL): Location {
  const value = url?.trim()
  if (!value) return { dialect: 'sqlite', path: defaultSqlitePath() }
  if (/^postgres(ql)?:\/\//i.test(value)) return { dialect: 'postgres', url: value }
  if (value.startsWith('file:')) {
    let path = value.slice('file:'.length)
    if (path.startsWith('//')) path = path.replace(/^\/\/(localhost)?/, '')
    if (path === '' || path.startsWith(':memory:')) throw new Error('DATABASE_URL file: needs a file path (in-memory SQLite is not supported)')
    return { dialect: 'sqlite', path: resolve(decodeURIComponent(path)) }
  }
  throw new Error(`DATABASE_URL must be file:PATH or postgres://... (got "${value.replace(/\/\/[^@/]*@/, '//***@').slice(0, 60)}")`)
}

/** a PostgreSQL URL safe to print: the password removed */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = ''
    return u.toString().replace(/:@/, '@')
  } catch {
    return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1@')
  }
}
