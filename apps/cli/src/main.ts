/**
 * Entry point. stdout belongs to the command's result (JSON, CSV, the summary line): nothing else
 * may write there, so dotenv is silenced and stray console output from dependencies goes to
 * stderr before anything else is loaded.
 */
process.env.DOTENV_CONFIG_QUIET = 'true'
console.log = console.error
console.info = console.error
console.debug = console.error

const { run } = await import('./program')
process.exitCode = await run(process.argv)
