import { describe, expect, it } from 'vitest'
import { buildParagraphs } from './article-text'

const text = 'Vladimir Poutine a reçu Asaad al-Shaibani. Ils ont parlé.\nLa Syrie attend.'

describe('buildParagraphs', () => {
  it('wraps each mention with exactly its text and keeps every character of the article', () => {
    const paras = buildParagraphs(
      text,
      [
        { index: 0, start: 0, end: 42 },
        { index: 1, start: 43, end: 57 },
        { index: 2, start: 58, end: 74 },
      ],
      [
        { start: 0, end: 16, entity: 0 },
        { start: 24, end: 41, entity: 1 },
        { start: 61, end: 66, entity: 2 },
      ],
    )
    expect(paras).toHaveLength(2)
    const mentions = paras.flatMap((p) => p.pieces.filter((x) => x.kind === 'mention').map((x) => x.text))
    expect(mentions).toEqual(['Vladimir Poutine', 'Asaad al-Shaibani', 'Syrie'])
    const rebuilt = paras.map((p) => p.pieces.map((x) => x.text).join('')).join('\n')
    expect(rebuilt).toBe(text)
  })

  it('puts a sentence anchor on the piece where each sentence starts', () => {
    const paras = buildParagraphs(text, [
      { index: 0, start: 0, end: 42 },
      { index: 1, start: 43, end: 57 },
      { index: 2, start: 58, end: 74 },
    ], [])
    expect([...paras[0]!.anchors.values()]).toEqual([0, 1])
    expect([...paras[1]!.anchors.values()]).toEqual([2])
  })

  it('skips mentions that overlap an earlier one or fall outside the text', () => {
    const paras = buildParagraphs('Bachar al-Assad parle.', [], [
      { start: 0, end: 15, entity: 0 },
      { start: 7, end: 15, entity: 1 },
      { start: 20, end: 400, entity: 2 },
      { start: -3, end: 2, entity: 3 },
    ])
    const mentions = paras[0]!.pieces.filter((x) => x.kind === 'mention')
    expect(mentions.map((m) => m.text)).toEqual(['Bachar al-Assad'])
    expect(paras[0]!.pieces.map((p) => p.text).join('')).toBe('Bachar al-Assad parle.')
  })
})
