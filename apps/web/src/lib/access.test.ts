import { describe, expect, it } from 'vitest'
import { accessConfig, isLoopbackHost, listenHostFromArgv, mayWrite, requestToken, startupProblem } from './access'

describe('access', () => {
  it('treats 127.x, ::1 and localhost as loopback and 0.0.0.0 as public', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost'].map(isLoopbackHost)).toEqual([true, true, true, true, true])
    expect(['0.0.0.0', '::', '192.168.1.4', 'example.org'].map(isLoopbackHost)).toEqual([false, false, false, false])
  })

  it('refuses to start on a public host without a token and starts with one', () => {
    expect(startupProblem(accessConfig({ HOST: '0.0.0.0' }))).toMatch(/NEWSLENS_TOKEN/)
    expect(startupProblem(accessConfig({ HOST: '0.0.0.0', NEWSLENS_TOKEN: 's3cret' }))).toBeNull()
    expect(startupProblem(accessConfig({}))).toBeNull()
  })

  it('lets loopback write without a token, and demands the exact token once one is set', () => {
    expect(mayWrite(accessConfig({}), null)).toBe(true)
    const guarded = accessConfig({ HOST: '0.0.0.0', NEWSLENS_TOKEN: 's3cret' })
    expect(mayWrite(guarded, null)).toBe(false)
    expect(mayWrite(guarded, 's3cre')).toBe(false)
    expect(mayWrite(guarded, 's3cret')).toBe(true)
    expect(mayWrite(accessConfig({ NEWSLENS_TOKEN: 's3cret' }), 'nope')).toBe(false)
  })

  it('reads the token from a bearer header or X-NewsLens-Token', () => {
    expect(requestToken(new Headers({ authorization: 'Bearer abc' }))).toBe('abc')
    expect(requestToken(new Headers({ 'x-newslens-token': 'xyz' }))).toBe('xyz')
    expect(requestToken(new Headers())).toBeNull()
  })
})

describe('listenHostFromArgv', () => {
  it('reads -H from a next start command line and defaults to all interfaces', () => {
    expect(listenHostFromArgv(['node', '/x/node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', '3000'])).toBe('127.0.0.1')
    expect(listenHostFromArgv(['node', '/x/node_modules/.bin/next', 'start', '--hostname=0.0.0.0'])).toBe('0.0.0.0')
    expect(listenHostFromArgv(['node', '/x/node_modules/next/dist/bin/next', 'start'])).toBe('0.0.0.0')
    expect(listenHostFromArgv(['node', 'server.js'])).toBeUndefined()
  })
})
