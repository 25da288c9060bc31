import type { AnalysisJob, AnalysisOutput, AnalysisReply, AnalysisRequest } from '@shared/analysis/jobs'
import { createJobClient, type JobFailure, type JobProgress, type JobWorker, type RunningJob as Running } from './job-client'

export type Progress = JobProgress
export type JobOutcome = { ok: true; output: AnalysisOutput } | JobFailure
export type RunningJob = Running<{ ok: true; output: AnalysisOutput }>

/** The subset of `Worker` the client uses (so tests can pass a fake). */
export type WorkerLike = JobWorker<AnalysisRequest, Extract<AnalysisReply, { type: 'done' }>>

const defaultFactory = (): WorkerLike => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'bankable-analysis' }) as unknown as WorkerLike

/**
 * Runs analysis jobs in a module worker, one at a time per client (a new job cancels the previous);
 * the protocol and its lifecycle are `job-client.ts`'s. Results resolve as values, never rejections.
 */
export function createAnalysisClient(factory: () => WorkerLike = defaultFactory) {
  return createJobClient({
    factory,
    request: (id, job: AnalysisJob) => ({ message: { id, job } }),
    succeed: (m) => ({ ok: true as const, output: m.output }),
    workerName: 'analysis',
    replaced: 'replaced by a new run'
  })
}

export type AnalysisClient = ReturnType<typeof createAnalysisClient>
