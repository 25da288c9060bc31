/// <reference lib="webworker" />
import { handleJob, type AnalysisRequest } from '@shared/analysis/jobs'

/**
 * The analysis module worker: tornado, breakeven grid, scenario comparison and Monte Carlo run here,
 * off the UI thread. Messages are plain data (see @shared/analysis/jobs); progress is posted while a
 * job runs, and cancelling terminates the worker (the client starts a fresh one for the next job).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = (e: MessageEvent<AnalysisRequest>) => handleJob(e.data, (reply) => scope.postMessage(reply))
