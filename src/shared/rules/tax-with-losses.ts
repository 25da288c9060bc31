import type { Decimal } from '../decimal'
import { ZERO } from '../decimal'

/**
 * Tax with losses carried forward without expiry (methodology §6), one period at a time.
 * `before` = taxable income before losses (EBITDA − depreciation − interest − maintenance capex).
 * A loss adds to the pool; a profit uses the pool up to the profit; tax = rate × what is left.
 * The three forms — Decimal for the engine, float for the Monte Carlo path, Excel for the workbook —
 * are one rule; `tests/shared/rules/tax-with-losses.test.ts` holds them to each other.
 */
export type TaxStep<T> = {
  /** Losses used against this period's income. */
  used: T
  /** Loss pool carried forward (end of period). */
  carried: T
  taxable: T
  tax: T
}

export function taxStep(before: Decimal, lossesBroughtForward: Decimal, rate: Decimal): TaxStep<Decimal> {
  if (before.isNegative()) return { used: ZERO, carried: lossesBroughtForward.plus(before.neg()), taxable: ZERO, tax: ZERO.times(rate) }
  const used = lossesBroughtForward.lt(before) ? lossesBroughtForward : before
  const taxable = before.minus(used)
  return { used, carried: lossesBroughtForward.minus(used), taxable, tax: taxable.times(rate) }
}

/** The float form; writes into `out` (given by a hot loop that must not allocate per period) and returns it. */
// Stryker disable next-line ObjectLiteral: equivalent, every field of `out` is written before it is read
export function taxStepFloat(before: number, lossesBroughtForward: number, rate: number, out: TaxStep<number> = { used: 0, carried: 0, taxable: 0, tax: 0 }): TaxStep<number> {
  // Stryker disable next-line EqualityOperator: equivalent, at before = 0 both branches use nothing, carry the pool and tax nothing
  if (before < 0) {
    out.used = 0
    out.carried = lossesBroughtForward - before
    out.taxable = 0
  } else {
    // Stryker disable next-line EqualityOperator: equivalent, at equality both arms are the same number
    const used = lossesBroughtForward < before ? lossesBroughtForward : before
    out.used = used
    out.carried = lossesBroughtForward - used
    out.taxable = before - used
  }
  out.tax = out.taxable * rate
  return out
}

/**
 * The same step as workbook formulas, one per row, given the cell references of this period's
 * `before`, `used` and `taxable`, the previous period's loss pool and the tax rate (a name or a cell).
 */
export function taxStepExcel(ref: { before: string; broughtForward: string; used: string; taxable: string; rate?: string }): TaxStep<string> {
  const { before, broughtForward, used, taxable, rate = 'Tax_Rate' } = ref
  return {
    used: `MIN(${broughtForward},MAX(0,${before}))`,
    carried: `${broughtForward}+MAX(0,-${before})-${used}`,
    taxable: `MAX(0,${before}-${used})`,
    tax: `${rate}*${taxable}`
  }
}
