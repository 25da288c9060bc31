import type { ReactNode } from 'react'
import type { Project } from '@shared/model'
import { lenderThresholds, presetChoices } from '@shared/format/lender-thresholds'
import { lenderForProject, lenderPreset } from '@shared/reference'
import { useAppStore, selectReadOnly } from '@renderer/store'
import { Button, Select } from '@renderer/ui'
import { useT } from '@renderer/i18n'

const CUSTOM = 'custom'

/**
 * The lender preset picker of Financing and of the checklist: a preset whose thresholds were edited
 * stays chosen and says so ("JBIC-style, edited": short enough to read in a narrow select), with
 * "Reset to JBIC-style" beside it; "Custom thresholds" only when the user picks it (#17).
 */
export function LenderPresetPicker({ lender, hint, stacked, children }: { lender: Project['lender']; hint?: ReactNode; stacked?: boolean; children?: ReactNode }) {
  const applyEdit = useAppStore((s) => s.applyEdit)
  const readOnly = useAppStore(selectReadOnly)
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  const thresholds = lenderThresholds(lender, locale)
  const presets = presetChoices(lender, locale)
  const options = [
    ...presets.options,
    // Untouched defaults are not "custom": nobody chose them.
    { value: CUSTOM, label: thresholds.kind === 'default' ? t('financing.picker.noPreset') : t('financing.picker.custom') }
  ]
  const choose = (id: string) => {
    if (id === CUSTOM) return void applyEdit(t('financing.picker.customEdit'), (d) => void (d.lender = { ...d.lender, presetId: null }), { path: 'lender.presetId', draft: id })
    const next = lenderForProject(id)
    if (next) applyEdit(t('financing.picker.presetEdit', { name: lenderPreset(id)!.name }), (d) => void (d.lender = next), { path: 'lender.presetId', draft: id })
  }
  return (
    <div className={`lender-preset-picker${stacked ? ' stacked' : ''}`}>
      <Select label={t('financing.picker.label')} value={presets.selected ?? CUSTOM} options={options} onChange={choose} hint={hint} disabled={readOnly} />
      {(children || (presets.reset && !readOnly)) && (
        <div className="lender-preset-actions">
          {presets.reset && !readOnly && (
            <Button size="sm" onClick={() => choose(presets.reset!.presetId)} title={t('financing.picker.resetTitle', { name: presets.reset.presetName })}>
              {t('financing.picker.reset', { name: presets.reset.shortName })}
            </Button>
          )}
          {children}
        </div>
      )}
    </div>
  )
}
