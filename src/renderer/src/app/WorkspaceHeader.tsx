import { selectCanRedo, selectCanUndo, selectRedoLabel, selectSaveStatus, selectUndoLabel, useAppStore, type RejectedEdit, type SaveStatus } from '@renderer/store'
import { Badge, IconAlert, IconButton, IconCheck, IconRedo, IconUndo } from '@renderer/ui'
import type { SectionDef } from '@renderer/features/sections'
import { focusField } from '@renderer/features/field-places'
import { HeaderProjectName } from './HeaderProjectName'
import { DisplayUnitToggle } from './DisplayUnitToggle'
import { useT } from '@renderer/i18n'

/**
 * Text the user typed that the project does not hold (refused or not a number) is not saved, even
 * when everything accepted is: say so, and take the user to the first such field.
 */
function UnsavedFields({ projectId, rejected }: { projectId: string; rejected: Record<string, RejectedEdit> }) {
  const t = useT()
  const entries = Object.entries(rejected)
  if (entries.length === 0) return null
  const [firstPath] = entries[0]!
  const n = entries.length
  return (
    <button
      type="button"
      className="save-status error unsaved-fields"
      data-testid="unsaved-fields"
      title={t('header.notSavedTitle', { fields: entries.map(([, r]) => r.label).join(', ') })}
      onClick={() => focusField(projectId, firstPath)}
    >
      <IconAlert size={16} /> {t('header.fieldsNotSaved', { count: n })}
    </button>
  )
}

function SaveIndicator({ status }: { status: SaveStatus }) {
  const t = useT()
  if (status.state === 'saving')
    return (
      <span className="save-status saving" role="status">
        <span className="spinner" aria-hidden="true" /> {t('header.saving')}
      </span>
    )
  if (status.state === 'error')
    return (
      <span className="save-status error" role="alert" title={status.message}>
        <IconAlert size={16} /> {t('header.notSaved')}
      </span>
    )
  return (
    <span className="save-status saved" role="status">
      <IconCheck size={16} /> {t('header.saved')}
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
  const t = useT()
  if (!doc || !status) return null
  const tagline = t(`tagline.${section.id}`)
  return (
    <header className="app-header">
      <div className="header-titles">
        <nav className="breadcrumb" aria-label={t('header.breadcrumb')}>
          <a href="#/">{t('header.projects')}</a>
          <span aria-hidden="true">/</span>
          <HeaderProjectName key={doc.id} projectId={doc.id} name={doc.name} />
          <Badge tone="accent">{doc.reportingCurrency}</Badge>
        </nav>
        <h1 className="page-title">{t(`section.${section.id}`)}</h1>
        <p className="page-tagline" title={tagline}>{tagline}</p>
      </div>
      <div className="header-actions">
        <DisplayUnitToggle currency={doc.reportingCurrency} />
        {rejected && <UnsavedFields projectId={doc.id} rejected={rejected} />}
        {/* "Saved" beside "1 field not saved" would contradict it: what was accepted is saved, the field is not. */}
        {/* A file open for review is never saved: "Saved" would claim work the financier did not do. */}
        {reviewCopy ? <Badge tone="warning">{t('header.readOnlyReview')}</Badge> : !(status.state === 'saved' && rejected && Object.keys(rejected).length > 0) && <SaveIndicator status={status} />}
        {status.state === 'error' && <span className="save-error-text">{status.message}</span>}
        <div className="button-group">
          <IconButton label={undoLabel ? t('header.undoLabel', { label: undoLabel }) : t('header.undo')} title={undoLabel ? t('header.undoTitle', { label: undoLabel, keys: `${MOD}Z` }) : t('header.nothingToUndo', { keys: `${MOD}Z` })} icon={<IconUndo />} disabled={!canUndo} onClick={undo} />
          <IconButton label={redoLabel ? t('header.redoLabel', { label: redoLabel }) : t('header.redo')} title={redoLabel ? t('header.redoTitle', { label: redoLabel, keys: `${MOD}Shift+Z` }) : t('header.nothingToRedo', { keys: `${MOD}Shift+Z` })} icon={<IconRedo />} disabled={!canRedo} onClick={redo} />
        </div>
      </div>
    </header>
  )
}
