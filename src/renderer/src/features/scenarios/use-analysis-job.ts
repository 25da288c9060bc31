import { useCallback, useEffect, useRef, useState } from 'react'
import type { AnalysisJob, AnalysisOutput } from '@shared/analysis/jobs'
import { createAnalysisClient, type AnalysisClient, type Progress } from '@renderer/workers/analysis-client'
import { recordResult } from './last-results'

export type JobState<K extends AnalysisOutput['kind']> =
  | { status: 'idle' }
  | { status: 'running'; progress: Progress | null; startedAt: number }
  | { status: 'done'; output: Extract<AnalysisOutput, { kind: K }>; elapsedMs: number }
  | { status: 'error'; message: string }
  | { status: 'cancelled' }

/**
 * One analysis worker per panel: run a job with progress, cancel it (terminates the worker), keep the
 * last result. The worker is disposed when the panel unmounts.
 */
export function useAnalysisJob<K extends AnalysisOutput['kind']>(kind: K) {
  const client = useRef<AnalysisClient | null>(null)
  const cancelRef = useRef<(() => void) | null>(null)
  const [state, setState] = useState<JobState<K>>({ status: 'idle' })
  useEffect(() => () => client.current?.dispose(), [])
  const run = useCallback(
    (job: Extract<AnalysisJob, { kind: K }>) => {
      client.current ??= createAnalysisClient()
      const startedAt = performance.now()
      setState({ status: 'running', progress: null, startedAt })
      const r = client.current.run(job, (progress) => setState((s) => (s.status === 'running' ? { ...s, progress } : s)))
      cancelRef.current = r.cancel
      void r.result.then((o) => {
        if (o.ok && o.output.kind === kind) {
          // Kept for "Export Excel with analysis", with the document it describes.
          recordResult(job.project, o.output)
          setState({ status: 'done', output: o.output as Extract<AnalysisOutput, { kind: K }>, elapsedMs: performance.now() - startedAt })
        }
        else if (!o.ok && o.cancelled) setState((s) => (s.status === 'running' ? { status: 'cancelled' } : s))
        else setState({ status: 'error', message: o.ok ? 'unexpected result' : o.message })
      })
    },
    [kind]
  )
  const cancel = useCallback(() => cancelRef.current?.(), [])
  return { state, run, cancel }
}
