import { Decimal, ZERO } from '../decimal'
import type { TaxStep } from './tax-with-losses'

/**
 * Tax losses with an expiry (methodology §14; India: Income-tax Act s.72 and s.32(2)), one period at a time.
 *
 * A period's loss (`before` < 0, `before` = taxable income before losses) is split as the Act splits it:
 * the part up to the period's depreciation is **unabsorbed depreciation**, carried without expiry; the
 * rest is a **business loss**, usable for `life` periods after the period it arose in (8 tax years × 12/m).
 * A profit first uses business losses, oldest first (they are the ones that expire; s.72(2) gives them
 * effect before unabsorbed depreciation), then unabsorbed depreciation; tax = rate × what is left.
 *
 * FIFO needs no list of vintages: losses are consumed (used or expired) oldest first, so what is gone is
 * always a prefix of the losses in the order they arose, and two running totals describe the pool —
 * `arisen` (business losses to date) and `consumed` (used or expired to date). At period k the vintages
 * of periods ≤ k − life − 1 have lapsed: `expired = max(0, arisen(k − life − 1) − consumed)`, read from
 * the running total `life + 1` periods back (`lapsed`). The same two totals are rows in the workbook,
 * the lag read by INDEX, so an edited life moves the expiry.
 *
 * With no expiry the project keeps the single pool of `rules/tax-with-losses.ts` (every file written
 * before the input existed keeps its figures to the last digit); the two rules give the same tax then
 * (neither pool expires, so which one a profit uses first does not matter), which the tests hold.
 * The three forms — Decimal for the engine, float for the Monte Carlo path, Excel for the workbook —
 * are one rule; `tests/shared/rules/tax-losses.test.ts` holds them to each other.
 */
export type LossState<T> = {
  /** Business losses arisen to date (running total). */
  arisen: T
  /** Business losses used or expired to date (running total; never above `arisen`). */
  consumed: T
  /** Unabsorbed depreciation carried forward (no expiry). */
  unabsorbed: T
}

export type LossStep<T> = TaxStep<T> & {
  /** Business losses that lapsed at the start of this period (unused after `life` periods). */
  expired: T
  /** This period's loss: the part that is unabsorbed depreciation, and the business loss. */
  newUnabsorbed: T
  newBusiness: T
  /** Used against this period's income: business losses (oldest first), then unabsorbed depreciation. */
  usedBusiness: T
  usedUnabsorbed: T
  /** Unabsorbed depreciation carried forward (end of period); `carried` − this = business losses carried. */
  unabsorbed: T
  /** The running totals after this period. */
  state: LossState<T>
}

export const NO_LOSSES: LossState<Decimal> = { arisen: ZERO, consumed: ZERO, unabsorbed: ZERO }

/** Periods a business loss stays usable: `years` tax years of 12 months, in periods of `periodMonths`. */
export const lossLifePeriods = (years: number, periodMonths: number): number => (years * 12) / periodMonths

/**
 * One period. `depreciation` = the period's tax depreciation (how much of a loss is unabsorbed
 * depreciation); `lapsed` = business losses arisen to the end of the period `life + 1` periods back
 * (0 before there is one): everything up to it has expired unless used.
 */
export function lossStep(before: Decimal, depreciation: Decimal, prev: LossState<Decimal>, lapsed: Decimal, rate: Decimal): LossStep<Decimal> {
  const late = lapsed.minus(prev.consumed)
  const expired = late.isPositive() ? late : ZERO
  const available = prev.arisen.minus(prev.consumed).minus(expired)
  const loss = before.isNegative() ? before.neg() : ZERO
  const newUnabsorbed = loss.lt(depreciation) ? loss : depreciation
  const newBusiness = loss.minus(newUnabsorbed)
  const profit = before.isNegative() ? ZERO : before
  const usedBusiness = available.lt(profit) ? available : profit
  const rest = profit.minus(usedBusiness)
  const usedUnabsorbed = prev.unabsorbed.lt(rest) ? prev.unabsorbed : rest
  const used = usedBusiness.plus(usedUnabsorbed)
  const taxable = profit.minus(used)
  const state = { arisen: prev.arisen.plus(newBusiness), consumed: prev.consumed.plus(expired).plus(usedBusiness), unabsorbed: prev.unabsorbed.plus(newUnabsorbed).minus(usedUnabsorbed) }
  return {
    used, carried: state.arisen.minus(state.consumed).plus(state.unabsorbed), taxable, tax: taxable.times(rate),
    expired, newUnabsorbed, newBusiness, usedBusiness, usedUnabsorbed, unabsorbed: state.unabsorbed, state
  }
}

/**
 * The walk over periods in order (index 0 = the first period of the timeline; construction periods
 * carry nothing): keeps the running total of business losses per period for the lag.
 */
