/** `version`: the package version plus a hash of every language data file (entity data included), so any change of results changes it. */
import packageJson from '../package.json' with { type: 'json' }
import taxonomy from '../data/themes/taxonomy.json' with { type: 'json' }
import { entityData } from './entities'
import { languageData } from './packs'

let cached: string | null = null

/** FNV-1a, 32 bits: small and deterministic; collisions do not matter for a cache key. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function analysisVersion(): string {
  if (!cached) {
    let h = 0x811c9dc5
    for (const data of [...languageData, ...entityData, taxonomy]) h = fnv1a(JSON.stringify(data), h)
    cached = `${packageJson.version}+${h.toString(16).padStart(8, '0')}`
  }
  return cached
}
