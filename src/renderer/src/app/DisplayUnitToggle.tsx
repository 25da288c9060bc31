import { DISPLAY_UNITS, displayUnitLabel } from '@shared/format/display-unit'
import type { Currency } from '@shared/model'
import { useAppStore, useDisplayUnit } from '@renderer/store'
import { useT } from '@renderer/i18n'

/**
 * "Amounts in: ₹ crore | ₹ lakh | Full (₹)" in the workspace header: the reader's unit for money on
 * the cards and the chart axes (#17). A preference of this device per currency, not of the project.
 */
export function DisplayUnitToggle({ currency }: { currency: Currency }) {
  const unit = useDisplayUnit(currency)
  const setUnit = useAppStore((s) => s.setDisplayUnit)
  const locale = useAppStore((s) => s.locale)
  const t = useT()
  return (
    <div className="segmented display-unit-toggle" role="group" aria-label={t('units.group')} title={t('units.title')}>
      {DISPLAY_UNITS[currency].map((u) => (
        <button key={u} type="button" aria-pressed={u === unit} className={u === unit ? 'on' : ''} onClick={() => setUnit(currency, u)}>
          {displayUnitLabel(u, currency, locale)}
        </button>
      ))}
    </div>
  )
}
