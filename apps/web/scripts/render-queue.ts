/**
 * At most `limit` requests rendered at once per server process, the others waiting in arrival
 * order. Node would otherwise interleave every pending render (fifty connections: fifty pages
 * in progress, each slowed by the other forty-nine), so under load every answer came late and
 * the unluckiest ones very late; in turn, each waits only for those that came before it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

export function renderQueue(
  limit: number,
  render: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  let running = 0
  const waiting: (() => void)[] = []
  const release = () => {
    running--
    waiting.shift()?.()
  }
  return async (req, res) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    // gone while it waited: nothing to render
    if (res.destroyed) return release()
    // the slot is held until the answer is sent (Next's handler returns while it still streams)
    res.once('close', release)
    try {
      await render(req, res)
    } catch (error) {
      if (!res.destroyed && !res.writableEnded) res.destroy()
      throw error
    }
  }
}
