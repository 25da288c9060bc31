import type { LotFileRead } from '@renderer/features/feedstock/lot-files'
import type { ImportReply, ImportRequest, SheetKind } from './import-job'

export type ImportProgress = { done: number; total: number }
export type ImportOutcome = { ok: true; read: LotFileRead } | { ok: false; cancelled: boolean; message: string }
export type RunningImport = { result: Promise<ImportOutcome>; cancel(): void }
export type ImportFile = { name: string; bytes: ArrayBuffer; sheetKind: SheetKind }

/** The subset of `Worker` the client uses (so tests can pass a fake). */
export type ImportWorkerLike = {
  postMessage(message: ImportRequest, transfer: Transferable[]): void
  terminate(): void
  onmessage: ((e: MessageEvent<ImportReply>) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
}

const defaultFactory = (): ImportWorkerLike => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }) as unknown as ImportWorkerLike

/**
 * Reads lot files in a module worker, one at a time per client (a new file cancels the previous).
 * The file's bytes are transferred, not copied: after `run` the caller's ArrayBuffer is detached.
 * `cancel()` terminates the worker at once — a parse loop cannot be interrupted politely — and the
 * next file starts a fresh worker. Results resolve as values, never rejections; a worker that
 * crashes or throws becomes `{ ok: false, cancelled: false, message }`.
 */
export function createImportClient(factory: () => ImportWorkerLike = defaultFactory) {
  let worker: ImportWorkerLike | null = null
  let nextId = 1
  let current: { id: number; finish: (o: ImportOutcome) => void } | null = null

  const stop = (message: string) => {
    worker?.terminate()
    worker = null
    const c = current
    current = null
    c?.finish({ ok: false, cancelled: true, message })
  }

  function run(file: ImportFile, onProgress?: (p: ImportProgress) => void): RunningImport {
    if (current) stop('replaced by a new import')
    const id = nextId++
    const w = (worker ??= factory())
    const result = new Promise<ImportOutcome>((resolve) => {
      current = { id, finish: resolve }
      w.onmessage = (e) => {
        const m = e.data
        if (!current || m.id !== current.id) return
        if (m.type === 'progress') onProgress?.({ done: m.done, total: m.total })
        else {
          current = null
          resolve(m.type === 'done' ? { ok: true, read: m.read } : { ok: false, cancelled: false, message: m.message })
        }
      }
      w.onerror = (e) => {
        e.preventDefault()
        w.terminate()
        if (worker === w) worker = null
        if (current?.id !== id) return
        current = null
        resolve({ ok: false, cancelled: false, message: `the import worker stopped${e.message ? ` (${e.message})` : ''}` })
      }
      w.postMessage({ id, name: file.name, bytes: file.bytes, sheetKind: file.sheetKind }, [file.bytes])
    })
    return {
      result,
      cancel: () => {
        if (current?.id === id) stop('cancelled')
      }
    }
  }

  return { run, dispose: () => stop('closed') }
}

export type ImportClient = ReturnType<typeof createImportClient>
