import { selectCanRedo, selectCanUndo, selectRedoLabel, selectSaveStatus, selectUndoLabel, useAppStore, type SaveStatus } from '@renderer/store'
import { Badge, IconAlert, IconButton, IconCheck, IconRedo, IconUndo } from '@renderer/ui'
import type { SectionDef } from '@renderer/features/sections'
import { HeaderProjectName } from './HeaderProjectName'

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
  const undo = useAppStore((s) => s.undo)
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
        <p className="page-tagline">{section.tagline}</p>
      </div>
      <div className="header-actions">
        <SaveIndicator status={status} />
        {status.state === 'error' && <span className="save-error-text">{status.message}</span>}
        <div className="button-group">
          <IconButton label={undoLabel ? `Undo ${undoLabel}` : 'Undo'} title={`${undoLabel ? `Undo “${undoLabel}”` : 'Nothing to undo'} (${MOD}Z)`} icon={<IconUndo />} disabled={!canUndo} onClick={undo} />
          <IconButton label={redoLabel ? `Redo ${redoLabel}` : 'Redo'} title={`${redoLabel ? `Redo “${redoLabel}”` : 'Nothing to redo'} (${MOD}Shift+Z)`} icon={<IconRedo />} disabled={!canRedo} onClick={redo} />
        </div>
      </div>
    </header>
  )
}
