import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { redactUrl, resolveLocation } from './location'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')

describe('resolveLocation', () => {
  it('puts the default SQLite file at data/newslens.db under the repo root', () => {
    expect(resolveLocation('')).toEqual({ dialect: 'sqlite', path: join(repo, 'data', 'newslens.db') })
  })

  it('finds the same default file from a process started in another directory', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'newslens-cwd-'))
    const script = `import { resolveLocation } from ${JSON.stringify(join(repo, 'packages/store/src/db/location.ts'))}; console.log(resolveLocation('').path)`
    const tsx = pathToFileURL(join(repo, 'packages/store/node_modules/tsx/dist/loader.mjs')).href
    const out = execFileSync(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], { cwd: elsewhere })
    expect(out.toString().trim()).toBe(join(repo, 'data', 'newslens.db'))
  })

  it('reads file: URLs as paths and postgres URLs as PostgreSQL', () => {
    expect(resolveLocation('file:/tmp/x/news.db')).toEqual({ dialect: 'sqlite', path: '/tmp/x/news.db' })
    expect(resolveLocation('file:///tmp/y.db')).toEqual({ dialect: 'sqlite', path: '/tmp/y.db' })
    expect(resolveLocation('file:rel/z.db')).toEqual({ dialect: 'sqlite', path: resolve('rel/z.db') })
    expect(resolveLocation('postgresql://u:p@h:5432/db')).toEqual({ dialect: 'postgres', url: 'postgresql://u:p@h:5432/db' })
  })

  it('refuses other schemes without echoing a password', () => {
    expect(() => resolveLocation('mysql://root:secret@host/db')).toThrow(/file:PATH or postgres/)
    expect(() => resolveLocation('mysql://root:secret@host/db')).not.toThrow(/secret/)
  })

  it('hides the password of a PostgreSQL URL', () => {
    expect(redactUrl('postgres://news:s3cret@db.example:5432/newslens')).toBe('postgres://news@db.example:5432/newslens')
  })
})
