import { FieldNotes } from '@renderer/features/review/FieldNotes'
import { useRef, type ReactNode } from 'react'
import type { Project } from '@shared/model'
import { Select, type SelectOption } from '@renderer/ui'
import { editLabelOf, labelWithContext } from './label'
import { setAt } from './model-path'
import { useApplyEdit, useFieldState, useReadOnly, useValueAt } from './use-model'
import { useSpanForOptions } from './select-span'

export type ModelSelectProps<T extends string> = {
  path: string
  label: string
  /** Read by screen readers after the label (which row or product the field belongs to); also prefixes the undo label. */
  context?: string
  options: readonly SelectOption<T>[]
  hint?: ReactNode
  compact?: boolean
  editLabel?: string
  /** Replace the plain "set the value" edit (to keep linked fields consistent). */
  mutate?: (draft: Project, value: T) => void
  className?: string
  /** A value held as null in the model, or an optional field left out, is shown as this option value. */
  nullAs?: T
  toModel?: (value: T) => unknown
}

/** A select bound to a model path: each choice is one undo step; a refusal shows under it. */
export function ModelSelect<T extends string>({ path, label, context, options, hint, compact, editLabel, mutate, className, nullAs, toModel }: ModelSelectProps<T>) {
  const raw = useValueAt(path)
  const field = useFieldState(path)
  const readOnly = useReadOnly()
  const applyEdit = useApplyEdit()
  const value = ((raw === null || raw === undefined) && nullAs !== undefined ? nullAs : String(raw)) as T
  const ref = useRef<HTMLDivElement>(null)
  // A long choice spans two grid columns rather than being cut (#17); table cells (compact) keep their column.
  const span = useSpanForOptions(ref, compact ? [] : options.map((o) => o.label))
  return (
    <div ref={ref} className={['model-field', compact ? 'field-compact' : '', span ? 'field-span-2' : '', className].filter(Boolean).join(' ')} data-path={path}>
      <Select
        label={labelWithContext(label, context)}
        value={value}
        options={options}
        hint={hint}
        error={field.error}
        disabled={readOnly}
        onChange={(v) => applyEdit(editLabelOf(label, context, editLabel), (d) => (mutate ? mutate(d, v) : setAt(d, path, toModel ? toModel(v) : v)), { path, draft: v })}
      />
      <FieldNotes path={path} />
    </div>
  )
}

/** A checkbox bound to a boolean at a model path. */
export function ModelCheckbox({ path, label, hint }: { path: string; label: string; hint?: ReactNode }) {
  const raw = useValueAt(path)
  const applyEdit = useApplyEdit()
  const field = useFieldState(path)
  const readOnly = useReadOnly()
  return (
    <div className="model-field model-check" data-path={path}>
      <label className="check">
        <input type="checkbox" checked={raw === true} disabled={readOnly} onChange={(e) => applyEdit(label, (d) => setAt(d, path, e.target.checked), { path, draft: String(e.target.checked) })} />
        <span>{label}</span>
      </label>
      {field.error ? <p className="field-error" role="alert">{field.error}</p> : hint ? <p className="field-hint">{hint}</p> : null}
      <FieldNotes path={path} />
    </div>
  )
}
