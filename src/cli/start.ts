import { isMainThread, workerData } from 'node:worker_threads'
import { BATCH_WORKER_FLAG } from './batch/protocol'
import { runCli } from './index'
import { processOutput } from './io'

/**
 * What the command's entry does when run (main.ts in the bundle, index.ts under tsx): in the main
 * thread, dispatch the arguments; in a batch worker thread (the same script, started by the batch pool
 * with the worker flag), serve files to evaluate instead.
 */
export function start(): void {
  if (!isMainThread && (workerData as Record<string, unknown> | null)?.[BATCH_WORKER_FLAG] === true) {
    void import('./batch/worker').then((m) => m.serveBatch())
    return
  }
  runCli(process.argv.slice(2), processOutput).then(
    (code) => {
      process.exitCode = code
    },
    (e: unknown) => {
      process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
      process.exitCode = 70
    }
  )
}
