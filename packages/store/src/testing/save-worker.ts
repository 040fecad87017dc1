// Test-only child process: saves synthetic items [from, to) into the store at `url` in batches,
// printing "batch N" after each committed batch and a JSON summary at the end.
import { openStore } from '../index'
import { syntheticItem } from './fixtures'

const [url, fromArg, toArg, sizeArg] = process.argv.slice(2)
const from = Number(fromArg)
const to = Number(toArg)
const size = Number(sizeArg ?? 10)
const store = await openStore({ url })
const summary = { inserted: 0, duplicates: 0, failed: 0 }
let batch = 0
for (let i = from; i < to; i += size) {
  const items = []
  for (let k = i; k < Math.min(to, i + size); k++) items.push(syntheticItem(k))
  const result = await store.saveBatch(items)
  summary.inserted += result.inserted
  summary.duplicates += result.duplicates
  summary.failed += result.failed.length
  for (const f of result.failed) console.error(`failed ${f.index}: ${f.reason}`)
  console.log(`batch ${++batch}`)
}
await store.close()
console.log(JSON.stringify(summary))
