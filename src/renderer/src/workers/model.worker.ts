import { runModel } from '@shared/engine'
import { encodeResult } from '@renderer/model/codec'
import { messageOfError, type WorkerRequest, type WorkerResponse } from './model-job'

/** The engine off the UI thread: one request at a time, answered with the encoded result. */
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const { id, doc } = ev.data
  const t0 = performance.now()
  let reply: WorkerResponse
  try {
    const result = encodeResult(runModel(doc))
    reply = { id, ok: true, result, engineMs: performance.now() - t0 }
  } catch (e) {
    reply = { id, ok: false, message: messageOfError(e), engineMs: performance.now() - t0 }
  }
  scope.postMessage(reply)
}
