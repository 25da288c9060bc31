import { useState } from 'react'
import { selectField, useAppStore } from '@renderer/store'
import { IconButton, IconPencil } from '@renderer/ui'
import { useT } from '@renderer/i18n'

/**
 * The open project's name in the header, renamable in place. It goes through `renameProject` →
 * `applyEdit`, so the rename is validated, autosaved and undoable like any other edit.
 */
export function HeaderProjectName({ projectId, name }: { projectId: string; name: string }) {
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(name)
  const rename = useAppStore((s) => s.renameProject)
  const discard = useAppStore((s) => s.discardDraft)
  const error = useAppStore((s) => selectField(s, 'name').error)
  const t = useT()

  const stop = () => {
    discard('name')
    setEditing(false)
  }
  const commit = async () => {
    if (text.trim() === name) return stop()
    if (await rename(projectId, text)) setEditing(false)
  }

  if (!editing)
    return (
      <>
        <span className="breadcrumb-project" data-testid="project-title">
          {name}
        </span>
        <IconButton
          className="icon-btn-sm"
          label={t('app.rename')}
          icon={<IconPencil size={14} />}
          onClick={() => {
            setText(name)
            setEditing(true)
          }}
        />
      </>
    )
  return (
    <span className="inline-edit inline-edit-row">
      <input
        className="input input-sm"
        aria-label={t('app.projectName')}
        value={text}
        maxLength={200}
        autoFocus
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit()
          if (e.key === 'Escape') stop()
        }}
        onBlur={() => void commit()}
      />
      {error && (
        <span className="field-error" role="alert">
          {t('app.nameError', { error })}
        </span>
      )}
    </span>
  )
}
