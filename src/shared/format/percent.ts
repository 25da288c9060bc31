import type { Decimal, DecimalString } from '../decimal'
import { formatPercent } from './money'

/**
 * The app's percent precision, ONE rule (#17): every percentage is one of three kinds, and a kind is
 * always written with the same number of decimals — trailing zeros kept — so the figures of a column
 * line up ("18.50 %" above "30.02 %", never "18.5 %" above "30.02 %") and the same metric reads the
 * same on every screen, the project sheet and the memo.
 *
 * - `rate`: interest and discount rates and the IRRs measured against them — two decimals, because a
 *   lender prices in basis points (9.25 %) and an IRR is compared with those rates;
 * - `cover`: how much of a whole is covered or used — gearing, offtake and supply coverage, capacity
 *   utilisation, a debt-service share by currency — one decimal (65.0 %, 30.7 %), the precision a
 *   covenant is written to (gearing ≤ 70 %, coverage ≥ 50 %);
 * - `share`: a split entered as whole percentages — tranche shares, a product's part of revenue —
 *   no decimals (60 %, 40 %): the inputs are whole numbers and the column adds to 100 %.
 *
 * The Excel model's number format of each kind is beside it, so the sheet a lender opens shows the
 * same decimals as the screen.
 */
export type PercentKind = 'rate' | 'cover' | 'share'

export const PERCENT_DECIMALS: Readonly<Record<PercentKind, number>> = { rate: 2, cover: 1, share: 0 }

/** The same rule as an Excel number format (exceljs `numFmt`). */
export const PERCENT_EXCEL_FORMAT: Readonly<Record<PercentKind, string>> = { rate: '0.00%', cover: '0.0%', share: '0%' }

/** A fraction as a percentage of its kind, at the kind's fixed decimals: `0.185` rate → `18.50 %`. Never `-0 %`. */
export function formatPercentOf(kind: PercentKind, fraction: Decimal | DecimalString): string {
  return formatPercent(fraction, PERCENT_DECIMALS[kind], { fixed: true })
}
