import type { Currency } from '@shared/model'

/** Chart styling shared by the input sections' charts (theme colours via CSS variables, with fallbacks). */
const LOCALE: Record<Currency, string> = { USD: 'en-US', INR: 'en-IN', JPY: 'en-US' }
export const compactTick = (currency: Currency) => {
  const f = new Intl.NumberFormat(LOCALE[currency], { notation: 'compact', maximumFractionDigits: 1 })
  return (v: number) => f.format(v)
}
export const fullAmount = (currency: Currency) => {
  const f = new Intl.NumberFormat(LOCALE[currency], { maximumFractionDigits: currency === 'JPY' ? 0 : 0 })
  return (v: unknown) => (typeof v === 'number' ? `${f.format(v)} ${currency}` : String(v))
}
export const COLORS = {
  a: 'var(--chart-1, #0b6e5f)',
  b: 'var(--chart-2, #2f6fde)',
  c: 'var(--chart-3, #c05621)',
  d: 'var(--chart-4, #8a94a6)'
}
export const AXIS = { stroke: 'var(--text-faint)', tick: { fill: 'var(--text-muted)', fontSize: 11 } }
export const TOOLTIP = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)', fontSize: 12 },
  labelStyle: { color: 'var(--text)', fontWeight: 600 }
}
