/**
 * Runs the batch: `jobs` = 1 evaluates in this thread; more starts that many worker threads (one per
 * core is the useful most: the work is CPU only), each asking for the next file as it finishes one, so a
 * large project does not hold up a queue. Rows are handed over in input order whatever the order they
 * finish in, so the output never depends on `jobs`.
 */
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { BATCH_WORKER_FLAG, type BatchDone, type BatchJob, type BatchWorkerData } from './protocol'
import { failedRow, summariseFile, type BatchRow } from './row'

export type PoolOptions = {
  jobs: number
  /** The script a worker runs: the command's entry (it serves the batch when it sees the worker flag). */
  workerEntry: string
  /** Called once per file, in input order. */
  onRow(index: number, row: BatchRow): void
}

export async function runBatch(files: readonly string[], options: PoolOptions): Promise<void> {
  const ordered = inOrder(options.onRow)
  if (options.jobs <= 1 || files.length <= 1) {
    for (let i = 0; i < files.length; i++) ordered(i, await summariseFile(files[i]!))
    return
  }
  let next = 0
  let pending = files.length
  await new Promise<void>((resolve) => {
    const startWorker = () => {
      if (next >= files.length) return
      const workerData: BatchWorkerData = { [BATCH_WORKER_FLAG]: true }
      const worker = startEntry(options.workerEntry, workerData)
      let current: number | null = null
      const give = () => {
        if (next >= files.length) {
          current = null
          void worker.terminate()
          return
        }
        current = next++
        worker.postMessage({ index: current, file: files[current]! } satisfies BatchJob)
      }
      const done = (index: number, row: BatchRow) => {
        ordered(index, row)
        if (--pending === 0) resolve()
      }
      worker.on('message', (m: BatchDone) => {
        done(m.index, m.row)
        give()
      })
      // A worker that dies (out of memory on a hostile file, a crash) costs only its file: that row
      // says so and a fresh worker takes over the rest of the queue.
      const lost = (why: string) => {
        if (current === null) return
        const index = current
        current = null
        done(index, failedRow(files[index]!, `internal error: the worker evaluating this file stopped (${why})`))
        startWorker()
      }
      worker.on('error', (e) => lost(e.message))
      worker.on('exit', (code) => lost(`exit code ${code}`))
      give()
    }
    for (let j = 0; j < Math.min(options.jobs, files.length); j++) startWorker()
  })
}

/**
 * A worker running `entry`. The installed command's entry is JavaScript and serves the batch by itself
 * (start.ts). Under `npm run cli` the entry is src/cli/index.ts, which a worker thread cannot load
 * alone (tsx's hooks do not reach worker threads on Node 20): that worker registers tsx's CommonJS hook
 * and serves from worker.ts beside this file — a development path only, never the bundle's.
 */
function startEntry(entry: string, workerData: BatchWorkerData): Worker {
  if (!/\.[cm]?ts$/.test(entry)) return new Worker(entry, { workerData, argv: [] })
  const code = `require('tsx/cjs/api').register(); require(${JSON.stringify(join(__dirname, 'worker.ts'))}).serveBatch()`
  return new Worker(code, { eval: true, workerData, argv: [] })
}

/** Wraps a per-row callback so rows arriving in any order are delivered in index order. */
export function inOrder(onRow: (index: number, row: BatchRow) => void): (index: number, row: BatchRow) => void {
  const waiting = new Map<number, BatchRow>()
  let nextOut = 0
  return (index, row) => {
    waiting.set(index, row)
    for (let r = waiting.get(nextOut); r !== undefined; r = waiting.get(nextOut)) {
      waiting.delete(nextOut)
      onRow(nextOut++, r)
    }
  }
}
