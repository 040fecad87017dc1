// The engine must bundle for the browser: no Node built-in anywhere in its sources.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const NODE_BUILTIN = /from\s+'(?:node:[a-z_/]+|fs|path|url|os|crypto|util|stream|buffer|child_process|worker_threads)'/

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  )
}

describe('engine sources', () => {
  it('import no Node built-in and never natural’s top level', () => {
    const files = sources(new URL('.', import.meta.url).pathname)
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      expect(NODE_BUILTIN.test(text), file).toBe(false)
      expect(/from\s+'natural'/.test(text), file).toBe(false)
    }
  })
})
