type Column = Int32Array | Uint8Array | Float64Array

/** Typed-array columns that grow: a copy of `column` with room for `capacity` entries. */
export function grown<C extends Int32Array | Uint8Array>(column: C, capacity: number): C {
  const next = new (column.constructor as new (length: number) => C)(capacity)
  next.set(column)
  return next
}

/** Past this many entries a scratch column is not kept: one huge text must not hold its memory for good. */
const MAX_KEPT = 1 << 20

/**
 * A working column reused from call to call, for a function that never runs inside itself and
 * lets none of it outlive the call. Most texts are short, and a typed array allocated for each
 * (a buffer outside the heap, tracked and freed by the collector) costs more than filling the
 * part of one in use.
 */
export class ScratchColumn<C extends Column> {
  private column: C

  constructor(private readonly make: new (length: number) => C) {
    this.column = new make(256)
  }

  /**
   * Entries [0, length) set to `value`, valid until the next take. The column may be longer than
   * asked: callers loop to their own length, never to the column's.
   */
  take(length: number, value = 0): C {
    let column = this.column
    if (column.length < length) {
      column = new this.make(Math.max(length, column.length * 2))
      if (length <= MAX_KEPT) this.column = column
    }
    column.fill(value, 0, length)
    return column
  }
}
