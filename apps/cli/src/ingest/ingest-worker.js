// A worker thread started from the bin launcher does not inherit its tsx hooks (only one started
// with `node --import tsx` would): register them here, then load the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./ingest-worker-main.ts')
