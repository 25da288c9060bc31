import type { Currency } from '@shared/model'
import { axisTick, type DisplayUnit } from '@shared/format/display-unit'

/** Chart styling shared by the input sections' charts (theme colours via CSS variables, with fallbacks). */
const LOCALE: Record<Currency, string> = { USD: 'en-US', INR: 'en-IN', JPY: 'en-US' }
/** A money axis in the reader's display unit (display-unit.ts: "1,700 cr", never "1.7KCr"). */
export const compactTick = (currency: Currency, unit: DisplayUnit) => axisTick(currency, unit)
export const fullAmount = (currency: Currency) => {
  const f = new Intl.NumberFormat(LOCALE[currency], { maximumFractionDigits: 0 })
  return (v: unknown) => (typeof v === 'number' ? `${f.format(v)} ${currency}` : String(v))
}
export const COLORS = {
  a: 'var(--chart-1, #0b6e5f)',
  b: 'var(--chart-2, #2f6fde)',
  c: 'var(--chart-3, #c05621)',
  d: 'var(--chart-4, #8a94a6)'
}
export { CHART_AXIS as AXIS, CHART_TOOLTIP as TOOLTIP } from '@renderer/ui/chart-theme'
