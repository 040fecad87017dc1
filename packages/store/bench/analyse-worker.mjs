// Worker entry: a worker thread does not inherit the parent's tsx loader, so register it here.
import { register } from 'tsx/esm/api'

register()
await import('./analyse-worker.ts')
