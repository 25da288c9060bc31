import { EditButton, EditIconButton } from './EditButton'
import type { ReactNode } from 'react'
import { IconPlus, IconTrash } from '@renderer/ui'
import { ModelNumber } from './ModelNumber'
import { setAt } from './model-path'
import { forgetSiblingDrafts, overlaySiblingDrafts } from './sibling-drafts'
import { useApplyEdit, useValueAt } from './use-model'
import { useT } from '@renderer/i18n'

export type SeriesEditorProps = {
  /** Path of an array of decimal strings (`feedstock.0.rampUp`, `costs.capex.phasing`). */
  path: string
  /** What the series is, for the undo label and screen readers ("Ramp-up"). */
  label: string
  itemLabel: (index: number) => string
  percent?: boolean
  unit?: string
  /** Fixed length (phasing by construction period): no add/remove. */
  fixedLength?: boolean
  minLength?: number
  addLabel?: string
  /**
   * The series must satisfy a rule over all cells (phasing sums to 100 %): an edit carries the
   * refused drafts of the other cells with it, so moving share from one period to another works
   * in two steps instead of deadlocking on the first.
   */
  overlaySiblings?: boolean
  footer?: ReactNode
}

/** A row of small numeric cells for a per-year (or per-period) series, each bound to its model path. */
export function SeriesEditor({ path, label, itemLabel, percent, unit, fixedLength, minLength = 1, addLabel, overlaySiblings, footer }: SeriesEditorProps) {
  const values = (useValueAt(path) as string[] | undefined) ?? []
  const applyEdit = useApplyEdit()
  const t = useT()

  const paths = values.map((_, k) => `${path}.${k}`)
  const overlay = (draft: object, except: number) => overlaySiblings && overlaySiblingDrafts(draft, paths, paths[except]!, percent)
  const forgetSiblings = (except: number) => overlaySiblings && forgetSiblingDrafts(paths, paths[except]!)

  return (
    <div className="series-editor" role="group" aria-label={label}>
      <div className="series-cells">
        {values.map((_, j) => (
          <div className="series-cell" key={j}>
            <ModelNumber
              path={`${path}.${j}`}
              label={itemLabel(j)}
              percent={percent}
              unit={unit}
              editLabel={`${label}: ${itemLabel(j)}`}
              alsoMutate={(d) => overlay(d, j)}
              onApplied={(ok) => ok && forgetSiblings(j)}
            />
          </div>
        ))}
        {!fixedLength && (
          <div className="series-actions">
            <EditButton size="sm" icon={<IconPlus size={14} />} onClick={() => applyEdit(t('editors.seriesAdd', { label }), (d) => setAt(d, path, [...values, values.at(-1) ?? '1']))}>
              {addLabel ?? t('editors.addYear')}
            </EditButton>
            {values.length > minLength && (
              <EditIconButton
                label={t('editors.removeFrom', { item: itemLabel(values.length - 1), series: label.toLowerCase() })}
                icon={<IconTrash size={15} />}
                onClick={() => applyEdit(t('editors.seriesRemove', { label }), (d) => setAt(d, path, values.slice(0, -1)))}
              />
            )}
          </div>
        )}
      </div>
      {footer}
    </div>
  )
}
