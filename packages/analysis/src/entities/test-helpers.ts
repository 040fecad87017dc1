/**
 * Shared by the entity tests: run the real pipeline and look entities up by name, and check that
 * the names a test uses are absent from the language data (so rules, not lists, find them).
 */
import { analyze } from '../index'
import type { ArticleAnalysis, Entity } from '../types'
import cuesFr from '../../data/fr/entities/cues.json' with { type: 'json' }
import cuesEn from '../../data/en/entities/cues.json' with { type: 'json' }
import placesFr from '../../data/fr/entities/places.json' with { type: 'json' }
import placesEn from '../../data/en/entities/places.json' with { type: 'json' }
import orgsFr from '../../data/fr/entities/organizations.json' with { type: 'json' }
import orgsEn from '../../data/en/entities/organizations.json' with { type: 'json' }
import namesFr from '../../data/fr/entities/first-names.json' with { type: 'json' }
import namesEn from '../../data/en/entities/first-names.json' with { type: 'json' }

export function entitiesOf(text: string, lang: 'fr' | 'en'): ArticleAnalysis {
  return analyze(text, { lang })
}

export function find(a: ArticleAnalysis, name: string): Entity | undefined {
  return a.entities.find((e) => e.name === name)
}

/** "type:name" of every entity, sorted: a compact value to compare in assertions. */
export function summary(a: ArticleAnalysis): string[] {
  return a.entities.map((e) => `${e.type}:${e.name}`).sort()
}

const DATA_TEXT = JSON.stringify([cuesFr, cuesEn, placesFr, placesEn, orgsFr, orgsEn, namesFr, namesEn]).toLowerCase()

/** Words of the given names that some language data file holds. */
export function wordsInLanguageData(names: readonly string[]): string[] {
  const found: string[] = []
  for (const name of names) {
    for (const word of name.split(/[\s-]+/)) {
      if (word.length > 2 && DATA_TEXT.includes(`"${word.toLowerCase()}"`)) found.push(word)
    }
  }
  return found
}
