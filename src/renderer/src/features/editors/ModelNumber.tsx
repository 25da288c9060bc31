import { FieldNotes } from '@renderer/features/review/FieldNotes'
import type { ReactNode } from 'react'
import { DECIMAL_STRING_PATTERN, type DecimalString } from '@shared/decimal'
import { groupingOf } from '@shared/format/number-text'
import type { Currency, Project } from '@shared/model'
import { NumberField } from '@renderer/ui'
import { currencyOfUnit, moneyHint } from './money-hint'
import { editLabelOf, labelWithContext } from './label'
import { setAt } from './model-path'
import { useApplyEdit, useDiscardDraft, useFieldState, useHoldDraft, useReadOnly, useValueAt } from './use-model'
import { useAppStore } from '@renderer/store'

export type ModelNumberProps = {
  /** Model path of the value (`costs.opex.escalation`); also where a refusal is shown. */
  path: string
  label: string
  /** Read by screen readers after the label (which row or product the field belongs to); also prefixes the undo label. */
  context?: string
  unit?: string
  /** The widget speaks percent, the model holds the fraction. */
  percent?: boolean
  /** The model holds a JSON integer (months, years), not a decimal string. */
  integer?: boolean
  /** Empty text stores null (optional floor/cap). */
  nullable?: boolean
  /** Empty text removes the key (optional overrides: empty = not overridden). */
  emptyDeletes?: boolean
  hint?: ReactNode
  /** Table cells: the label is read by screen readers but not shown. */
  compact?: boolean
  /** The undo/redo label; defaults to the field label. */
  editLabel?: string
  disabled?: boolean
  placeholder?: string
  className?: string
  /** Extra changes made in the same edit (keep linked values consistent). */
  alsoMutate?: (draft: Project, value: DecimalString | null) => void
  testId?: string
  /** Money in this currency: the stored amount is shown under the field in the currency's conventions (₹3,60,00,00,000). */
  money?: Currency
  /** Told whether the edit was accepted (to tidy linked drafts). */
  onApplied?: (ok: boolean) => void
}

/**
 * A NumberField bound to a model path: shows the stored value (or the refused draft with the
 * reason from the store), sends every parseable text through `applyEdit` with one session per
 * focus (one undo step per field edit), and Escape forgets a refused draft.
 */
export function ModelNumber(props: ModelNumberProps) {
  const { path, label, context, unit, percent, integer, nullable, emptyDeletes, hint, compact, editLabel, disabled, placeholder, className, alsoMutate, testId, onApplied, money } = props
  const raw = useValueAt(path)
  const field = useFieldState(path)
  const readOnly = useReadOnly()
  const applyEdit = useApplyEdit()
  const discard = useDiscardDraft()
  const holdDraft = useHoldDraft()
  const reporting = useValueAt('reportingCurrency') as Currency | undefined
  const locale = useAppStore((s) => s.locale)
  const fieldInfo = { label, unit, percent }
  // A rate in money (`INR/t`, `USD/yr`) is typed like money: its currency's grouping and symbol.
  const currency = money ?? currencyOfUnit(unit)
  const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : null
  return (
    <div className={['model-field', compact ? 'field-compact' : '', className].filter(Boolean).join(' ')} data-path={path} data-testid={testId}>
      <NumberField
        label={labelWithContext(label, context)}
        value={value}
        unit={unit}
        percent={percent}
        allowEmpty={nullable || emptyDeletes}
        hint={hint ?? (money && value !== null && DECIMAL_STRING_PATTERN.test(value) ? moneyHint(value, money, locale) : undefined)}
        error={field.error}
        draft={field.draft}
        disabled={disabled || readOnly}
        placeholder={placeholder}
        onDiscard={() => discard(path)}
        onRefuse={(text, message) => holdDraft(path, editLabelOf(label, context, editLabel), text, message, fieldInfo)}
        grouping={groupingOf(currency ?? reporting ?? 'USD')}
        currency={currency}
        describeUnderstood={money && !percent ? (v) => moneyHint(v, money, locale) : undefined}
        onValue={(v, meta) => {
          const stored = v === null ? (emptyDeletes ? undefined : null) : integer ? Number(v) : v
          const r = applyEdit(
            editLabelOf(label, context, editLabel),
            (d) => {
              setAt(d, path, stored)
              alsoMutate?.(d, v)
            },
            { path, draft: meta.text, session: meta.session, field: fieldInfo }
          )
          onApplied?.(r.ok)
        }}
      />
      <FieldNotes path={path} />
    </div>
  )
}
