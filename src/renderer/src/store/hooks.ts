import { useShallow } from 'zustand/react/shallow'
import { unitFor, type DisplayUnit } from '@shared/format/display-unit'
import type { Currency } from '@shared/model'
import { useAppStore } from './bound'
import { selectReadOnly } from './reviews-slice'
import { selectField, type FieldState } from './selectors'

/**
 * Field wiring for section editors, so every field follows the same contract:
 *
 *   const f = useFieldState('costs.opex.escalation')
 *   const applyEdit = useAppStore((s) => s.applyEdit)
 *   <NumberField label="Opex escalation" unit="%/yr" percent
 *     value={doc.costs.opex.escalation} draft={f.draft} error={f.error} onDiscard={f.discard}
 *     onValue={(v, { text, session }) => applyEdit('Opex escalation', (d) => void (d.costs.opex.escalation = v ?? '0'),
 *       { path: 'costs.opex.escalation', draft: text, session })} />
 */
export function useFieldState(path: string): FieldState & { discard: () => void; readOnly: boolean } {
  const state = useAppStore(useShallow((s) => selectField(s, path)))
  const discardDraft = useAppStore((s) => s.discardDraft)
  // Reviewer mode: applyEdit refuses anyway; fields pass this as `disabled` so they also look read-only.
  const readOnly = useAppStore(selectReadOnly)
  return { ...state, discard: () => discardDraft(path), readOnly }
}

/** The money display unit the reader chose for this currency (full until they choose). */
export const useDisplayUnit = (currency: Currency): DisplayUnit => unitFor(currency, useAppStore((s) => s.displayUnits[currency]))
