/**
 * The client side of a module worker that runs one job at a time: the analysis worker and the import
 * worker both speak it. A reply is progress, done or error, tagged with the job's id.
 */
export type JobReply<Done extends object> =
  | { id: number; type: 'progress'; done: number; total: number }
  | ({ id: number; type: 'done' } & Done)
  | { id: number; type: 'error'; message: string }

export type JobProgress = { done: number; total: number }
export type JobFailure = { ok: false; cancelled: boolean; message: string }

/** The subset of `Worker` a client uses (so tests can pass a fake). */
export type JobWorker<Request, Done extends object> = {
  postMessage(message: Request, transfer: Transferable[]): void
  terminate(): void
  onmessage: ((e: MessageEvent<JobReply<Done>>) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
}

export type JobClientSpec<Job, Request, Done extends object, Outcome> = {
  factory: () => JobWorker<Request, Done>
  /** The message for job `id`, and what it transfers rather than copies. */
  request(id: number, job: Job): { message: Request; transfer?: Transferable[] }
  /** A done reply as the caller's success value. */
  succeed(reply: Done): Outcome
  /** Names the worker in the message of a crash: "the import worker stopped (…)". */
  workerName: string
  /** Why a job ended when a newer one replaced it. */
  replaced: string
}

export type RunningJob<Outcome> = { result: Promise<Outcome | JobFailure>; cancel(): void }

/**
 * One job at a time per client (a new job cancels the previous). `cancel()` terminates the worker at
 * once — a Decimal or parse loop cannot be interrupted politely — and the next job starts a fresh
 * worker. Results resolve as values, never rejections; a worker that crashes becomes a failure with
 * a message, and a crash of a replaced worker never ends the job that replaced it.
 */
export function createJobClient<Job, Request, Done extends object, Outcome>(spec: JobClientSpec<Job, Request, Done, Outcome>) {
  let worker: JobWorker<Request, Done> | null = null
  let nextId = 1
  let current: { id: number; finish: (o: Outcome | JobFailure) => void } | null = null

  const stop = (message: string) => {
    worker?.terminate()
    worker = null
    const c = current
    current = null
    c?.finish({ ok: false, cancelled: true, message })
  }

  function run(job: Job, onProgress?: (p: JobProgress) => void): RunningJob<Outcome> {
    if (current) stop(spec.replaced)
    const id = nextId++
    const w = (worker ??= spec.factory())
    const result = new Promise<Outcome | JobFailure>((resolve) => {
      current = { id, finish: resolve }
      w.onmessage = (e) => {
        const m = e.data
        if (!current || m.id !== current.id) return
        if (m.type === 'progress') onProgress?.({ done: m.done, total: m.total })
        else {
          current = null
          resolve(m.type === 'done' ? spec.succeed(m) : { ok: false, cancelled: false, message: m.message })
        }
      }
      w.onerror = (e) => {
        e.preventDefault()
        w.terminate()
        if (worker === w) worker = null
        if (current?.id !== id) return
        current = null
        resolve({ ok: false, cancelled: false, message: `the ${spec.workerName} worker stopped${e.message ? ` (${e.message})` : ''}` })
      }
      const { message, transfer } = spec.request(id, job)
      w.postMessage(message, transfer ?? [])
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
