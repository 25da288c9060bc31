export { useModelResult, getLiveResults } from './use-model-result'
export { createLiveResults, type BlockingEdit, type LiveResults, type LiveResultsState } from './live-results'
export type { ModelExecutor, RunOutcome } from '@renderer/workers/model-client'
