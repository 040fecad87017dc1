import { EventEmitter } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { renderQueue } from './render-queue'

/** a response that is sent when the test says so */
function response() {
  const res = new EventEmitter() as EventEmitter & { destroyed: boolean; writableEnded: boolean }
  res.destroyed = false
  res.writableEnded = false
  return res as unknown as ServerResponse
}

describe('render queue', () => {
  it('renders at most `limit` requests at once and starts the others in arrival order as answers are sent', async () => {
    const started: string[] = []
    const queue = renderQueue(2, async (req) => {
      started.push(req.url ?? '')
    })
    const responses = ['/a', '/b', '/c', '/d'].map((url) => ({ url, res: response() }))
    const done = responses.map(({ url, res }) => queue({ url } as IncomingMessage, res))
    await new Promise((r) => setTimeout(r, 5))
    expect(started).toEqual(['/a', '/b'])
    responses[1]!.res.emit('close')
    await new Promise((r) => setTimeout(r, 5))
    expect(started).toEqual(['/a', '/b', '/c'])
    responses[0]!.res.emit('close')
    await Promise.all(done)
    expect(started).toEqual(['/a', '/b', '/c', '/d'])
  })
})
