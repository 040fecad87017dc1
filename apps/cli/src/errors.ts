/** Exit codes scripts can trust. */
export const EXIT = {
  /** every input was stored or was a duplicate */
  ok: 0,
  /** some items failed (others were stored), or the work could not finish */
  partial: 1,
  /** bad usage, or an input named on the command line cannot be read as text */
  usage: 2,
} as const

/** An error the user caused or can fix: one line on stderr, no stack trace unless --verbose. */
export class CliError extends Error {
  readonly exitCode: number

  constructor(message: string, exitCode: number = EXIT.usage, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
