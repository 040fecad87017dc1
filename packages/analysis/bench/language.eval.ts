/** Language detection against the corpus `lang` field: the share of documents where analyze() agrees (target >= 99.5%). */
import { analyze } from '../src/index'
import { documentText, loadCorpus } from './corpus'

const corpus = loadCorpus()
if (corpus) {
  let total = 0
  let agree = 0
  const misses: string[] = []
  for (const docs of corpus.values()) {
    for (const d of docs) {
      const a = analyze(documentText(d), { entities: false, maxTerms: 0, maxNgrams: 0, cooccurrence: { topK: 0 } })
      total++
      if (a.lang === d.lang) agree++
      else misses.push(`  ${d.id}: ${a.lang} (confidence ${a.langConfidence}), ${a.stats.words} words`)
    }
  }
  console.log(`language agreement: ${agree}/${total} = ${((100 * agree) / total).toFixed(2)}% (target >= 99.5%)`)
  if (misses.length) console.log(misses.join('\n'))
}
