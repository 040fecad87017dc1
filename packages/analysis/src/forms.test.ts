import { describe, expect, it } from 'vitest'
import { DocumentTypes, clearForms, formAt } from './forms'

describe('word forms', () => {
  it('gives the same word in two texts one shared form, found in place', () => {
    const a = formAt('la Syrie et', 3, 8, false, 'fr')
    const b = formAt('Syrie, Russie', 0, 5, false, 'fr')
    expect(b).toBe(a)
    expect(a).toMatchObject({ text: 'Syrie', norm: 'syrie' })
    expect(formAt('Russie', 0, 6, false, 'fr')).not.toBe(a)
  })

  it('composes a word written with a combining accent and drops soft hyphens', () => {
    const form = formAt('coope\u0301ra\u00adtion', 0, 14, true, 'fr')
    expect(form).toMatchObject({ text: 'coopération', norm: 'coopération' })
  })

  it('keeps forms found after clearForms equal to the first ones', () => {
    const before = formAt('Moscou', 0, 6, false, 'fr')
    clearForms()
    const after = formAt('à Moscou', 2, 8, false, 'fr')
    expect(after).not.toBe(before)
    expect(after).toEqual(before)
  })

  it('numbers the types of a document from 0 in order of appearance', () => {
    const types = new DocumentTypes(4, 'fr')
    const text = 'Paris, Lyon et Paris'
    expect([types.typeAt(text, 0, 5, false, true), types.typeAt(text, 7, 11, false, true), types.typeAt(text, 15, 20, false, true)]).toEqual([0, 1, 0])
    expect(types.forms[0]).toBe(formAt('Paris', 0, 5, false, 'fr'))
  })

  it('keeps a type table correct as it grows past its first size', () => {
    const types = new DocumentTypes(1)
    const words = Array.from({ length: 300 }, (_, i) => `mot${i}`)
    const text = words.join(' ')
    let at = 0
    const ids = words.map((w) => {
      const id = types.typeAt(text, at, at + w.length, false, true)
      at += w.length + 1
      return id
    })
    expect(ids).toEqual(words.map((_, i) => i))
    expect(types.typeAt(text, 0, 4, false, true)).toBe(0)
    expect(types.forms[299]!.text).toBe('mot299')
  })

  it('shares a number or a mark only within one document', () => {
    const first = new DocumentTypes(4)
    const second = new DocumentTypes(4)
    const a = first.forms[first.typeAt('3,5 et 3,5', 0, 3, false, false)]
    expect(first.forms[first.typeAt('3,5 et 3,5', 7, 10, false, false)]).toBe(a)
    expect(second.forms[second.typeAt('3,5', 0, 3, false, false)]).not.toBe(a)
  })

  it('starts the next document afresh when reset, however large the last one grew', () => {
    const types = new DocumentTypes(1)
    const text = Array.from({ length: 300 }, (_, i) => `${i}`).join(' ')
    for (let at = 0; at < text.length; ) {
      const end = text.indexOf(' ', at) === -1 ? text.length : text.indexOf(' ', at)
      types.typeAt(text, at, end, false, false)
      at = end + 1
    }
    const previous = types.forms
    types.reset(1, 'fr')
    expect(types.forms).not.toBe(previous)
    expect(types.typeAt('7 0', 2, 3, false, false)).toBe(0)
    expect(types.typeAt('7 0', 0, 1, false, false)).toBe(1)
    expect(types.forms.map((f) => f.text)).toEqual(['0', '7'])
    expect(previous).toHaveLength(300)
  })

  it('gives each language forms of its own', () => {
    const fr = formAt('Paris', 0, 5, false, 'fr')
    expect(formAt('Paris', 0, 5, false, 'en')).not.toBe(fr)
    expect(formAt('à Paris', 2, 7, false, 'fr')).toBe(fr)
  })

  it('bounds the forms of all languages together: when their sum is full, the tables start afresh', () => {
    clearForms()
    const first = formAt('alpha', 0, 5, false, 'fr')
    // 200,000 forms in all, half of them French and half English: no one table is full on its own
    for (let i = 0; i < 200_000; i++) {
      const word = `w${i}`
      formAt(word, 0, word.length, false, i % 2 === 0 ? 'fr' : 'en')
    }
    expect(formAt('alpha', 0, 5, false, 'fr')).not.toBe(first)
    clearForms()
  })

  it('gives a word and a mark written alike two types', () => {
    const types = new DocumentTypes(4)
    expect(types.typeAt('x', 0, 1, false, true)).toBe(0)
    expect(types.typeAt('x', 0, 1, false, false)).toBe(1)
    expect(types.typeAt('x', 0, 1, false, true)).toBe(0)
  })
})
