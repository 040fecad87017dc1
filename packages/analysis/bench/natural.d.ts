// natural ships no types for the deep modules the baseline uses.
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_fr.js' {
  export default class AggressiveTokenizerFr {
    tokenize(text: string): string[]
  }
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer.js' {
  export default class AggressiveTokenizer {
    tokenize(text: string): string[]
  }
}
declare module 'natural/lib/natural/sentiment/SentimentAnalyzer.js' {
  export default class SentimentAnalyzer {
    constructor(language: string, stemmer: unknown, type: string)
    getSentiment(words: string[]): number
  }
}
