/**
 * Every way an input can be refused, as a code a caller can branch on (the CLI maps them to exit
 * code 2 for inputs named on the command line, the web app to HTTP 4xx) and a message a person
 * can act on.
 */
export type InputErrorCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'image'
  | 'archive'
  | 'invalid-utf8'
  | 'invalid-json'
  | 'invalid-record'
  | 'invalid-date'
  | 'no-text'

export class InputError extends Error {
  readonly code: InputErrorCode

  constructor(code: InputErrorCode, message: string) {
    super(message)
    this.name = 'InputError'
    this.code = code
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError
}
