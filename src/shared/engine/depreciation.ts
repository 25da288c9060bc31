import { Decimal, ONE, ZERO } from '../decimal'
import type { Project } from '../model'

/**
 * Depreciation from COD (methodology §6): straight line over `years` on the depreciable base, or
 * written-down value at an annual `rate` converted to the period, never more than the book value.
 * Book value builds up with the construction uses and falls by each period's charge.
 */
export type DepreciationPlan =
  | { method: 'straightLine'; periods: number; charge: Decimal }
  | { method: 'wdv'; periodicRate: Decimal }

export function depreciationPlan(dep: Project['tax']['depreciation'], depreciableBase: Decimal, periodMonths: number): DepreciationPlan {
  if (dep.method === 'straightLine') {
    const periods = (dep.years * 12) / periodMonths
    return { method: 'straightLine', periods, charge: depreciableBase.div(periods) }
  }
  // Stryker disable next-line StringLiteral: equivalent, the charge only tests for 'straightLine'
  return { method: 'wdv', periodicRate: ONE.minus(ONE.minus(dep.rate).pow(new Decimal(periodMonths).div(12))) }
}

/** The charge of the operating period `opIndex` (0 = first after COD) on the book value brought forward. */
export function depreciationCharge(plan: DepreciationPlan, book: Decimal, opIndex: number): Decimal {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past the asset life the book value (≈ 0) caps the charge
  const charge = plan.method === 'straightLine' ? (opIndex < plan.periods ? plan.charge : ZERO) : book.times(plan.periodicRate)
  return charge.gt(book) ? book : charge
}

/**
 * The charge as a workbook formula for one period (the Tax sheet and the Sizing sheet's blocks), given
 * this period's operations flag and operating period number, the book value brought forward and the
 * depreciable base (straight line), with the inputs `Dep_Years` or `Dep_WDV_Rate`.
 */
export function depreciationExcel(method: Project['tax']['depreciation']['method'], ref: { op: string; opIndex: string; prevBook: string; base: string }): string {
  const { op, opIndex, prevBook, base } = ref
  return method === 'straightLine'
    ? `IF(AND(${op}=1,${opIndex}<=Dep_Years*Months_Per_Year/Period_Months),MIN(${prevBook},${base}*Period_Months/Months_Per_Year/Dep_Years),0)`
    : `${op}*${prevBook}*(1-(1-Dep_WDV_Rate)^(Period_Months/Months_Per_Year))`
}

/** Book value at the end of a period as a workbook formula: builds up with construction uses, falls by the charge. */
export const bookValueExcel = (ref: { prevBook: string; constr: string; uses: string; depreciation: string }): string =>
  `${ref.prevBook}+${ref.constr}*${ref.uses}-${ref.depreciation}`
