/**
 * The messages between the batch pool and its worker threads. A worker is the command's own entry
 * (the bundle's bankable.mjs, or src/cli/index.ts under tsx) started with this flag in its workerData,
 * so the installed command needs no second file to find and tsx workers inherit tsx's loader.
 */
import type { BatchRow } from './row'

export const BATCH_WORKER_FLAG = 'bankableBatchWorker'
export type BatchWorkerData = { [BATCH_WORKER_FLAG]: true }
/** Pool → worker: evaluate file number `index`. */
export type BatchJob = { index: number; file: string }
/** Worker → pool: the row of file number `index`. */
export type BatchDone = { index: number; row: BatchRow }
