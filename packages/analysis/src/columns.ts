/** Typed-array columns that grow: a copy of `column` with room for `capacity` entries. */
export function grown<C extends Int32Array | Uint8Array>(column: C, capacity: number): C {
  const next = new (column.constructor as new (length: number) => C)(capacity)
  next.set(column)
  return next
}
