import { bar } from '../report/style'

export type ProgressMode = 'bar' | 'lines' | 'off'

/**
 * Progress on stderr: a redrawn bar with rate and ETA on a terminal, a plain line every few
 * seconds otherwise (logs, CI), nothing with --quiet.
 */
export class Progress {
  private readonly started = Date.now()
  private lastDraw = Date.now()
  private done = 0
  private drawn = false
  /** recent (time, done) points: rate and ETA follow the current pace, not the start-up */
  private samples: [number, number][] = []

  constructor(
    private readonly total: number | null,
    private readonly mode: ProgressMode,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly intervalMs = mode === 'bar' ? 100 : 5000,
  ) {}

  static modeFor(stream: NodeJS.WriteStream, quiet: boolean): ProgressMode {
    if (quiet) return 'off'
    return stream.isTTY && process.env.TERM !== 'dumb' ? 'bar' : 'lines'
  }

  update(done: number): void {
    this.done = done
    const now = Date.now()
    if (this.samples.length === 0) {
      this.samples.push([now, done]) // the pace counts from the first article, not from start-up
      this.lastDraw = this.mode === 'bar' ? 0 : now
      return
    }
    if (this.mode === 'off' || now - this.lastDraw < this.intervalMs) return
    this.lastDraw = now
    this.draw()
  }

  /** A message that must not be garbled by the bar. */
  log(line: string): void {
    if (this.mode === 'off') return
    this.clear()
    this.stream.write(`${line}\n`)
    if (this.mode === 'bar' && this.drawn) this.draw()
  }

  finish(detail = ''): void {
    if (this.mode === 'off') return
    this.clear()
    const seconds = (Date.now() - this.started) / 1000
    this.stream.write(`ingest: ${this.done} item${this.done === 1 ? '' : 's'} done in ${seconds.toFixed(1)} s (${rate(this.done, seconds)}/s)${detail}\n`)
  }

  private draw(): void {
    const now = Date.now()
    this.samples.push([now, this.done])
    while (this.samples.length > 2 && now - this.samples[0]![0] > 20_000) this.samples.shift()
    const [t0, d0] = this.samples[0]!
    const seconds = (now - t0) / 1000
    const perSecond = seconds > 0 ? (this.done - d0) / seconds : 0
    const parts: string[] = []
    if (this.total !== null && this.total > 0) {
      const fraction = Math.min(1, this.done / this.total)
      const eta = perSecond > 0 ? Math.max(0, (this.total - this.done) / perSecond) : null
      parts.push(
        `${this.mode === 'bar' ? `${bar(fraction, 24)} ` : ''}${this.done}/${this.total} (${Math.floor(fraction * 100)}%)`,
        `${rate(this.done - d0, seconds)} articles/s`,
        `ETA ${eta === null ? '?' : duration(eta)}`,
      )
    } else {
      parts.push(`${this.done} articles`, `${rate(this.done - d0, seconds)} articles/s`)
    }
    if (this.mode === 'bar') {
      this.stream.write(`\r\x1b[K${parts.join(' · ')}`)
      this.drawn = true
    } else {
      this.stream.write(`progress: ${parts.join(', ')}\n`)
    }
  }

  private clear(): void {
    if (this.mode === 'bar' && this.drawn) this.stream.write('\r\x1b[K')
  }
}

function rate(done: number, seconds: number): string {
  if (seconds <= 0) return '0'
  const r = done / seconds
  return r >= 100 ? String(Math.round(r)) : r.toFixed(1)
}

function duration(seconds: number): string {
  const s = Math.round(seconds)
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`
}
