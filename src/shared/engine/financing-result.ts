import { Decimal, ZERO } from '../decimal'
import { minorUnit } from '../rules/minor-unit'
import { periodDscr } from '../rules/dscr'
import { projectFlow } from '../rules/project-cash-flow'
import { dsraTargets } from '../rules/dsra-target'
import type { Prepared } from './prepare'
import { sumSeries } from './series'
import type { DebtPlan } from './debt-plan'
import type { FinancingResult, Metric, Series } from './types'

/**
 * The financing block (§7): DSRA funded by equity in the last construction period, then topped up or
 * released from cash flow to its target (zero after maturity = full release); distributions =
 * CFADS − debt service − DSRA movement; project and equity cash flows; DSCR per period.
 */
export function buildFinancing(prep: Prepared, plan: DebtPlan): FinancingResult {
  const { tl, project } = prep
  const periodCount = tl.count
  const constructionPeriods = tl.constructionPeriods
  const { funding, schedule } = plan
  const dsra = project.financing.dsra
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, with 0 months dsraTargets returns zeros too
  const targets = dsra.enabled && dsra.months > 0 ? dsraTargets(schedule.debtService, dsra.months, tl.periodMonths) : new Array<Decimal>(periodCount).fill(ZERO)

  const dsraTarget: Series = []
  const dsraMovement: Series = []
  const dsraBalance: Series = []
  const dsraInitialFunding: Series = []
  const distributions: Series = []
  const projectCashFlow: Series = []
  const equityCashFlow: Series = []
  const equityContributions: Series = []
  const dscr: Metric[] = []
  const unit = minorUnit(project.reportingCurrency)
  let balance = ZERO
  for (let i = 0; i < periodCount; i++) {
    const operating = i >= constructionPeriods
    // The period is tested twice, here and in `balance` / the pushed target, so either test alone keeps
    // every value before period C − 1 at zero: dropping one of them (`true`) changes nothing.
    // Stryker disable next-line ConditionalExpression: equivalent, see above
    const target = i >= constructionPeriods - 1 ? targets[i]! : ZERO
    const initial = i === constructionPeriods - 1 ? target : ZERO
    const movement = operating ? target.minus(balance) : ZERO
    // Stryker disable next-line ConditionalExpression: equivalent, see above (the `false` form, killed, goes with it)
    balance = i >= constructionPeriods - 1 ? target : ZERO
    // Stryker disable next-line ConditionalExpression: equivalent, see above (the `false` form, killed, goes with it)
    dsraTarget.push(i >= constructionPeriods - 1 ? target : ZERO)
    dsraInitialFunding.push(initial)
    dsraMovement.push(movement)
    dsraBalance.push(balance)
    const dist = operating ? schedule.cfads[i]!.minus(schedule.debtService[i]!).minus(movement) : ZERO
    distributions.push(dist)
    const equity = funding.equity[i]!.plus(initial)
    equityContributions.push(equity)
    equityCashFlow.push(dist.minus(equity))
    projectCashFlow.push(projectFlow(operating, schedule.cfads[i]!, funding.capexWithContingency[i]!))
    const ds = schedule.debtService[i]!
    const ratio = periodDscr(operating, schedule.cfads[i]!, ds, unit)
    dscr.push(
      ratio !== null
        ? { ok: true, value: ratio }
        : { ok: false, code: 'no-debt-service', reason: !operating ? 'construction period' : ds.gt(0) ? 'debt service below one minor unit' : 'no debt service in this period' }
    )
  }
  const totalDebt = funding.debt
  const netUses = sumSeries(funding.uses).minus(sumSeries(funding.grants))
  const firstRepayment = totalDebt.gt(0) ? tl.firstRepayment : null
  return {
    sizingMode: plan.sizingMode, capBinding: plan.capBinding, sculptedCapacity: plan.sculptedCapacity, sculptingDscr: plan.sculptingDscr,
    iterations: plan.iterations, periodicRate: plan.periodicRate, llcrRates: plan.llcrRates, uses: funding.uses, idc: funding.idc, fees: funding.fees, drawdowns: funding.drawdowns,
    equityContributions, dsraInitialFunding, openingBalance: schedule.openingBalance, closingBalance: schedule.closingBalance, interest: schedule.interest,
    principal: schedule.principal, debtFees: plan.debtFees, debtService: schedule.debtService, dsraTarget, dsraMovement, dsraBalance, cfads: schedule.cfads, distributions,
    projectCashFlow, equityCashFlow, dscr, totalUses: sumSeries(funding.uses), totalIdc: sumSeries(funding.idc), totalFees: sumSeries(funding.fees), totalDebt,
    totalEquity: sumSeries(equityContributions), gearing: netUses.gt(0) ? totalDebt.div(netUses) : ZERO,
    firstRepaymentPeriod: firstRepayment, maturityPeriod: firstRepayment === null ? null : tl.maturity, tranches: plan.tranches
  }
}
