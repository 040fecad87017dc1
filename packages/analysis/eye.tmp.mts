import { analyze } from './src/index'
import { loadCorpus, documentText } from './bench/corpus'
const ids = process.argv.slice(2)
for (const [, docs] of loadCorpus()!) for (const d of docs) if (ids.includes(d.id)) {
  const t = documentText(d)
  console.log('=====', d.id, t.slice(0, 700).replace(/\n+/g, ' | '))
  console.log(analyze(t).entities.map((e) => `${e.type[0]}:${e.name}${e.roles.length ? ' (' + e.roles.join('; ') + ')' : ''}`).join(' · '))
}
