import { useEffect, useSyncExternalStore } from 'react'
import { getStore } from '@renderer/store'
import type { ProjectSummary } from '@renderer/db/repository'
import { createWorkerExecutor, startModelWorker } from '@renderer/workers/model-client'
import { createPortfolioMetrics, type PortfolioMetrics, type PortfolioState } from './portfolio-metrics'

let metrics: PortfolioMetrics | null = null

/** The app's one portfolio-metrics cache, with its own model worker (the open project's worker stays free for typing). */
function portfolioMetrics(): PortfolioMetrics {
  metrics ??= createPortfolioMetrics({
    executor: () => createWorkerExecutor(startModelWorker),
    loadDoc: (id) => getStore().getState().loadProjectDoc(id)
  })
  return metrics
}

/** Headline metrics of the listed projects, as they arrive; asks for any missing or out of date. */
export function usePortfolio(projects: readonly ProjectSummary[]): PortfolioState {
  const m = portfolioMetrics()
  useEffect(() => m.ensure(projects), [m, projects])
  return useSyncExternalStore(m.store.subscribe, m.store.getState, m.store.getState)
}
