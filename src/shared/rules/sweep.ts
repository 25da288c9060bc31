import type { Decimal } from '../decimal'
import { ZERO } from '../decimal'
import { settlePrincipal, settlePrincipalExcel, settlePrincipalFloat } from './minor-unit'

/**
 * The cash sweep's two rules besides the waterfall step that sizes it (rules/waterfall.ts, step 6):
 * where a prepayment goes, and what a tranche repays after one (methodology §11, docs/methodology.md).
 *
 * **Allocation**, in the reporting currency, over the tranches' balances after this period's scheduled
 * principal: into the chosen tranche first, up to its balance, the rest pro rata to the others' balances
 * (with no tranche chosen — `pro-rata` — everything pro rata). A sweep of the whole debt repays every
 * balance exactly (no pro-rata rounding can leave dust on one tranche).
 *
 * **Re-profiling** in inverse order of maturity: each later period pays its scheduled instalment — the
 * sized schedule's principal, in the tranche currency — capped at what is still owed, so a prepayment
 * retires the last instalments first and the loan matures early; the balance is settled to the
 * currency's minor unit as every instalment is (rules/minor-unit.ts).
 *
 * `tests/shared/rules/sweep.test.ts` holds the three forms to each other.
 */

/** Each tranche's share of `sweep` (reporting currency). `chosen` is the tranche index, or null for pro rata. */
export function allocateSweep(sweep: Decimal, balances: readonly Decimal[], chosen: number | null): Decimal[] {
  const total = balances.reduce((a, b) => a.plus(b), ZERO)
  const chosenBalance = chosen === null ? ZERO : balances[chosen]!
  const others = total.minus(chosenBalance)
  return balances.map((b, k) => {
    if (k === chosen) return sweep.lt(b) ? sweep : b
    if (!sweep.lt(total)) return b
    // Only what the chosen tranche could not take spills to the others. A spill means sweep > the chosen
    // balance while sweep < total, so the others owe something: `others` > 0 wherever it divides.
    const spill = sweep.minus(chosenBalance)
    return spill.gt(0) ? spill.times(b).div(others) : ZERO
  })
}

/** The float form (Monte Carlo). */
export function allocateSweepFloat(sweep: number, balances: ArrayLike<number>, chosen: number | null, out: Float64Array): void {
  let total = 0
  for (let k = 0; k < balances.length; k++) total += balances[k]!
  const chosenBalance = chosen === null ? 0 : balances[chosen]!
  const others = total - chosenBalance
  // Stryker disable next-line EqualityOperator: equivalent, a write past the end of a Float64Array is dropped
  for (let k = 0; k < balances.length; k++) {
    const b = balances[k]!
    // Stryker disable next-line EqualityOperator: equivalent, at sweep = b both branches give b
    if (k === chosen) out[k] = sweep < b ? sweep : b
    else if (!(sweep < total)) out[k] = b
    else {
      const spill = sweep - chosenBalance
      // Stryker disable next-line EqualityOperator: equivalent, a spill of 0 gives 0 · b / others = 0 (others > 0 here, as in the Decimal form)
      out[k] = spill > 0 ? (spill * b) / others : 0
    }
  }
}

/**
 * The Excel form for tranche k: `chosen` is 1 when k is the chosen tranche (0 otherwise, and for every
 * tranche under pro rata), `chosenBalance` the chosen tranche's balance (0 under pro rata), `total` the
 * sum of the balances.
 */
export const allocateSweepExcel = (sweep: string, balance: string, chosen: string, chosenBalance: string, total: string): string =>
  `IF(${chosen}=1,MIN(${sweep},${balance}),IF(${sweep}>=${total},${balance},IF(${total}-${chosenBalance}>0,MAX(0,${sweep}-${chosenBalance})*${balance}/(${total}-${chosenBalance}),0)))`

/**
 * Principal after a sweep: the scheduled instalment (≥ 0), never above the opening balance (≥ 0), settled
 * to the minor unit. The settle is the cap: an instalment above what is owed leaves less than nothing,
 * so the settle pays the balance; nothing owed pays nothing.
 */
export const reprofiledPrincipal = (scheduled: Decimal, opening: Decimal, unit: Decimal): Decimal => settlePrincipal(opening, scheduled, unit)

export const reprofiledPrincipalFloat = (scheduled: number, opening: number, unit: number): number => settlePrincipalFloat(opening, scheduled, unit)

export const reprofiledPrincipalExcel = (scheduled: string, opening: string, unit = 'Minor_Unit'): string => settlePrincipalExcel(opening, scheduled, unit)

/**
 * A tranche's balance after its share of a sweep, in its currency: `after` (its balance after this
 * period's scheduled principal) less the share converted at the period's rate (`sweptInCurrency`) —
 * but zero when the share, in the reporting currency, is all it owes (`swept` ≥ `afterInReporting`),
 * so a tranche swept clean leaves no translation dust behind.
 */
export const sweptBalance = (after: Decimal, swept: Decimal, afterInReporting: Decimal, sweptInCurrency: Decimal): Decimal =>
  swept.gte(afterInReporting) ? ZERO : after.minus(sweptInCurrency)

export const sweptBalanceFloat = (after: number, swept: number, afterInReporting: number, sweptInCurrency: number): number =>
  swept >= afterInReporting ? 0 : after - sweptInCurrency

export const sweptBalanceExcel = (after: string, swept: string, afterInReporting: string, sweptInCurrency: string): string =>
  `IF(${swept}>=${afterInReporting},0,${after}-${sweptInCurrency})`
