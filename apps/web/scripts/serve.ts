/**
 * Runs the production server (`next start`) in the foreground on HOST (default 127.0.0.1) and
 * PORT (default 3000), refusing a non-loopback HOST without NEWSLENS_TOKEN.
 */
import { spawn } from 'node:child_process'
import { accessConfig, isLoopbackHost, startupProblem } from '../src/lib/access'
import { NEXT_BIN, WEB_DIR } from './paths'

const config = accessConfig()
const problem = startupProblem(config)
if (problem) {
  console.error(`newslens: ${problem}`)
  process.exit(2)
}
// `--check`: validate the configuration only (the quick start checks before it spends a build)
if (process.argv.includes('--check')) process.exit(0)
const port = process.env.PORT?.trim() || '3000'
const shown = isLoopbackHost(config.host) ? 'localhost' : config.host
console.log(`NewsLens: http://${shown}:${port} (listening on ${config.host}; Ctrl-C stops it)`)

const child = spawn(NEXT_BIN, ['start', '-H', config.host, '-p', port], {
  cwd: WEB_DIR,
  stdio: 'inherit',
  env: { ...process.env, HOST: config.host, PORT: port },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
