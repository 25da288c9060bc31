import type { AnalysisJob, AnalysisOutput, AnalysisReply } from '@shared/analysis/jobs'

export type Progress = { done: number; total: number }
export type JobOutcome = { ok: true; output: AnalysisOutput } | { ok: false; cancelled: boolean; message: string }
export type RunningJob = { result: Promise<JobOutcome>; cancel(): void }

/** The subset of `Worker` the client uses (so tests can pass a fake). */
export type WorkerLike = {
  postMessage(message: unknown): void
  terminate(): void
  onmessage: ((e: MessageEvent<AnalysisReply>) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
}

const defaultFactory = (): WorkerLike => new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike

/**
 * Runs analysis jobs in a module worker, one at a time per client (a new job cancels the previous).
 * `cancel()` terminates the worker at once — a Decimal loop cannot be interrupted politely — and the
 * next job starts a fresh worker. Results resolve as values, never rejections.
 */
export function createAnalysisClient(factory: () => WorkerLike = defaultFactory) {
  let worker: WorkerLike | null = null
  let nextId = 1
  let current: { id: number; finish: (o: JobOutcome) => void } | null = null

  const stop = (message: string) => {
    worker?.terminate()
    worker = null
    const c = current
    current = null
    c?.finish({ ok: false, cancelled: true, message })
  }

  function run(job: AnalysisJob, onProgress?: (p: Progress) => void): RunningJob {
    if (current) stop('replaced by a new run')
    const id = nextId++
    const w = (worker ??= factory())
    const result = new Promise<JobOutcome>((resolve) => {
      current = { id, finish: resolve }
      w.onmessage = (e) => {
        const m = e.data
        if (!current || m.id !== current.id) return
        if (m.type === 'progress') onProgress?.({ done: m.done, total: m.total })
        else {
          current = null
          resolve(m.type === 'done' ? { ok: true, output: m.output } : { ok: false, cancelled: false, message: m.message })
        }
      }
      w.onerror = (e) => {
        e.preventDefault()
        worker?.terminate()
        worker = null
        current = null
        resolve({ ok: false, cancelled: false, message: e.message || 'the analysis worker failed' })
      }
      w.postMessage({ id, job })
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

export type AnalysisClient = ReturnType<typeof createAnalysisClient>
