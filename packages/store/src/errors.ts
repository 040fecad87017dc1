/** A caller's input the store refuses, with a message that says what to fix. */
export class StoreInputError extends Error {
  override name = 'StoreInputError'
}
