/**
 * The analysis client on the shared job client (workers/job-client.ts), against a stand-in Worker
 * that answers as analysis.worker.ts does (handleJob, through structured clone).
 */
import { describe, expect, it } from 'vitest'
import { handleJob, type AnalysisReply, type AnalysisRequest } from '@shared/analysis/jobs'
import { createAnalysisClient, type Progress, type WorkerLike } from '@renderer/workers/analysis-client'
import { minimalProject } from '../../xlsx/support/projects'

class FakeWorker implements WorkerLike {
  onmessage: ((ev: MessageEvent<AnalysisReply>) => void) | null = null
  onerror: ((ev: ErrorEvent) => void) | null = null
  terminated = false
  constructor(private readonly manual = false) {}
  postMessage(message: AnalysisRequest) {
    const req = structuredClone(message)
    if (!this.manual) setTimeout(() => handleJob(req, (reply) => !this.terminated && this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<AnalysisReply>)), 0)
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent)
  }
  terminate() {
    this.terminated = true
  }
}

describe('analysis client', () => {
  it('runs a breakeven job in the worker, forwarding progress to the end', async () => {
    const client = createAnalysisClient(() => new FakeWorker())
    const seen: Progress[] = []
    const out = await client.run({ kind: 'breakeven', project: minimalProject() }, (p) => seen.push(p)).result
    expect(out.ok && out.output.kind).toBe('breakeven')
    expect(seen.length).toBeGreaterThan(1)
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total)
  })

  it('a refused job resolves with the worker’s message; a crash names the analysis worker; cancel ends the job', async () => {
    const client = createAnalysisClient(() => new FakeWorker())
    const bad = await client.run({ kind: 'tornado', project: minimalProject(), settings: { step: '1.5' } }).result
    expect(bad).toEqual({ ok: false, cancelled: false, message: 'step 1.5 must be above 0 and below 1 (0.1 = ±10 %)' })

    let worker: FakeWorker | null = null
    const manual = createAnalysisClient(() => (worker = new FakeWorker(true)))
    const crashed = manual.run({ kind: 'breakeven', project: minimalProject() })
    worker!.crash('out of memory')
    expect(await crashed.result).toEqual({ ok: false, cancelled: false, message: 'the analysis worker stopped (out of memory)' })
    const running = manual.run({ kind: 'breakeven', project: minimalProject() })
    const second = manual.run({ kind: 'breakeven', project: minimalProject() })
    expect(await running.result).toEqual({ ok: false, cancelled: true, message: 'replaced by a new run' })
    second.cancel()
    expect(await second.result).toEqual({ ok: false, cancelled: true, message: 'cancelled' })
    expect(worker!.terminated).toBe(true)
  })
})
