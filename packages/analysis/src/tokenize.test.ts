import { describe, expect, it } from 'vitest'
import { normalise } from './normalise'
import { pack } from './packs'
import { tokenize } from './tokenize'

const texts = (text: string, lang: 'fr' | 'en' | 'und' = 'fr') => tokenize(normalise(text), pack(lang).tokenizer).tokens.map((t) => t.text)
const kinds = (text: string, lang: 'fr' | 'en' = 'fr') => tokenize(normalise(text), pack(lang).tokenizer).tokens.map((t) => `${t.text}:${t.kind}`)

describe('tokenize (French)', () => {
  it('splits elided articles off the following word, with straight and curly apostrophes', () => {
    expect(texts("l'armée d’Assad qu'il n'a s'est c'est j'ai jusqu'à")).toEqual(["l'", 'armée', "d'", 'Assad', "qu'", 'il', "n'", 'a', "s'", 'est', "c'", 'est', "j'", 'ai', "jusqu'", 'à'])
  })

  it('keeps the curly apostrophe of the original text in offsets', () => {
    const text = 'd’Assad'
    const [elided, name] = tokenize(normalise(text), pack('fr').tokenizer).tokens
    expect(elided).toMatchObject({ start: 0, end: 2, text: "d'" })
    expect(text.slice(name!.start, name!.end)).toBe('Assad')
  })

  it('keeps aujourd’hui and quelqu’un as one word', () => {
    expect(texts("Aujourd'hui quelqu’un")).toEqual(["Aujourd'hui", "quelqu'un"])
  })

  it('keeps hyphenated names whole and splits a hyphen joining two known places', () => {
    expect(texts('al-Assad au Moyen-Orient, relations Damas-Moscou et Paris-Berlin, Guinée-Bissau, Jean-Pierre')).toEqual([
      'al-Assad', 'au', 'Moyen-Orient', ',', 'relations', 'Damas', '-', 'Moscou', 'et', 'Paris', '-', 'Berlin', ',', 'Guinée-Bissau', ',', 'Jean-Pierre',
    ])
  })

  it('reads decimals with a comma, grouped numbers and a scale word as one number', () => {
    expect(kinds('3,5 % de 216 milliards et 1 200 000 habitants en 2024')).toEqual([
      '3,5:number', '%:punct', 'de:word', '216 milliards:number', 'et:word', '1 200 000:number', 'habitants:word', 'en:word', '2024:number',
    ])
  })

  it('does not glue a four-digit year to the next number', () => {
    expect(texts('en 2020 150 personnes')).toEqual(['en', '2020', '150', 'personnes'])
  })

  it('recognises URLs, e-mail addresses and acronyms with periods', () => {
    expect(kinds('Voir https://exemple.fr/a?b=1. Écrire à info@exemple.fr, U.E.')).toEqual([
      'Voir:word', 'https://exemple.fr/a?b=1:url', '.:punct', 'Écrire:word', 'à:word', 'info@exemple.fr:email', ',:punct', 'U.E.:word',
    ])
  })
})

describe('tokenize (English)', () => {
  it('splits possessives and contractions', () => {
    expect(texts("Smith's firm didn't say; they're sure it can't last", 'en')).toEqual([
      'Smith', "'s", 'firm', 'did', "n't", 'say', ';', 'they', "'re", 'sure', 'it', 'ca', "n't", 'last',
    ])
  })

  it('keeps O’Brien and U.S. whole and reads 1,000.5 and $3.5bn', () => {
    expect(kinds("O’Brien paid $3.5bn in the U.S. for 1,000.5 tonnes", 'en')).toEqual([
      "O'Brien:word", 'paid:word', '$:symbol', '3.5bn:number', 'in:word', 'the:word', 'U.S.:word', 'for:word', '1,000.5:number', 'tonnes:word',
    ])
  })
})

describe('tokenize (any text)', () => {
  it('gives offsets into the text as given, even with emoji and combining marks', () => {
    const text = 'Cafe\u0301 😀👍🏽 ok'
    const { tokens } = tokenize(normalise(text), pack('und').tokenizer)
    expect(tokens.map((t) => [t.text, t.kind, text.slice(t.start, t.end)])).toEqual([
      ['Café', 'word', 'Cafe\u0301'],
      ['😀👍🏽', 'emoji', '😀👍🏽'],
      ['ok', 'word', 'ok'],
    ])
  })

  it('numbers paragraphs at line breaks', () => {
    const { paragraphs } = tokenize('un deux\n\ntrois\nquatre', pack('fr').tokenizer)
    expect(Array.from(paragraphs)).toEqual([0, 0, 1, 2])
  })
})
