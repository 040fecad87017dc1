// `pnpm db:migrate`: apply the committed migrations to DATABASE_URL (default: data/newslens.db).
import { migrate } from '../migrate'

try {
  const where = await migrate()
  console.log(`migrations applied: ${where}`)
} catch (error) {
  console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
