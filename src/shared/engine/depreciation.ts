import { Decimal, ONE, ZERO } from '../decimal'
import type { Project } from '../model'
import type { Series } from './types'

/**
 * Depreciation from COD (methodology §6) on one depreciable pool: straight line over `years` on the
 * depreciable base, or written-down value at an annual `rate` converted to the period, never more
 * than the book value. The pool builds up with the construction uses less land (land is a use but is
 * never depreciated), then grows by capitalised maintenance capex at the end of the period it is
 * spent (depreciated from the next period) and falls by each period's charge.
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

/**
 * The charge of the operating period `opIndex` (0 = first after COD) on the book value brought
 * forward. Straight line: the base's charge for its first `periods` periods plus `additionsCharge`
 * (the straight-line charge on capitalised additions, `additionsCharges`); WDV: the rate on the book
 * value, which already holds the additions. Never above the book value.
 */
export function depreciationCharge(plan: DepreciationPlan, book: Decimal, opIndex: number, additionsCharge: Decimal = ZERO): Decimal {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past the asset life the book value (≈ 0) caps the charge
  const charge = plan.method === 'straightLine' ? (opIndex < plan.periods ? plan.charge : ZERO).plus(additionsCharge) : book.times(plan.periodicRate)
  return charge.gt(book) ? book : charge
}

/**
 * Straight-line charges on the capitalised additions, by vintage, for every period: an addition
 * spent in period v is depreciated over the asset life from period v + 1, `addition / periods` a
 * period for `periods` periods, so period i carries Σ additions(v) / periods for v from i − periods
 * to i − 1 — computed as a difference of the cumulative additions (the Excel form does the same).
 * Under WDV every entry is zero: the additions join the book value, which the rate takes.
 */
export function additionsCharges(plan: DepreciationPlan, additions: Series): Series {
  if (plan.method !== 'straightLine') return additions.map(() => ZERO)
  // A shortcut (every sizing iteration walks the schedule): all-zero additions give what the walk would.
  // Stryker disable next-line ConditionalExpression,ArrowFunction: equivalent, the walk gives the same zeros
  if (additions.every((x) => x.isZero())) return additions.map(() => ZERO)
  const periods = plan.periods
  const cumulative: Decimal[] = []
  let total = ZERO
  return additions.map((addition, i) => {
    const before = i >= 1 ? cumulative[i - 1]! : ZERO
    const lagged = i - 1 - periods >= 0 ? cumulative[i - 1 - periods]! : ZERO
    total = total.plus(addition)
    cumulative.push(total)
    return before.minus(lagged).div(periods)
  })
}

/**
 * The charge as a workbook formula for one period (the Tax sheet and the Sizing sheet's blocks), given
 * this period's operations flag and operating period number, the book value brought forward, the
 * depreciable base (straight line) and this period's straight-line charge on additions (a cell of the
 * `additionsChargeExcel` row; straight line only), with the inputs `Dep_Years` or `Dep_WDV_Rate`.
 */
export function depreciationExcel(
  method: Project['tax']['depreciation']['method'],
  ref: { op: string; opIndex: string; prevBook: string; base: string; additions?: string; years?: string; rate?: string }
): string {
  // A block of its own (§14) names its own life or rate; the general pool reads Dep_Years / Dep_WDV_Rate.
  const { op, opIndex, prevBook, base, additions, years = 'Dep_Years', rate = 'Dep_WDV_Rate' } = ref
  const onAdditions = additions === undefined ? '' : `+${additions}`
  return method === 'straightLine'
    ? `IF(${op}=1,MIN(${prevBook},IF(${opIndex}<=${years}*Months_Per_Year/Period_Months,${base}*Period_Months/Months_Per_Year/${years},0)${onAdditions}),0)`
    : `${op}*${prevBook}*(1-(1-${rate})^(Period_Months/Months_Per_Year))`
}

/**
 * `additionsCharges` as workbook formulas, two rows: the cumulative additions, and the charge
 * (previous cumulative − the cumulative `periods` earlier) / periods, the lag read by INDEX on the
 * 1-based period number so that an edited `Dep_Years` moves it.
 */
export const additionsChargeExcel = {
  cumulative: (ref: { prevCumulative: string; addition: string }): string => `${ref.prevCumulative}+${ref.addition}`,
  charge: (ref: { prevCumulative: string; period: string; cumulativeSpan: string; years?: string }): string => {
    const periods = `${ref.years ?? 'Dep_Years'}*Months_Per_Year/Period_Months`
    return `(${ref.prevCumulative}-IF(${ref.period}-1-${periods}>=1,INDEX(${ref.cumulativeSpan},1,${ref.period}-1-${periods}),0))/(${periods})`
  }
}

/**
 * Book value at the end of a period as a workbook formula: builds up with the construction uses less
 * land, grows by the capitalised additions (zero when expensed), falls by the charge.
 */
export const bookValueExcel = (ref: { prevBook: string; constr: string; uses: string; land: string; additions: string; depreciation: string }): string =>
  `${ref.prevBook}+${ref.constr}*(${ref.uses}-${ref.land})+${ref.additions}-${ref.depreciation}`
