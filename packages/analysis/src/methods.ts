/** How each metric is computed, in one sentence each, for front ends to show beside the numbers. */
import { cooccurrenceMethod } from './cooccurrence'
import { keynessMethod, tfidfMethod } from './corpus'
import { sentimentMethod } from './sentiment'
import { themeMethod } from './themes'

export const methods = {
  terms: 'content words (stopwords of data/<lang>/stopwords.json out) grouped by Porter stem (natural, ported exactly in src/stemmers); relative frequency = count / content words',
  ngrams: 'adjacent content words in one sentence (a linking word allowed inside a trigram); trigrams need 2 occurrences',
  sentiment: sentimentMethod,
  themes: themeMethod,
  cooccurrence: cooccurrenceMethod,
  tfidf: tfidfMethod,
  keyness: keynessMethod,
} as const
