import type { ModelResult } from '@shared/engine'
import type { Project } from '@shared/model'
import { decodeResult } from '@renderer/model/codec'
import { messageOfError, type WorkerRequest, type WorkerResponse } from './model-job'

/** What one engine run gave: the result, or the reason it failed (an engine bug, never a crash of the view). */
export type RunOutcome = { ok: true; result: ModelResult; engineMs: number } | { ok: false; message: string; engineMs: number }

/** Runs the engine somewhere (a Web Worker in the app, inline in unit tests and the bench). */
export type ModelExecutor = {
  run(doc: Project): Promise<RunOutcome>
  dispose(): void
  /** Start the executor ahead of its first run (a worker's script load and compile off the open path); optional for stand-ins. */
  warm?(): void
}

export { messageOfError, type WorkerRequest, type WorkerResponse }

/** The app's model worker (model.worker.ts); tests pass a stand-in to `createWorkerExecutor` instead. */
export const startModelWorker = (): Worker => new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module', name: 'bankable-model' })

/**
 * The engine in a Web Worker: a realistic project takes ~100 ms at 40-digit precision (measured
 * in bench/keystroke.ts), far more than a frame, so typing would stutter on the main thread.
 * Requests are answered in order; the caller (live-results) only ever has one in flight.
 */
export function createWorkerExecutor(makeWorker: () => Worker): ModelExecutor {
  let worker: Worker | null = null
  let seq = 0
  const pending = new Map<number, (o: RunOutcome) => void>()

  const fail = (message: string) => {
    for (const [, resolve] of pending) resolve({ ok: false, message, engineMs: 0 })
    pending.clear()
    worker?.terminate()
    worker = null // the next run starts a fresh worker
  }

  const ensure = (): Worker => {
    if (worker) return worker
    const w = makeWorker()
    w.onmessage = (ev: MessageEvent<WorkerResponse>) => {
      const msg = ev.data
      const resolve = pending.get(msg.id)
      if (!resolve) return
      pending.delete(msg.id)
      if (!msg.ok) return resolve({ ok: false, message: msg.message, engineMs: msg.engineMs })
      try {
        resolve({ ok: true, result: decodeResult(msg.result), engineMs: msg.engineMs })
      } catch (e) {
        resolve({ ok: false, message: `results could not be read (${messageOfError(e)})`, engineMs: msg.engineMs })
      }
    }
    w.onerror = (ev) => {
      ev.preventDefault()
      fail(`the model worker stopped (${ev.message || 'unknown error'})`)
    }
    worker = w
    return w
  }

  return {
    run(doc) {
      return new Promise<RunOutcome>((resolve) => {
        const id = ++seq
        pending.set(id, resolve)
        try {
          ensure().postMessage({ id, doc } satisfies WorkerRequest)
        } catch (e) {
          pending.delete(id)
          resolve({ ok: false, message: messageOfError(e), engineMs: 0 })
        }
      })
    },
    dispose() {
      fail('closed')
    },
    warm() {
      try {
        ensure()
      } catch {
        // A worker that cannot start is reported by the first run, which tries again.
      }
    }
  }
}
