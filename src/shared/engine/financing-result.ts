import { Decimal, ZERO } from '../decimal'
import { minorUnit } from '../finance'
import { periodDscr } from '../rules/dscr'
import { projectFlow } from '../rules/project-cash-flow'
import type { Prepared } from './prepare'
import { sumSeries } from './series'
import type { DebtPlan } from './sizing'
import type { FinancingResult, Metric, Series } from './types'

/**
 * DSRA target at the end of period i: debt service of the next `n` months (a part-period counts pro rata).
 */
function dsraTargets(debtService: Series, n: number, m: number): Series {
  const K = debtService.length
  return debtService.map((_, i) => {
    let remaining = n
    let t = ZERO
    // Stryker disable next-line EqualityOperator: equivalent, at remaining = 0 another pass adds DS·0/m = 0
    for (let j = i + 1; j < K && remaining > 0; j++) {
      const months = Math.min(m, remaining)
      t = t.plus(debtService[j]!.times(months).div(m))
      remaining -= m
    }
    return t
  })
}

/**
 * The financing block (§7): DSRA funded by equity in the last construction period, then topped up or
 * released from cash flow to its target (zero after maturity = full release); distributions =
 * CFADS − debt service − DSRA movement; project and equity cash flows; DSCR per period.
 */
export function buildFinancing(prep: Prepared, plan: DebtPlan): FinancingResult {
  const { tl, project } = prep
  const K = tl.count
  const C = tl.constructionPeriods
  const { funding: f, schedule: s } = plan
  const dsra = project.financing.dsra
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, with 0 months dsraTargets returns zeros too
  const targets = dsra.enabled && dsra.months > 0 ? dsraTargets(s.debtService, dsra.months, tl.periodMonths) : new Array<Decimal>(K).fill(ZERO)

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
  for (let i = 0; i < K; i++) {
    const operating = i >= C
    // The period is tested twice, here and in `balance` / the pushed target, so either test alone keeps
    // every value before period C − 1 at zero: dropping one of them (`true`) changes nothing.
    // Stryker disable next-line ConditionalExpression: equivalent, see above
    const target = i >= C - 1 ? targets[i]! : ZERO
    const initial = i === C - 1 ? target : ZERO
    const movement = operating ? target.minus(balance) : ZERO
    // Stryker disable next-line ConditionalExpression: equivalent, see above (the `false` form, killed, goes with it)
    balance = i >= C - 1 ? target : ZERO
    // Stryker disable next-line ConditionalExpression: equivalent, see above (the `false` form, killed, goes with it)
    dsraTarget.push(i >= C - 1 ? target : ZERO)
    dsraInitialFunding.push(initial)
    dsraMovement.push(movement)
    dsraBalance.push(balance)
    const dist = operating ? s.cfads[i]!.minus(s.debtService[i]!).minus(movement) : ZERO
    distributions.push(dist)
    const equity = f.equity[i]!.plus(initial)
    equityContributions.push(equity)
    equityCashFlow.push(dist.minus(equity))
    projectCashFlow.push(projectFlow(operating, s.cfads[i]!, f.capexWithContingency[i]!))
    const ds = s.debtService[i]!
    const ratio = periodDscr(operating, s.cfads[i]!, ds, unit)
    dscr.push(
      ratio !== null
        ? { ok: true, value: ratio }
        : { ok: false, code: 'no-debt-service', reason: !operating ? 'construction period' : ds.gt(0) ? 'debt service below one minor unit' : 'no debt service in this period' }
    )
  }
  const totalDebt = f.debt
  const netUses = sumSeries(f.uses).minus(sumSeries(f.grants))
  const firstRepayment = totalDebt.gt(0) ? tl.firstRepayment : null
  return {
    sizingMode: plan.sizingMode, capBinding: plan.capBinding, sculptedCapacity: plan.sculptedCapacity, sculptingDscr: plan.sculptingDscr,
    iterations: plan.iterations, periodicRate: plan.periodicRate, uses: f.uses, idc: f.idc, fees: f.fees, drawdowns: f.drawdowns,
    equityContributions, dsraInitialFunding, openingBalance: s.openingBalance, closingBalance: s.closingBalance, interest: s.interest,
    principal: s.principal, debtService: s.debtService, dsraTarget, dsraMovement, dsraBalance, cfads: s.cfads, distributions,
    projectCashFlow, equityCashFlow, dscr, totalUses: sumSeries(f.uses), totalIdc: sumSeries(f.idc), totalFees: sumSeries(f.fees), totalDebt,
    totalEquity: sumSeries(equityContributions), gearing: netUses.gt(0) ? totalDebt.div(netUses) : ZERO,
    firstRepaymentPeriod: firstRepayment, maturityPeriod: firstRepayment === null ? null : tl.maturity
  }
}
