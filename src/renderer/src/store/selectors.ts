import type { ValidationIssue } from '@shared/model'
import type { ProjectSummary } from '@renderer/db/repository'
import type { AppState } from './types'

/**
 * Derived data lives here, never in state. Selectors that build new objects must be used with
 * `useShallow` (or return primitives) so components do not re-render on every store change.
 */

export const selectDoc = (s: AppState) => s.workspace?.doc ?? null
export const selectSaveStatus = (s: AppState) => s.workspace?.save ?? null
export const selectCanUndo = (s: AppState) => (s.workspace?.undo.length ?? 0) > 0 && !s.writesBlocked
export const selectCanRedo = (s: AppState) => (s.workspace?.redo.length ?? 0) > 0 && !s.writesBlocked
export const selectUndoLabel = (s: AppState) => s.workspace?.undo.at(-1)?.label ?? null
export const selectRedoLabel = (s: AppState) => s.workspace?.redo.at(-1)?.label ?? null

/** Issues that concern `path` itself or something inside it (`costs.capex` covers `costs.capex.items.0.amount`). */
export const issuesAt = (issues: readonly ValidationIssue[], path: string): ValidationIssue[] =>
  issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`))

export type FieldState = { draft: string | undefined; error: string | undefined }

/**
 * What a field at `path` should show: the refused draft text (if any) and one message. When the
 * refusal came from a rule elsewhere (a cross-field rule), the message names that place.
 */
export function selectField(s: AppState, path: string): FieldState {
  const rejected = s.workspace?.rejected[path]
  if (!rejected) return { draft: undefined, error: undefined }
  const own = issuesAt(rejected.issues, path)[0]
  const other = rejected.issues[0]
  const error = own ? own.message : other ? `would make ${other.path} invalid: ${other.message}` : 'is not valid'
  return { draft: rejected.draft, error }
}

/** Every refused issue, by path, for section-level summaries (new object: use with `useShallow`). */
export function selectIssuesByPath(s: AppState): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const r of Object.values(s.workspace?.rejected ?? {}))
    for (const i of r.issues) {
      const list = (out[i.path] ??= [])
      if (!list.includes(i.message)) list.push(i.message)
    }
  return out
}

export type ProjectFilter = 'active' | 'archived'

export const filterProjects = (projects: readonly ProjectSummary[], filter: ProjectFilter): ProjectSummary[] =>
  projects.filter((p) => (filter === 'archived' ? p.archived : !p.archived))
