import { FieldNotes } from '@renderer/features/review/FieldNotes'
import { useState, type ReactNode } from 'react'
import { TextField } from '@renderer/ui'
import { useT } from '@renderer/i18n'
import { editLabelOf, labelWithContext } from './label'
import { setAt } from './model-path'
import { useApplyEdit, useDiscardDraft, useFieldState, useFocusSession, useReadOnly, useValueAt } from './use-model'

export type ModelTextProps = {
  path: string
  label: string
  /** Read by screen readers after the label (which row or product the field belongs to); also prefixes the undo label. */
  context?: string
  hint?: ReactNode
  compact?: boolean
  editLabel?: string
  /** Dates: `YYYY-MM-DD`; the refusal shows once the text is complete or the field is left. */
  date?: boolean
  placeholder?: string
  /** Store `undefined` (drop the key) when empty: optional text such as notes. */
  optional?: boolean
  className?: string
  multiline?: boolean
}

/** A text (or date) input bound to a model path, edited through `applyEdit` one session per focus. */
export function ModelText({ path, label, context, hint, compact, editLabel, date, placeholder, optional, className, multiline }: ModelTextProps) {
  const raw = useValueAt(path)
  const field = useFieldState(path)
  const readOnly = useReadOnly()
  const t = useT()
  const applyEdit = useApplyEdit()
  const discard = useDiscardDraft()
  const session = useFocusSession(path)
  const [focused, setFocused] = useState(false)
  const stored = typeof raw === 'string' ? raw : ''
  const text = field.draft ?? stored
  // A half-typed date is not an error yet: say so only when it is complete or left.
  const showError = field.error && (!date || !focused || text.length >= 10) ? field.error : undefined
  const change = (next: string) =>
    applyEdit(editLabelOf(label, context, editLabel), (d) => setAt(d, path, optional && next === '' ? undefined : next), { path, draft: next, session: session.current() })
  const common = {
    onFocus: () => {
      setFocused(true)
      session.start()
    },
    onBlur: () => {
      setFocused(false)
      session.end()
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape' && field.draft !== undefined) discard(path)
    }
  }
  const cls = ['model-field', compact ? 'field-compact' : '', className].filter(Boolean).join(' ')
  if (multiline)
    return (
      <div className={cls} data-path={path}>
        <label className="field">
          <span className="field-label">{labelWithContext(label, context)}</span>
          <textarea className="input textarea" value={text} rows={3} disabled={readOnly} onChange={(e) => change(e.target.value)} aria-invalid={showError ? true : undefined} {...common} />
          {showError ? <span className="field-error" role="alert">{showError}</span> : hint ? <span className="field-hint">{hint}</span> : null}
        </label>
        <FieldNotes path={path} />
      </div>
    )
  return (
    <div className={cls} data-path={path}>
      <TextField
        label={labelWithContext(label, context)}
        value={text}
        hint={hint}
        error={showError}
        placeholder={placeholder ?? (date ? t('editors.datePlaceholder') : undefined)}
        inputMode={date ? 'numeric' : undefined}
        autoComplete="off"
        spellCheck={date ? false : undefined}
        disabled={readOnly}
        onChange={change}
        {...common}
      />
      <FieldNotes path={path} />
    </div>
  )
}
