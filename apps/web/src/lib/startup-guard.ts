import { accessConfig, listenHostFromArgv, startupProblem } from './access'

export function refuseUnsafeListen(): void {
  if (process.env.NODE_ENV !== 'production') return
  const host = listenHostFromArgv(process.argv) ?? process.env.HOST
  if (host === undefined) return
  const problem = startupProblem({ ...accessConfig(), host })
  if (problem) {
    console.error(`newslens: ${problem}`)
    process.exit(2)
  }
}