export function lossLedger(lifePeriods: number) {
  // Stryker disable next-line ArrayDeclaration: equivalent, every index is written (step or idle) before the lag reads it
  const arisenTo: Decimal[] = []
  let state = NO_LOSSES
  return {
    step(i: number, before: Decimal, depreciation: Decimal, rate: Decimal): LossStep<Decimal> {
      const back = i - lifePeriods - 1
      // Stryker disable next-line ConditionalExpression: equivalent, a negative index reads undefined, which ?? makes ZERO
      const s = lossStep(before, depreciation, state, back >= 0 ? arisenTo[back] ?? ZERO : ZERO, rate)
      state = s.state
      arisenTo[i] = state.arisen
      return s
    },
    /** A period with no taxable income (construction): nothing arises, nothing lapses. */
    idle(i: number): LossState<Decimal> {
      arisenTo[i] = state.arisen
      return state
    }
  }
}

/** The float form of `lossStep`, with the state in `prev` (numbers); writes into `out` and returns it. */
export function lossStepFloat(before: number, depreciation: number, prev: LossState<number>, lapsed: number, rate: number, out: LossStep<number> = emptyLossStep()): LossStep<number> {
  const late = lapsed - prev.consumed
  // Stryker disable next-line EqualityOperator: equivalent, at equality both branches give the same number (0 or the shared value)
  const expired = late > 0 ? late : 0
  const available = prev.arisen - prev.consumed - expired
  // Stryker disable next-line EqualityOperator: equivalent, at equality both branches give the same number (0 or the shared value)
  const loss = before < 0 ? -before : 0
  // Stryker disable next-line EqualityOperator: equivalent, at equality both branches give the same number (0 or the shared value)
  const newUnabsorbed = loss < depreciation ? loss : depreciation
  const newBusiness = loss - newUnabsorbed
  // Stryker disable next-line EqualityOperator: equivalent, at equality both branches give the same number (0 or the shared value)
  const profit = before < 0 ? 0 : before
  // Stryker disable next-line EqualityOperator: equivalent, at equality both branches give the same number (0 or the shared value)
  const usedBusiness = available < profit ? available : profit
  const rest = profit - usedBusiness
  // Stryker disable next-line EqualityOperator: equivalent, at equality both branches give the same number (0 or the shared value)
  const usedUnabsorbed = prev.unabsorbed < rest ? prev.unabsorbed : rest
  out.used = usedBusiness + usedUnabsorbed
  out.taxable = profit - out.used
  out.tax = out.taxable * rate
  out.expired = expired
  out.newUnabsorbed = newUnabsorbed
  out.newBusiness = newBusiness
  out.usedBusiness = usedBusiness
  out.usedUnabsorbed = usedUnabsorbed
  out.state.arisen = prev.arisen + newBusiness
  out.state.consumed = prev.consumed + expired + usedBusiness
  out.state.unabsorbed = prev.unabsorbed + newUnabsorbed - usedUnabsorbed
  out.unabsorbed = out.state.unabsorbed
  out.carried = out.state.arisen - out.state.consumed + out.state.unabsorbed
  return out
}

export const emptyLossStep = (): LossStep<number> => ({
  used: 0, carried: 0, taxable: 0, tax: 0, expired: 0, newUnabsorbed: 0, newBusiness: 0, usedBusiness: 0, usedUnabsorbed: 0, unabsorbed: 0,
  state: { arisen: 0, consumed: 0, unabsorbed: 0 }
})

/**
 * The same step as workbook formulas, one row each, given this period's cells (`before`, `dep`, the
 * 1-based `period` number and the rows the step writes), the previous period's running totals, the
 * span of the `arisen` row (for the lag) and the life in periods (a formula of the inputs).
 */
export function lossStepExcel(ref: {
  before: string; dep: string; period: string; life: string; arisenSpan: string
  prevArisen: string; prevConsumed: string; prevUnabsorbed: string
  expired: string; newUnabsorbed: string; newBusiness: string; usedBusiness: string; usedUnabsorbed: string; used: string; taxable: string; arisen: string; consumed: string; unabsorbed: string
  rate?: string
}): Omit<LossStep<string>, 'state'> & LossState<string> {
  const { before, dep, period, life, arisenSpan, prevArisen, prevConsumed, prevUnabsorbed, rate = 'Tax_Rate' } = ref
  const back = `${period}-1-(${life})`
  return {
    expired: `MAX(0,IF(${back}>=1,INDEX(${arisenSpan},1,${back}),0)-${prevConsumed})`,
    newUnabsorbed: `MIN(${dep},MAX(0,-${before}))`,
    newBusiness: `MAX(0,-${before})-${ref.newUnabsorbed}`,
    usedBusiness: `MIN(${prevArisen}-${prevConsumed}-${ref.expired},MAX(0,${before}))`,
    usedUnabsorbed: `MIN(${prevUnabsorbed},MAX(0,${before})-${ref.usedBusiness})`,
    used: `${ref.usedBusiness}+${ref.usedUnabsorbed}`,
    taxable: `MAX(0,${before})-${ref.used}`,
    tax: `${rate}*${ref.taxable}`,
    arisen: `${prevArisen}+${ref.newBusiness}`,
    consumed: `${prevConsumed}+${ref.expired}+${ref.usedBusiness}`,
    unabsorbed: `${prevUnabsorbed}+${ref.newUnabsorbed}-${ref.usedUnabsorbed}`,
    carried: `${ref.arisen}-${ref.consumed}+${ref.unabsorbed}`
  }
}
