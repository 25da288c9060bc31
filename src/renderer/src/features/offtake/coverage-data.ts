import type { ModelResult } from '@shared/engine'

/** One bar per calendar year: contracted and merchant revenue, coverage, and whether the year is inside the loan life. */
export type CoverageRow = { year: number; contracted: number; merchant: number; coveragePct: number | null; inLoanLife: boolean }

/** Annual contracted vs merchant revenue (reporting currency) and offtake coverage, from the model result. */
export function coverageRows(result: ModelResult): CoverageRow[] {
  const maturity = result.financing.maturityPeriod
  const maturityYear = maturity ? result.periods[maturity - 1]!.calendarYear : null
  const codYear = Number(result.codDate.slice(0, 4))
  return result.annual
    .filter((a) => a.year >= codYear && !a.revenue.isZero())
    .map((a) => ({
      year: a.year,
      contracted: a.contractRevenue.toNumber(),
      merchant: a.merchantRevenue.toNumber(),
      coveragePct: a.offtakeCoverage.ok ? a.offtakeCoverage.value.times(100).toNumber() : null,
      inLoanLife: maturityYear !== null && a.year <= maturityYear
    }))
}

export const loanMaturityYear = (result: ModelResult): number | null => {
  const m = result.financing.maturityPeriod
  return m ? result.periods[m - 1]!.calendarYear : null
}
