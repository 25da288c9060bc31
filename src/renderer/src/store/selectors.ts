import type { ValidationIssue } from '@shared/model'
import type { ProjectSummary } from '@renderer/db/repository'
import { fieldInfoOf, issueText, issueWords, type FieldInfo } from './issue-text'
import type { AppState, RejectedEdit } from './types'

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
 * The one message for a refused edit at `path`, in the terms of `field` (its label and unit; see
 * store/issue-text.ts). When the refusal came from a rule elsewhere (a cross-field rule), the
 * message names that place by its label.
 */
export function refusalText(path: string, rejected: RejectedEdit, field: FieldInfo): string {
  const own = issuesAt(rejected.issues, path)[0]
  if (own) return issueText(own.message, own.path === path ? field : fieldInfoOf(own.path))
  const other = rejected.issues[0]
  if (!other) return `${field.label} is not valid`
  const there = fieldInfoOf(other.path)
  return `Would make ${there.label} invalid: ${issueWords(other.message, there)}`
}

/** What a field at `path` should show: the refused draft text (if any) and one message naming the field. */
export function selectField(s: AppState, path: string): FieldState {
  const rejected = s.workspace?.rejected[path]
  if (!rejected) return { draft: undefined, error: undefined }
  return { draft: rejected.draft, error: refusalText(path, rejected, rejected.field ?? fieldInfoOf(path)) }
}

/** Every refused issue, by path, for section-level summaries (new object: use with `useShallow`). */
export function selectIssuesByPath(s: AppState): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [path, r] of Object.entries(s.workspace?.rejected ?? {}))
    for (const i of r.issues) {
      const list = (out[i.path] ??= [])
      const text = issueText(i.message, i.path === path && r.field ? r.field : fieldInfoOf(i.path))
      if (!list.includes(text)) list.push(text)
    }
  return out
}

export type ProjectFilter = 'active' | 'archived'

export const filterProjects = (projects: readonly ProjectSummary[], filter: ProjectFilter): ProjectSummary[] =>
  projects.filter((p) => (filter === 'archived' ? p.archived : !p.archived))
