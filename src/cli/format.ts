import { toDecimalString, type Decimal } from '../shared/decimal'

/** Fixed places (half-up, as on a settlement statement) with thousands separators; no float round-trip. */
export function formatAmount(value: Decimal, places: number): string {
  return group(value.toFixed(places, HALF_UP))
}

/** decimal.js rounding mode 4 = ROUND_HALF_UP. */
const HALF_UP = 4

/** A quantity at full precision, grouped: 1970 → "1,970", 0.015 → "0.015". */
export function formatQuantity(value: Decimal): string {
  return group(toDecimalString(value))
}

function group(fixed: string): string {
  const negative = fixed.startsWith('-')
  const body = negative ? fixed.slice(1) : fixed
  const [int, frac] = body.split('.')
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return (negative ? '-' : '') + grouped + (frac === undefined ? '' : `.${frac}`)
}

/** A fraction as a percentage with up to `places` decimals, trailing zeros dropped: 0.985 → "98.5 %". */
export function formatPercent(fraction: Decimal, places = 4): string {
  const s = fraction.times(100).toDecimalPlaces(places).toFixed()
  return `${s} %`
}

/** Left-aligned first column, right-aligned others, two spaces between columns. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n') + '\n'
}
