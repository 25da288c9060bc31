import { parentPort } from 'node:worker_threads'
import type { BatchDone, BatchJob } from './protocol'
import { summariseFile } from './row'

/** A batch worker's loop: one file at a time, one row back per file (summariseFile never throws). */
export function serveBatch(): void {
  const port = parentPort
  if (!port) throw new Error('serveBatch runs only in a worker thread')
  port.on('message', (job: BatchJob) => {
    void summariseFile(job.file).then((row) => port.postMessage({ index: job.index, row } satisfies BatchDone))
  })
}
