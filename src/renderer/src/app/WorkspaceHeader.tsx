import { selectCanRedo, selectCanUndo, selectRedoLabel, selectSaveStatus, selectUndoLabel, useAppStore, type RejectedEdit, type SaveStatus } from '@renderer/store'
import { Badge, IconAlert, IconButton, IconCheck, IconRedo, IconUndo } from '@renderer/ui'
import type { SectionDef } from '@renderer/features/sections'
import { focusField } from '@renderer/features/field-places'
import { HeaderProjectName } from './HeaderProjectName'
import { DisplayUnitToggle } from './DisplayUnitToggle'

/**
 * Text the user typed that the project does not hold (refused or not a number) is not saved, even
 * when everything accepted is: say so, and take the user to the first such field.
 */
function UnsavedFields({ projectId, rejected }: { projectId: string; rejected: Record<string, RejectedEdit> }) {
  const entries = Object.entries(rejected)
  if (entries.length === 0) return null
  const [firstPath] = entries[0]!
  const n = entries.length
  return (
    <button
      type="button"
      className="save-status error unsaved-fields"
      data-testid="unsaved-fields"
      title={`Not saved: ${entries.map(([, r]) => r.label).join(', ')}. Fix the value, or press Escape in the field to go back to the saved one.`}
      onClick={() => focusField(projectId, firstPath)}
    >
      <IconAlert size={16} /> {n === 1 ? '1 field not saved' : `${n} fields not saved`}
    </button>
  )
}

function SaveIndicator({ status }: { status: SaveStatus }) {
  if (status.state === 'saving')
    return (
      <span className="save-status saving" role="status">
        <span className="spinner" aria-hidden="true" /> Saving…
      </span>
    )
  if (status.state === 'error')
    return (
      <span className="save-status error" role="alert" title={status.message}>
        <IconAlert size={16} /> Not saved
      </span>
    )
  return (
    <span className="save-status saved" role="status">
      <IconCheck size={16} /> Saved
    </span>
  )
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl+'

export function WorkspaceHeader({ section }: { section: SectionDef }) {
  const doc = useAppStore((s) => s.workspace?.doc)
  const status = useAppStore(selectSaveStatus)
  const canUndo = useAppStore(selectCanUndo)
  const canRedo = useAppStore(selectCanRedo)
  const undoLabel = useAppStore(selectUndoLabel)
  const redoLabel = useAppStore(selectRedoLabel)
  const rejected = useAppStore((s) => s.workspace?.rejected)
  const undo = useAppStore((s) => s.undo)
  const reviewCopy = useAppStore((s) => s.workspace?.reviewCopy !== undefined)
  const redo = useAppStore((s) => s.redo)
  if (!doc || !status) return null
  return (
    <header className="app-header">
      <div className="header-titles">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href="#/">Projects</a>
          <span aria-hidden="true">/</span>
          <HeaderProjectName key={doc.id} projectId={doc.id} name={doc.name} />
          <Badge tone="accent">{doc.reportingCurrency}</Badge>
        </nav>
        <h1 className="page-title">{section.title}</h1>
        <p className="page-tagline" title={section.tagline}>{section.tagline}</p>
      </div>
      <div className="header-actions">
        <DisplayUnitToggle currency={doc.reportingCurrency} />
        {rejected && <UnsavedFields projectId={doc.id} rejected={rejected} />}
        {/* "Saved" beside "1 field not saved" would contradict it: what was accepted is saved, the field is not. */}
        {/* A file open for review is never saved: "Saved" would claim work the financier did not do. */}
        {reviewCopy ? <Badge tone="warning">Read-only review</Badge> : !(status.state === 'saved' && rejected && Object.keys(rejected).length > 0) && <SaveIndicator status={status} />}
        {status.state === 'error' && <span className="save-error-text">{status.message}</span>}
        <div className="button-group">
          <IconButton label={undoLabel ? `Undo ${undoLabel}` : 'Undo'} title={`${undoLabel ? `Undo “${undoLabel}”` : 'Nothing to undo'} (${MOD}Z)`} icon={<IconUndo />} disabled={!canUndo} onClick={undo} />
          <IconButton label={redoLabel ? `Redo ${redoLabel}` : 'Redo'} title={`${redoLabel ? `Redo “${redoLabel}”` : 'Nothing to redo'} (${MOD}Shift+Z)`} icon={<IconRedo />} disabled={!canRedo} onClick={redo} />
        </div>
      </div>
    </header>
  )
}
