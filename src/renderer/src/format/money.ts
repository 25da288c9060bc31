/**
 * The app's money and number formatting is the shared one (src/shared/format/money.ts), so the
 * project sheet, the review memo and the CLI print figures exactly as the screens show them.
 */
export { currencyDecimals, formatAmount, formatMoney, formatPercent, formatQuantity } from '@shared/format/money'

/** A date-time for "updated" columns, in the user's locale, without seconds. */
export function formatUpdated(iso: string, now: Date = new Date()): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  const sameDay = d.toDateString() === now.toDateString()
  return sameDay
    ? `Today ${d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })
}
