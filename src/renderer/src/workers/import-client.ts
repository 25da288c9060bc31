import type { LotFileRead } from '@renderer/features/feedstock/lot-files'
import type { ImportReply, ImportRequest, SheetKind } from './import-job'
import { createJobClient, type JobFailure, type JobProgress, type JobWorker, type RunningJob } from './job-client'

export type ImportProgress = JobProgress
export type ImportOutcome = { ok: true; read: LotFileRead } | JobFailure
export type RunningImport = RunningJob<{ ok: true; read: LotFileRead }>
export type ImportFile = { name: string; bytes: ArrayBuffer; sheetKind: SheetKind }

/** The subset of `Worker` the client uses (so tests can pass a fake). */
export type ImportWorkerLike = JobWorker<ImportRequest, Extract<ImportReply, { type: 'done' }>>

const defaultFactory = (): ImportWorkerLike => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'bankable-import' }) as unknown as ImportWorkerLike

/**
 * Reads lot files in a module worker, one at a time per client (a new file cancels the previous);
 * the lifecycle is `job-client.ts`'s. The file's bytes are transferred, not copied: after `run` the
 * caller's ArrayBuffer is detached.
 */
export function createImportClient(factory: () => ImportWorkerLike = defaultFactory) {
  return createJobClient({
    factory,
    request: (id, file: ImportFile) => ({ message: { id, name: file.name, bytes: file.bytes, sheetKind: file.sheetKind }, transfer: [file.bytes] }),
    succeed: (m) => ({ ok: true as const, read: m.read }),
    workerName: 'import',
    replaced: 'replaced by a new import'
  })
}

export type ImportClient = ReturnType<typeof createImportClient>
