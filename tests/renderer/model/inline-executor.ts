import { runModel } from '@shared/engine'
import { messageOfError, type ModelExecutor } from '@renderer/workers/model-client'

/** Same thread, synchronous inside: a test double for the worker executor (the app always uses the Worker). */
export function createInlineExecutor(): ModelExecutor {
  return {
    async run(doc) {
      const t0 = performance.now()
      try {
        const result = runModel(doc)
        return { ok: true, result, engineMs: performance.now() - t0 }
      } catch (e) {
        return { ok: false, message: messageOfError(e), engineMs: performance.now() - t0 }
      }
    },
    dispose() {}
  }
}
