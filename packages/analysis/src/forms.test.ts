import { describe, expect, it } from 'vitest'
import { clearForms, formAt, localForms } from './forms'

describe('word forms', () => {
  it('gives the same word in two texts one shared form, found in place', () => {
    const a = formAt('la Syrie et', 3, 8, false)
    const b = formAt('Syrie, Russie', 0, 5, false)
    expect(b).toBe(a)
    expect(a).toMatchObject({ text: 'Syrie', norm: 'syrie' })
    expect(formAt('Russie', 0, 6, false)).not.toBe(a)
  })

  it('composes a word written with a combining accent and drops soft hyphens', () => {
    const form = formAt('coope\u0301ra\u00adtion', 0, 14, true)
    expect(form).toMatchObject({ text: 'coopération', norm: 'coopération' })
  })

  it('keeps forms found after clearForms equal to the first ones', () => {
    const before = formAt('Moscou', 0, 6, false)
    clearForms()
    const after = formAt('à Moscou', 2, 8, false)
    expect(after).not.toBe(before)
    expect(after).toEqual({ ...before, stamp: after.stamp, id: after.id })
  })

  it('shares a number or a mark only within one document', () => {
    const first = localForms()
    const second = localForms()
    expect(first('3,5 et 3,5', 7, 10, false)).toBe(first('3,5', 0, 3, false))
    expect(second('3,5', 0, 3, false)).not.toBe(first('3,5', 0, 3, false))
  })
})
