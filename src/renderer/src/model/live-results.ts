import type { ModelResult } from '@shared/engine'
import type { Project } from '@shared/model'
import type { StoreApi } from 'zustand/vanilla'
import { fieldInfoOf } from '@renderer/store/issue-text'
import { refusalText } from '@renderer/store/selectors'
import type { AppState } from '@renderer/store/types'
import type { ModelExecutor } from '@renderer/workers/model-client'

/** An edit the schema refused: results stay at the last valid document until it is fixed. */
export type BlockingEdit = { path: string; label: string; message: string }

export type LiveResultsState = {
  projectId: string | null
  /** The latest result that ran successfully (null until the first run of this project finishes). */
  result: ModelResult | null
  /** The document `result` was computed from. */
  resultDoc: Project | null
  /** 'running' while a newer document is being computed; 'error' when the newest run failed. */
  status: 'idle' | 'running' | 'ready' | 'error'
  /** `result` is not (yet) for the current document: show it, but say so. */
  stale: boolean
  /** Why the newest run failed (an engine failure on a valid document). */
  error: string | null
  /** Refused edits: what the user typed is not in the document, so the results ignore it. */
  blocking: BlockingEdit[]
  /** Engine time of the last run, and wall time from the document change to its result (ms). */
  engineMs: number | null
  latencyMs: number | null
}

export type LiveResults = {
  getState(): LiveResultsState
  subscribe(listener: () => void): () => void
  /** Resolves with the result for the document current at call time (null if it failed or the project closed). */
  current(): Promise<ModelResult | null>
  dispose(): void
}

const IDLE: LiveResultsState = { projectId: null, result: null, resultDoc: null, status: 'idle', stale: false, error: null, blocking: [], engineMs: null, latencyMs: null }
/** Results kept for recent documents: undo/redo swap back to the same document objects, so they show at once. */
const CACHE_SIZE = 8

function blockingOf(s: AppState): BlockingEdit[] {
  const rejected = s.workspace?.rejected ?? {}
  return Object.entries(rejected).map(([path, r]) => {
    // Named by the edit's label, which carries its context ("Hydromet: Li recovery"), in the field's unit.
    const text = refusalText(path, r, { ...(r.field ?? fieldInfoOf(path)), label: r.label })
    // A message about the typed text ("Use a dot for decimals") does not name the field: say which.
    const message = text.startsWith(r.label) ? text : `${r.label}: ${text}`
    return { path, label: r.label, message }
  })
}

const sameBlocking = (a: BlockingEdit[], b: BlockingEdit[]) =>
  a.length === b.length && a.every((x, i) => x.path === b[i]!.path && x.message === b[i]!.message && x.label === b[i]!.label)

/**
 * Keeps results following the open document: every accepted edit (a new document object) is run,
 * at most one run in flight, and only the NEWEST waiting document runs next (typing "1250" runs
 * "1250", not "1", "12", "125" after each other). A failed run keeps the last good result visible.
 */
export function createLiveResults(store: StoreApi<AppState>, executor: ModelExecutor, clock: () => number = () => performance.now()): LiveResults {
  let state: LiveResultsState = IDLE
  const listeners = new Set<() => void>()
  const cache: { doc: Project; result: ModelResult }[] = []
  let inFlight: Project | null = null
  let queued: { doc: Project; at: number } | null = null
  let waiters: { doc: Project; resolve: (r: ModelResult | null) => void }[] = []

  const emit = (patch: Partial<LiveResultsState>) => {
    state = { ...state, ...patch }
    listeners.forEach((l) => l())
  }
  const currentDoc = () => store.getState().workspace?.doc ?? null
  const currentProject = () => store.getState().workspace?.projectId ?? null

  function settleWaiters() {
    const doc = currentDoc()
    waiters = waiters.filter((w) => {
      if (w.doc !== doc) return (w.resolve(null), false) // the document moved on or closed
      if (state.resultDoc === doc) return (w.resolve(state.result), false)
      if (state.status === 'error' && !inFlight && !queued) return (w.resolve(null), false)
      return true
    })
  }

  function remember(doc: Project, result: ModelResult) {
    const i = cache.findIndex((c) => c.doc === doc)
    if (i >= 0) cache.splice(i, 1)
    cache.push({ doc, result })
    if (cache.length > CACHE_SIZE) cache.shift()
  }

  function start(doc: Project, at: number) {
    const projectId = currentProject()
    inFlight = doc
    emit({ status: 'running', stale: state.resultDoc !== doc })
    void executor.run(doc).then((outcome) => {
      inFlight = null
      const relevant = currentProject() === projectId // else closed or switched meanwhile: drop the outcome
      if (relevant) {
        if (outcome.ok) {
          remember(doc, outcome.result)
          emit({ result: outcome.result, resultDoc: doc, error: null, engineMs: outcome.engineMs, latencyMs: clock() - at })
        } else emit({ error: outcome.message, engineMs: outcome.engineMs, latencyMs: null })
      }
      const next = queued
      queued = null
      if (next && next.doc === currentDoc() && next.doc !== state.resultDoc) start(next.doc, next.at)
      else if (relevant || next) emit({ status: !relevant || outcome.ok ? 'ready' : 'error', stale: state.resultDoc !== currentDoc() })
      settleWaiters()
    })
  }

  function onDoc(doc: Project) {
    const at = clock()
    const hit = cache.find((c) => c.doc === doc)
    if (hit) {
      queued = null
      emit({ result: hit.result, resultDoc: doc, error: null, stale: false, status: inFlight ? 'running' : 'ready', latencyMs: clock() - at })
      settleWaiters()
      return
    }
    if (inFlight) queued = { doc, at }
    else start(doc, at)
  }

  let seenDoc: Project | null = null
  let seenProject: string | null = null
  function sync(s: AppState) {
    const projectId = s.workspace?.projectId ?? null
    const doc = s.workspace?.doc ?? null
    if (projectId !== seenProject) {
      seenProject = projectId
      seenDoc = null
      queued = null
      cache.length = 0
      state = { ...IDLE, projectId }
      listeners.forEach((l) => l())
    }
    const blocking = blockingOf(s)
    if (!sameBlocking(blocking, state.blocking)) emit({ blocking })
    if (doc && doc !== seenDoc) {
      seenDoc = doc
      onDoc(doc)
    }
    settleWaiters()
  }

  const unsubscribe = store.subscribe(sync)
  sync(store.getState())

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    current() {
      const doc = currentDoc()
      if (!doc) return Promise.resolve(null)
      if (state.resultDoc === doc) return Promise.resolve(state.result)
      return new Promise((resolve) => {
        waiters.push({ doc, resolve })
        settleWaiters()
      })
    },
    dispose() {
      unsubscribe()
      listeners.clear()
      waiters.forEach((w) => w.resolve(null))
      waiters = []
      executor.dispose()
    }
  }
}
