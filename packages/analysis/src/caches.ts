/**
 * clearCaches(): forget the word forms, stems and derived look-ups shared across analyses. They
 * only make a corpus faster (each form is stemmed and looked up once); a long-running process may
 * drop them to free memory, and a benchmark to measure a cold start. Results never change.
 */
import { clearForms } from './forms'
import { clearStemCaches } from './packs'

export function clearCaches(): void {
  clearForms()
  clearStemCaches()
}
