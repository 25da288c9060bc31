import type { Decimal } from '../decimal'
import { ZERO } from '../decimal'

/**
 * DSRA target at the end of period i (methodology §7): the debt service of the next `coverMonths` months,
 * a part period pro rata. The Decimal form is the engine's (`engine/financing-result.ts`); the float form
 * is the Monte Carlo path's when a draw moves debt service (unhedged foreign-currency tranches under an FX
 * path). `tests/shared/rules/dsra-target.test.ts` holds them to each other.
 */
export function dsraTargets(debtService: readonly Decimal[], coverMonths: number, periodMonths: number): Decimal[] {
  const periodCount = debtService.length
  return debtService.map((_, i) => {
    let remaining = coverMonths
    let target = ZERO
    // Stryker disable next-line EqualityOperator: equivalent, at remaining = 0 another pass adds DS·0/m = 0
    for (let j = i + 1; j < periodCount && remaining > 0; j++) {
      const months = Math.min(periodMonths, remaining)
      target = target.plus(debtService[j]!.times(months).div(periodMonths))
      remaining -= periodMonths
    }
    return target
  })
}

/** The float form, into `out` (same length as `debtService`). */
export function dsraTargetsFloat(debtService: ArrayLike<number>, coverMonths: number, periodMonths: number, out: Float64Array): void {
  const periodCount = debtService.length
  for (let i = 0; i < periodCount; i++) {
    let remaining = coverMonths
    let target = 0
    for (let j = i + 1; j < periodCount && remaining > 0; j++) {
      const months = Math.min(periodMonths, remaining)
      target += (debtService[j]! * months) / periodMonths
      remaining -= periodMonths
    }
    out[i] = target
  }
}

/**
 * The Excel form over a cumulative row (the Debt sheet's cumulative debt service for the DSRA, the
 * Cash flow sheet's cumulative maintenance capex for the MRA): the next `fullPeriods` periods' sum
 * as a difference of that row, plus `partPeriod` of the one after; 0 where the condition `when` is
 * false (the periods before the reserve's first target). `period` is the 1-based column of the row.
 */
export const reserveTargetExcel = (when: string, period: string, cumulativeRow: string, cumulative: string, fullPeriods: string, partPeriod: string): string => {
  const at = (ahead: string) => `INDEX(${cumulativeRow},1,MIN(Total_Periods,${period}+${ahead}))`
  return `IF(${when},${at(fullPeriods)}-${cumulative}+${partPeriod}*(${at(`${fullPeriods}+1`)}-${at(fullPeriods)}),0)`
}
