import { pack } from '../src/packs'
import { termKey, isContentWord } from '../src/terms'
const [lang, ...words] = process.argv.slice(2)
const p = pack(lang as 'fr')
console.log(words.map((w) => `${w}→${isContentWord(w, p.stopwords) ? termKey(w, p.stem) : '=' + w}`).join('  '))
