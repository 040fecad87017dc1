import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { analyze } from '@newslens/analysis'
let peak = 0, n = 0
const t0 = performance.now()
for (const f of ['en_bbc_news_5topics', 'en_masakhanews_eng_topics', 'fr_masakhanews_fra_topics']) {
  for await (const line of createInterface({ input: createReadStream(`/work/shared/corpus/${f}.jsonl`) })) {
    const l = JSON.parse(line)
    analyze(l.text, { lang: l.lang })
    if (++n % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss)
  }
}
console.log(n, 'analysed in', ((performance.now() - t0) / 1000).toFixed(1), 's; peak rss', (peak / 1e6).toFixed(0), 'MB; heap', (process.memoryUsage().heapUsed / 1e6).toFixed(0))
