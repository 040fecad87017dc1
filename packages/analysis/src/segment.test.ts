import { describe, expect, it } from 'vitest'
import { buildDocument } from './pipeline'

const sentences = (text: string, lang: 'fr' | 'en') => {
  const doc = buildDocument(text, lang)
  return doc.sentences.map((s) => text.slice(s.start, s.end))
}

describe('segment (French)', () => {
  it('does not end a sentence after Dr., M., Mme or p. ex.', () => {
    expect(sentences("Le Dr. Martin a vu M. Dupont et Mme Durand. Ils parlent, p. ex. de l'économie. Fin.", 'fr')).toEqual([
      'Le Dr. Martin a vu M. Dupont et Mme Durand.',
      "Ils parlent, p. ex. de l'économie.",
      'Fin.',
    ])
  })

  it('does not break inside « ... » and keeps the closing mark with its sentence', () => {
    expect(sentences('Il a dit : « Je pars. Vous restez ? » Puis il est parti.', 'fr')).toEqual([
      'Il a dit : « Je pars. Vous restez ? »',
      'Puis il est parti.',
    ])
  })

  it('ends a sentence and a paragraph at a line break', () => {
    const doc = buildDocument('Premier paragraphe sans point\nDeuxième paragraphe. Encore une phrase.', 'fr')
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1])
  })
})

describe('segment (English)', () => {
  it('does not end a sentence after U.S., Mr. or an initial', () => {
    expect(sentences('The U.S. envoy met Mr. Smith and George W. Bush in Washington. They talked.', 'en')).toEqual([
      'The U.S. envoy met Mr. Smith and George W. Bush in Washington.',
      'They talked.',
    ])
  })

  it('keeps a closing quote with the sentence it ends', () => {
    expect(sentences('"We will win." He left! Did she?', 'en')).toEqual(['"We will win."', 'He left!', 'Did she?'])
  })

  it('reads "No. 10" as an abbreviation before a number', () => {
    expect(sentences('He went to No. 10 Downing Street. Then home.', 'en')).toEqual(['He went to No. 10 Downing Street.', 'Then home.'])
  })
})
