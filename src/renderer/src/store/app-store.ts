import { createStore, type StoreApi } from 'zustand/vanilla'
import type { StoreDeps } from './deps'
import { createAnalysisSlice } from './analysis-slice'
import { createFilesSlice } from './files-slice'
import { createLotsSlice } from './lots-slice'
import { createProjectsSlice } from './projects-slice'
import { createReviewsSlice } from './reviews-slice'
import type { AppState } from './types'
import { createUiSlice } from './ui-slice'
import { keepUnsavedDrafts } from './unsaved-drafts'
import { createWorkspaceSlice } from './workspace-slice'

/** One store composed of slices (zustand docs pattern); dependencies injected for tests. */
export function createAppStore(deps: StoreDeps): StoreApi<AppState> {
  const store = createStore<AppState>()((set, get) => {
    const args = { set, get, deps }
    return { ...createUiSlice(args), ...createProjectsSlice(args), ...createWorkspaceSlice(args), ...createLotsSlice(args), ...createReviewsSlice(args), ...createFilesSlice(args), ...createAnalysisSlice(args) }
  })
  keepUnsavedDrafts(store, deps.prefs)
  return store
}
