import { describe, expect, it } from 'vitest'
import { detectLanguage } from './language'

describe('detectLanguage', () => {
  it('recognises French news prose', () => {
    const guess = detectLanguage("Le gouvernement a annoncé mardi une hausse des prix de l'énergie pour les ménages, selon le ministre.")
    expect(guess.lang).toBe('fr')
    expect(guess.confidence).toBeGreaterThan(0.9)
  })

  it('recognises English news prose', () => {
    const guess = detectLanguage('The government said on Tuesday that energy prices would rise for households, according to the minister.')
    expect(guess.lang).toBe('en')
    expect(guess.confidence).toBeGreaterThan(0.9)
  })

  it('answers und for other languages and scripts', () => {
    expect(detectLanguage('Die Regierung hat am Dienstag eine Erhöhung der Energiepreise angekündigt.').lang).toBe('und')
    expect(detectLanguage('الحكومة أعلنت يوم الثلاثاء عن زيادة في أسعار الطاقة').lang).toBe('und')
    expect(detectLanguage('12 345 678').lang).toBe('und')
  })

  it('answers und with no confidence for empty text', () => {
    expect(detectLanguage('')).toEqual({ lang: 'und', confidence: 0 })
  })
})
