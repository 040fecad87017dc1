/**
 * The first `limit` items in `compare` order (a total order), as sorting them all and cutting the
 * list would give. Lists shown to a user are short (10 evidence terms, 20 sentiment words, 20
 * pairs) while the items competing can be thousands: past the first `limit`, most are compared
 * once, with the last one kept, and dropped.
 */
export function firstInOrder<T>(items: T[], limit: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= limit) return items.sort(compare)
  const kept: T[] = []
  for (const item of items) {
    if (kept.length === limit && compare(item, kept[limit - 1]!) >= 0) continue
    let lo = 0
    let hi = kept.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compare(kept[mid]!, item) < 0) lo = mid + 1
      else hi = mid
    }
    kept.splice(lo, 0, item)
    if (kept.length > limit) kept.pop()
  }
  return kept
}
