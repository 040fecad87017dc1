import { describe, expect, it } from 'vitest'
import { analyze } from './pipeline'

describe('sentiment (French)', () => {
  it('scores news words from the news lexicon and names them', () => {
    const a = analyze('Un pays dévasté par des années de conflit.', { lang: 'fr' })
    expect(a.sentiment.label).toBe('negative')
    expect(a.sentiment.negative.map((w) => w.term)).toEqual(['dévasté', 'conflit'])
    expect(a.sentences[0]!.sentiment).toBe(-0.793)
  })

  it('flips a word after ne ... pas and scales it after très', () => {
    const negated = analyze("Ce n'est pas bon.", { lang: 'fr' })
    expect(negated.sentiment.negative).toEqual([{ term: 'bon', weight: -0.56 }])
    const intensified = analyze("C'est très grave.", { lang: 'fr' })
    expect(intensified.sentiment.negative).toEqual([{ term: 'grave', weight: -0.75 }])
  })

  it('handles sans and jamais as negators', () => {
    const a = analyze('Une réussite sans succès. Jamais de paix.', { lang: 'fr' })
    expect(a.sentences.map((s) => s.sentiment)).toEqual([0.139, -0.433])
  })

  it('reads stabilité and renforcer as positive', () => {
    const a = analyze('Renforcer la stabilité de la région.', { lang: 'fr' })
    expect(a.sentiment).toMatchObject({ label: 'positive', score: 0.412 })
  })
})

describe('sentiment (English)', () => {
  it('uses AFINN with negation', () => {
    const a = analyze('This is not a good result. The talks were a great success.', { lang: 'en' })
    expect(a.sentences.map((s) => s.sentiment)).toEqual([-0.433, 0.793])
    expect(a.sentiment.positive.map((w) => w.term)).toEqual(['success', 'great'])
  })

  it('keeps every score in [-1, 1]', () => {
    const a = analyze('Terrible horrible catastrophic disaster war death killing massacre. '.repeat(20), { lang: 'en' })
    expect(a.sentiment.score).toBeGreaterThanOrEqual(-1)
    expect(a.sentiment.score).toBeLessThan(-0.9)
    for (const s of a.sentences) expect(Math.abs(s.sentiment)).toBeLessThanOrEqual(1)
  })

  it('leaves text in an unknown language neutral', () => {
    expect(analyze('Krieg und Frieden', { lang: 'und' }).sentiment).toEqual({ score: 0, label: 'neutral', positive: [], negative: [] })
  })

  it('labels a report of killings negative and a routine company report neutral', () => {
    expect(analyze('At least twelve people were killed in a deadly attack on a market.', { lang: 'en' }).sentiment).toMatchObject({ label: 'negative', negative: [{ term: 'killed', weight: -0.8 }, { term: 'deadly', weight: -0.7 }, { term: 'attack', weight: -0.6 }] })
    expect(analyze('The company reported quarterly results in line with forecasts, and its shares were little changed.', { lang: 'en' }).sentiment.label).toBe('neutral')
  })

  it('gives no tone to the words of a name inside a sentence, but does at its start, after a quote and in a title-case headline', () => {
    const names = analyze('Officials from Great Britain met Save the Children in Hope Street.', { lang: 'en' })
    expect(names.sentiment).toEqual({ score: 0, label: 'neutral', positive: [], negative: [] })
    const starts = analyze('Great news, she said: "Good work."', { lang: 'en' })
    expect(starts.sentiment.positive.map((w) => w.term)).toEqual(['Good', 'Great'])
    const headline = analyze('Hosts Seal Great Win\n\nThe hosts won.', { lang: 'en' })
    expect(headline.sentiment.positive.map((w) => w.term)).toEqual(['Great', 'won', 'Win'])
  })

  it('gives no tone to legal and fine, and a negative one to fined', () => {
    const a = analyze('The legal team was fine with it. The firm was fined.', { lang: 'en' })
    expect(a.sentences.map((s) => s.sentiment)).toEqual([0, -0.371])
  })
})

describe('sentiment (document label)', () => {
  it('leaves a mildly mixed article neutral and labels a clear balance', () => {
    const mixed = analyze('Le projet a connu un succès, malgré la crise.', { lang: 'fr' })
    expect(mixed.sentiment).toMatchObject({ label: 'neutral', score: 0.043 })
    const deadly = analyze('Au moins douze personnes ont été tuées dans une attaque contre un marché.', { lang: 'fr' })
    expect(deadly.sentiment).toMatchObject({ label: 'negative', score: -0.583 })
  })
})
