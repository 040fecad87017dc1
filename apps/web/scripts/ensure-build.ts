/** Builds the app (next build) unless .next holds a build newer than every source it depends on. */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { NEXT_BIN, REPO_ROOT, WEB_DIR } from './paths'

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.') || entry.endsWith('.test.ts')) continue
    newest = Math.max(newest, newestMtime(join(path, entry)))
  }
  return newest
}

export function buildIsStale(): boolean {
  const buildId = join(WEB_DIR, '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return true
  const built = statSync(buildId).mtimeMs
  const sources = [
    join(WEB_DIR, 'src'),
    join(WEB_DIR, 'next.config.ts'),
    join(WEB_DIR, 'package.json'),
    ...['analysis', 'store', 'ingest'].flatMap((p) => [join(REPO_ROOT, 'packages', p, 'src'), join(REPO_ROOT, 'packages', p, 'data')]),
  ]
  return sources.some((s) => newestMtime(s) > built)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (buildIsStale()) {
    console.log('@newslens/web: building (next build)…')
    execFileSync(NEXT_BIN, ['build'], { cwd: WEB_DIR, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  } else {
    console.log('@newslens/web: build is up to date')
  }
}
