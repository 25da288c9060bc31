/**
 * The app state: one zustand store of slices (projects list, open workspace, ui). Components read
 * with `useAppStore(selector)` and change things only through the store's actions — for the
 * project document that is `applyEdit` (see workspace-slice.ts for its contract).
 */
export type * from './types'
export * from './selectors'
export { createAppStore } from './app-store'
export type { StoreDeps } from './deps'
export { initStore, getStore, useAppStore } from './bound'
export { useDisplayUnit, useFieldState } from './hooks'
export { fieldInfoOf, issueText, issuesText, type FieldInfo } from './issue-text'
export { selectReadOnly, REVIEW_READ_ONLY_TITLE, REVIEW_READ_ONLY_MESSAGE, REVIEW_COPY_READ_ONLY_MESSAGE, REVIEW_MODE_BANNER } from './reviews-slice'
