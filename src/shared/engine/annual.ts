import { Decimal, ZERO } from '../decimal'
import type { Timeline } from './timeline'
import type { AnnualRow, CapexResult, CoverageResult, FinancingResult, Metric, OperationsResult, Series, TaxResult } from './types'

/**
 * Annual summary by calendar year of the period start (§8): flows are summed, stocks are taken at the
 * year's last period, DSCR is the minimum of the year's periods with debt service, coverage is
 * recomputed from the year's contracted and total revenue.
 */
export function annualSummary(
  tl: Timeline, ops: OperationsResult, capex: CapexResult, tax: TaxResult, fin: FinancingResult, cov: CoverageResult
): AnnualRow[] {
  const years = new Map<number, number[]>()
  for (const p of tl.periods) {
    const list = years.get(p.calendarYear) ?? []
    list.push(p.index - 1)
    years.set(p.calendarYear, list)
  }
  const rows: AnnualRow[] = []
  for (const [year, idx] of years) {
    const sum = (s: Series) => idx.reduce((a, i) => a.plus(s[i]!), ZERO)
    const end = (s: Series) => s[idx[idx.length - 1]!]!
    let minDscr: Metric = { ok: false, code: 'no-debt-service', reason: 'no debt service in this year' }
    for (const i of idx) {
      const d = fin.dscr[i]!
      if (d.ok && (!minDscr.ok || d.value.lt(minDscr.value))) minDscr = d
    }
    const w = fin.waterfall
    const each = (f: (i: number) => Decimal) => idx.reduce((a, i) => a.plus(f(i)), ZERO)
    const den = sum(cov.coveredRevenueBase)
    const ratio = (num: Decimal): Metric => (den.gt(0) ? { ok: true, value: num.div(den) } : { ok: false, code: 'no-revenue', reason: 'no revenue in this year' })
    rows.push({
      year, periods: idx.map((i) => i + 1), processedTonnes: sum(ops.processedTonnes), unprocessedTonnes: sum(ops.unprocessedTonnes),
      revenue: sum(ops.revenue), contractRevenue: sum(ops.contractRevenue), merchantRevenue: sum(ops.merchantRevenue),
      byproductRevenue: sum(ops.byproductRevenue), eprRevenue: sum(ops.eprRevenue), feedstockCost: sum(ops.feedstockCost),
      opex: sum(ops.opex), disposalCost: sum(ops.disposalCost), ebitda: sum(ops.ebitda), deltaWorkingCapital: sum(ops.deltaWorkingCapital), maintenanceCapex: sum(ops.maintenanceCapex),
      tax: sum(tax.tax), cfads: sum(fin.cfads), capex: sum(capex.capexWithContingency), idc: sum(fin.idc), fees: sum(fin.fees),
      drawdowns: sum(fin.drawdowns), equityContributions: sum(fin.equityContributions), grants: sum(capex.grants), interest: sum(fin.interest), debtFees: sum(fin.debtFees),
      principal: sum(fin.principal), debtService: sum(fin.debtService), dsraMovement: sum(fin.dsraMovement), distributions: sum(fin.distributions),
      projectCashFlow: sum(fin.projectCashFlow), equityCashFlow: sum(fin.equityCashFlow), depreciation: sum(tax.depreciation),
      debtBalance: end(fin.closingBalance), dsraBalance: end(fin.dsraBalance), workingCapital: end(ops.workingCapital), bookValue: end(tax.bookValue),
      lossesCarriedForward: end(tax.lossesCarriedForward), minDscr,
      waterfallFees: each((i) => w.lcFee[i]!.plus(w.lcInterest[i]!).plus(w.wcFacilityInterest[i]!)), sponsorSupport: sum(w.sponsorSupport),
      facilityFlow: each((i) => w.wcFacilityDraw[i]!.minus(w.wcFacilityRepay[i]!).plus(w.lcDraw[i]!).minus(w.lcRepay[i]!)), mraMovement: sum(w.mraMovement),
      lockupMovement: each((i) => w.lockupTrapped[i]!.minus(w.lockupRelease[i]!).minus(w.lockupApplied[i]!)), sweep: sum(w.sweep),
      wcFacilityBalance: end(w.wcFacilityBalance), mraBalance: end(w.mraBalance), lockupBalance: end(w.lockupBalance), offtakeCoverage: ratio(sum(cov.contractedRevenue)), bankableOfftakeCoverage: ratio(sum(cov.bankableRevenue))
    })
  }
  return rows
}
