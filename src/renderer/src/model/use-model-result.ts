import { useSyncExternalStore } from 'react'
import { getStore } from '@renderer/store'
import { startModelWorker, createWorkerExecutor, type ModelExecutor } from '@renderer/workers/model-client'
import { createLiveResults, type LiveResults, type LiveResultsState } from './live-results'

let live: LiveResults | null = null
let executor: ModelExecutor | null = null
const appExecutor = (): ModelExecutor => (executor ??= createWorkerExecutor(startModelWorker))

/** The app's one live-results runner (engine in a Web Worker), created on first use. */
export function getLiveResults(): LiveResults {
  live ??= createLiveResults(getStore(), appExecutor())
  return live
}

/**
 * Start the model worker while the project list is on screen (issue 18): fetching and compiling the
 * engine took ~0.4 s of the 1.2 s from opening a sample to its results in the start bench (bench/start.ts).
 */
export function warmModelWorker(): void {
  appExecutor().warm?.()
}

/**
 * THE hook for model results in any section:
 *
 *   const { result, stale, blocking, error } = useModelResult()
 *
 * `result` is the engine's ModelResult for the open project (null before the first run). It follows
 * every accepted edit; while a newer run is pending `stale` is true and the previous result stays.
 * `blocking` lists refused edits (the results ignore what was typed there); `error` says why the
 * newest document failed to run. Components re-render only when this state changes.
 */
export function useModelResult(): LiveResultsState {
  const l = getLiveResults()
  return useSyncExternalStore(l.subscribe, l.getState, l.getState)
}
