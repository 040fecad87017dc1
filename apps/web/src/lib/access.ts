/**
 * Who may change the store. Reading is open to anyone who can reach the server. Ingest and
 * delete need NEWSLENS_TOKEN when the server listens beyond loopback (and whenever a token is
 * configured); the launcher refuses to start on a non-loopback HOST without one.
 */
import { timingSafeEqual } from 'node:crypto'

export const DEFAULT_HOST = '127.0.0.1'

export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '')
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h)
}

export interface AccessConfig {
  host: string
  token: string | undefined
}

export function accessConfig(env: Record<string, string | undefined> = process.env): AccessConfig {
  const token = env.NEWSLENS_TOKEN?.trim()
  return { host: env.HOST?.trim() || DEFAULT_HOST, token: token ? token : undefined }
}

/** why the server must not start with this configuration, or null when it may */
export function startupProblem(config: AccessConfig): string | null {
  if (isLoopbackHost(config.host) || config.token) return null
  return `refusing to listen on ${config.host} without NEWSLENS_TOKEN: set NEWSLENS_TOKEN to a secret (ingest and delete will require it), or listen on 127.0.0.1`
}

export function tokenRequired(config: AccessConfig): boolean {
  return Boolean(config.token) || !isLoopbackHost(config.host)
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** the token a request carries: `Authorization: Bearer T` or `X-NewsLens-Token: T` */
export function requestToken(headers: Headers): string | null {
  const auth = headers.get('authorization')
  const bearer = auth?.match(/^Bearer\s+(.+)$/i)?.[1]
  return (bearer ?? headers.get('x-newslens-token'))?.trim() || null
}

export function mayWrite(config: AccessConfig, given: string | null): boolean {
  if (!tokenRequired(config)) return true
  if (!config.token || !given) return false
  return sameSecret(given, config.token)
}

/**
 * The host `next start` was told to listen on (-H/--hostname), or "0.0.0.0" (all interfaces,
 * next's default) when it was started without one; undefined outside `next start`.
 */
export function listenHostFromArgv(argv: string[]): string | undefined {
  const start = argv.indexOf('start')
  if (start < 0 || !argv.some((a) => /(^|[\\/])next(\.js)?$|next[\\/]dist[\\/]bin[\\/]next$/.test(a))) return undefined
  for (let i = start + 1; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '-H' || a === '--hostname') return argv[i + 1]
    const eq = /^--hostname=(.+)$/.exec(a)
    if (eq) return eq[1]
  }
  return '0.0.0.0'
}
