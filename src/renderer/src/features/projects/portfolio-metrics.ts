import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ModelResult } from '@shared/engine'
import type { Project } from '@shared/model'
import { headlineOf, type Headline } from '@shared/portfolio/headline'
import type { ModelExecutor } from '@renderer/workers/model-client'

/**
 * Headline metrics of every project on the list, computed lazily and cached by fingerprint
 * (`id@rev`: every write bumps the rev, so a cached figure always describes the stored document).
 * The engine runs in its own Web Worker one project at a time (~20–150 ms each): the list renders at
 * once with "…" in the metric cells and typing never waits for the engine.
 */
export type PortfolioEntry =
  | { state: 'ready'; fingerprint: string; headline: Headline; result: ModelResult }
  | { state: 'failed'; fingerprint: string; message: string }

export type PortfolioState = { entries: Record<string, PortfolioEntry>; pending: number }

export type PortfolioDeps = {
  executor: () => ModelExecutor
  loadDoc: (id: string) => Promise<{ doc: Project; rev: number } | null>
}

export const fingerprintOf = (p: { id: string; rev: number }): string => `${p.id}@${p.rev}`

export type PortfolioMetrics = {
  store: StoreApi<PortfolioState>
  /** Queue every listed project whose figures are missing or older than its rev; drops projects no longer listed. */
  ensure(projects: readonly { id: string; rev: number }[]): void
  dispose(): void
}

export function createPortfolioMetrics(deps: PortfolioDeps): PortfolioMetrics {
  const store = createStore<PortfolioState>()(() => ({ entries: {}, pending: 0 }))
  let executor: ModelExecutor | null = null
  let queue: { id: string; rev: number }[] = []
  let running = false
  /** The fingerprint being computed now, so an ensure() meanwhile does not queue it twice. */
  let inFlight: string | null = null
  let disposed = false

  const put = (id: string, entry: PortfolioEntry) => store.setState((s) => ({ entries: { ...s.entries, [id]: entry } }))

  async function drain(): Promise<void> {
    if (running) return
    running = true
    try {
      while (queue.length > 0 && !disposed) {
        store.setState({ pending: queue.length })
        const next = queue.shift()!
        inFlight = fingerprintOf(next)
        const loaded = await deps.loadDoc(next.id)
        if (!loaded) {
          put(next.id, { state: 'failed', fingerprint: fingerprintOf(next), message: 'the stored project could not be read' })
          continue
        }
        executor ??= deps.executor()
        const out = await executor.run(loaded.doc)
        if (disposed) return
        // Fingerprinted by the rev actually read: a save in between queues it again through ensure().
        const fingerprint = fingerprintOf({ id: next.id, rev: loaded.rev })
        put(next.id, out.ok ? { state: 'ready', fingerprint, headline: headlineOf(loaded.doc, out.result), result: out.result } : { state: 'failed', fingerprint, message: out.message })
      }
    } finally {
      inFlight = null
      running = false
      if (!disposed) store.setState({ pending: queue.length })
    }
  }

  return {
    store,
    ensure(projects) {
      const listed = new Set(projects.map((p) => p.id))
      const entries = store.getState().entries
      const kept = Object.fromEntries(Object.entries(entries).filter(([id]) => listed.has(id)))
      if (Object.keys(kept).length !== Object.keys(entries).length) store.setState({ entries: kept })
      queue = projects.filter((p) => kept[p.id]?.fingerprint !== fingerprintOf(p) && fingerprintOf(p) !== inFlight)
      store.setState({ pending: queue.length })
      void drain()
    },
    dispose() {
      disposed = true
      queue = []
      executor?.dispose()
      executor = null
    }
  }
}
