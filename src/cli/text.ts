import type { Decimal } from '../shared/decimal'
import { formatAmount, formatPercent, formatQuantity, PLAIN_TEXT_PERCENT } from '../shared/format/money'
import type { Currency } from '../shared/model'

/**
 * The command line's plain-text conventions, on the shared formatters (src/shared/format/money.ts):
 * amounts at fixed places, half-up, grouped by thousands in every currency; quantities with every
 * digit; percents ungrouped, trailing zeros dropped.
 */
export const amount = (value: Decimal, currency: Currency, places: number): string => formatAmount(value, currency, { decimals: places, grouping: 'thousands' })
export const quantity = (value: Decimal): string => formatQuantity(value, 'all')
export const percent = (fraction: Decimal, places = 4): string => formatPercent(fraction, places, PLAIN_TEXT_PERCENT)

/** Left-aligned first column, right-aligned others, two spaces between columns. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n') + '\n'
}
