/** Options several commands share. No heavy imports here: `--help` must stay instant. */
import { Option } from 'commander'

export const LANGS = ['fr', 'en', 'und'] as const

export function langOption(): Option {
  return new Option('--lang <lang>', 'analyse in this language instead of detecting it').choices(LANGS)
}

export function formatOption(formats: readonly string[]): Option {
  return new Option('--format <format>', 'input format (default: from the extension, or sniffed)').choices(formats)
}

export function maxSizeOption(): Option {
  return new Option('--max-size <size>', 'largest text accepted per article, e.g. 5MB, 500kB').env('NEWSLENS_MAX_SIZE').default('5MB')
}
