import { Command } from 'commander'
import type { DraftLang } from '@newslens/ingest'
import { EXIT } from '../errors'
import { formatOption, langOption, maxSizeOption } from '../options'

interface AnalyzeFlags {
  json?: boolean
  lang?: DraftLang
  format?: 'text' | 'markdown' | 'html'
  maxSize?: string
  top: string
}

export function analyzeCommand(setExit: (code: number) => void): Command {
  return new Command('analyze')
    .description('analyse one article (.txt, .md, or .html reduced to its article text) and print the result')
    .argument('<file>', 'the article file, or - for standard input')
    .option('--json', 'print the ArticleAnalysis as JSON, and nothing else, on stdout')
    .addOption(langOption())
    .addOption(formatOption(['text', 'markdown', 'html']))
    .addOption(maxSizeOption())
    .option('--top <n>', 'rows per section of the report', '10')
    .addHelpText(
      'after',
      `
Examples:
  $ newslens analyze samples/syrie-russie-cooperation.fr.txt
  $ newslens analyze article.html --json > analysis.json
  $ curl -s https://example.org/news | newslens analyze - --format html
  $ pbpaste | newslens analyze - --lang en`,
    )
    .action(async (file: string, flags: AnalyzeFlags) => {
      const { readNamedArticle, maxBytesFrom } = await import('../input')
      const { analyze } = await import('@newslens/analysis')
      const draft = await readNamedArticle(file, {
        maxBytes: maxBytesFrom(flags.maxSize),
        ...(flags.format ? { format: flags.format } : {}),
        ...(flags.lang ? { lang: flags.lang } : {}),
      })
      const analysis = analyze(draft.text, draft.lang ? { lang: draft.lang } : {})
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`)
      } else {
        const { formatAnalysisReport } = await import('../report/analysis-report')
        const { styleFor } = await import('../report/style')
        const top = Math.max(1, Number.parseInt(flags.top, 10) || 10)
        const source = file === '-' ? 'stdin' : file
        process.stdout.write(formatAnalysisReport(analysis, styleFor(process.stdout), { title: draft.title, source, top }))
      }
      setExit(EXIT.ok)
    })
}
