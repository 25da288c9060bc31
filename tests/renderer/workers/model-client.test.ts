import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { encodeResult } from '@renderer/model/codec'
import { createWorkerExecutor, type WorkerRequest, type WorkerResponse } from '@renderer/workers/model-client'
import { handProject } from '../../shared/engine/hand-project'

/** A stand-in Worker that answers like model.worker.ts (through structured clone), or crashes on demand. */
class FakeWorker {
  static made = 0
  static crashNext = false
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null = null
  onerror: ((ev: ErrorEvent) => void) | null = null
  terminated = false
  constructor() {
    FakeWorker.made++
  }
  postMessage(req: WorkerRequest) {
    const { id, doc } = structuredClone(req)
    setTimeout(() => {
      if (FakeWorker.crashNext) {
        FakeWorker.crashNext = false
        this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent)
        return
      }
      const reply: WorkerResponse = { id, ok: true, result: encodeResult(runModel(doc)), engineMs: 1 }
      this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<WorkerResponse>)
    }, 0)
  }
  terminate() {
    this.terminated = true
  }
}

describe('worker executor', () => {
  it('returns the decoded result of the worker run', async () => {
    const ex = createWorkerExecutor(() => new FakeWorker() as unknown as Worker)
    const out = await ex.run(handProject())
    expect(out.ok).toBe(true)
    if (out.ok) expect(out.result.metrics.debtAtCod.toString()).toBe(runModel(handProject()).metrics.debtAtCod.toString())
    ex.dispose()
  })

  it('a crashed worker fails the pending run with the reason, and the next run starts a fresh worker', async () => {
    FakeWorker.made = 0
    const ex = createWorkerExecutor(() => new FakeWorker() as unknown as Worker)
    FakeWorker.crashNext = true
    const failed = await ex.run(handProject())
    expect(failed).toMatchObject({ ok: false, message: 'the model worker stopped (out of memory)' })
    const again = await ex.run(handProject())
    expect(again.ok).toBe(true)
    expect(FakeWorker.made).toBe(2)
    ex.dispose()
  })

  it('warm starts the worker before the first run, which then reuses it; a worker that cannot start is left to the first run', async () => {
    FakeWorker.made = 0
    const ex = createWorkerExecutor(() => new FakeWorker() as unknown as Worker)
    ex.warm?.()
    expect(FakeWorker.made).toBe(1)
    ex.warm?.()
    expect((await ex.run(handProject())).ok).toBe(true)
    expect(FakeWorker.made).toBe(1)
    ex.dispose()
    let attempts = 0
    const broken = createWorkerExecutor(() => {
      attempts++
      throw new Error('no workers here')
    })
    expect(() => broken.warm?.()).not.toThrow()
    expect(await broken.run(handProject())).toMatchObject({ ok: false, message: 'no workers here' })
    expect(attempts).toBe(2)
  })
})
