/**
 * The entry of the installed `bankable` command (the prebuilt bundle, scripts/build-cli.mjs): runs
 * the dispatcher on the process arguments. index.ts stays importable without side effects (tests,
 * tsx); this file exists so the bundle needs no "am I the main module?" test, which differs between
 * CommonJS (tsx) and the ES module the bundle is.
 */
import { runCli } from './index'
import { processOutput } from './io'

runCli(process.argv.slice(2), processOutput).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    process.exitCode = 70
  }
)
