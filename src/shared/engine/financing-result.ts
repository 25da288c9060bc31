import { ZERO } from '../decimal'
import { minorUnit } from '../rules/minor-unit'
import { periodDscr } from '../rules/dscr'
import { projectFlow } from '../rules/project-cash-flow'
import { runWaterfall, type WaterfallResult } from './waterfall'
import type { Prepared } from './prepare'
import { sumSeries } from './series'
import type { DebtPlan } from './debt-plan'
import type { FinancingResult, Metric, Series } from './types'

/**
 * What the cash waterfall never touches (§7): DSCR per period (CFADS over scheduled debt service, none in
 * construction or below one minor unit) and the project cash flow (CFADS in operations, minus capex with
 * contingency in construction). `buildFinancing` takes them from here; a breakeven probe, which reads
 * only the DSCRs and the project NPV, calls this alone and skips the waterfall walk.
 */
export function coverAndProjectFlow(prep: Prepared, plan: DebtPlan): { dscr: Metric[]; projectCashFlow: Series } {
  const { tl, project } = prep
  const { funding, schedule } = plan
  const unit = minorUnit(project.reportingCurrency)
  const projectCashFlow: Series = []
  const dscr: Metric[] = []
  for (let i = 0; i < tl.count; i++) {
    const operating = i >= tl.constructionPeriods
    projectCashFlow.push(projectFlow(operating, schedule.cfads[i]!, funding.capexWithContingency[i]!))
    const ds = schedule.debtService[i]!
    const ratio = periodDscr(operating, schedule.cfads[i]!, ds, unit)
    dscr.push(
      ratio !== null
        ? { ok: true, value: ratio }
        : { ok: false, code: 'no-debt-service', reason: !operating ? 'construction period' : ds.gt(0) ? 'debt service below one minor unit' : 'no debt service in this period' }
    )
  }
  return { dscr, projectCashFlow }
}

/**
 * The financing block (§7, §11): the cash waterfall over the sized schedule (engine/waterfall.ts: DSRA
 * funded by equity in the last construction period, drawn on a shortfall and refilled; MRA; the
 * working-capital facility; sponsor support; lock-up), distributions never negative; project and
 * equity cash flows (sponsor support counted as equity); DSCR per period. `swept`: the waterfall the
 * cash sweep walked with its re-profiled plan (engine/sweep.ts `withSweep`).
 */
export function buildFinancing(prep: Prepared, plan: DebtPlan, maintenanceCapex: Series, swept: WaterfallResult | null = null): FinancingResult {
  const { tl } = prep
  const { funding, schedule } = plan
  // A cash sweep walks the waterfall with the schedule (engine/sweep.ts); otherwise it runs over the schedule as sized.
  const waterfall = swept ?? runWaterfall(prep, schedule.cfads, schedule.debtService, schedule.closingBalance, maintenanceCapex)
  const { dscr, projectCashFlow } = coverAndProjectFlow(prep, plan)
  const equityCashFlow: Series = []
  const equityContributions: Series = []
  for (let i = 0; i < tl.count; i++) {
    const equity = funding.equity[i]!.plus(waterfall.dsraInitialFunding[i]!)
    equityContributions.push(equity)
    // Sponsor support is equity (§11): it enters the equity IRR beside the construction equity.
    equityCashFlow.push(waterfall.distributions[i]!.minus(equity).minus(waterfall.sponsorSupport[i]!))
  }
  const totalDebt = funding.debt
  const netUses = sumSeries(funding.uses).minus(sumSeries(funding.grants))
  const firstRepayment = totalDebt.gt(0) ? tl.firstRepayment : null
  return {
    sizingMode: plan.sizingMode, capBinding: plan.capBinding, sculptedCapacity: plan.sculptedCapacity, sculptingDscr: plan.sculptingDscr,
    iterations: plan.iterations, periodicRate: plan.periodicRate, llcrRates: plan.llcrRates, uses: funding.uses, idc: funding.idc, fees: funding.fees, drawdowns: funding.drawdowns,
    equityContributions, dsraInitialFunding: waterfall.dsraInitialFunding, openingBalance: schedule.openingBalance, closingBalance: schedule.closingBalance, interest: schedule.interest,
    principal: schedule.principal, debtFees: plan.debtFees, debtService: schedule.debtService, dsraTarget: waterfall.dsraTarget, dsraMovement: waterfall.dsraMovement, dsraBalance: waterfall.dsraBalance,
    cfads: schedule.cfads, distributions: waterfall.distributions, sponsorSupport: waterfall.sponsorSupport, waterfall,
    projectCashFlow, equityCashFlow, dscr, totalUses: sumSeries(funding.uses), totalIdc: sumSeries(funding.idc), totalFees: sumSeries(funding.fees), totalDebt,
    totalEquity: sumSeries(equityContributions), gearing: netUses.gt(0) ? totalDebt.div(netUses) : ZERO,
    firstRepaymentPeriod: firstRepayment, maturityPeriod: firstRepayment === null ? null : tl.maturity, tranches: plan.tranches
  }
}
