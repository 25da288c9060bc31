import { ONE, ZERO } from '../decimal'
import { minorUnit } from '../rules/minor-unit'
import type { Project } from '../model'
import { annualSummary } from './annual'
import { plantResult } from './capacity'
import { supplyResult } from './supply'
import { buildFinancing } from './financing-result'
import { waterfallMetrics } from './waterfall-metrics'
import { computeMetrics, coverage } from './metrics'
import { evaluateOperations } from './operations'
import { prepare, type Prepared } from './prepare'
import { sumSeries } from './series'
import type { DebtPlan } from './debt-plan'
import { planDebt } from './sizing'
import { withSweep } from './sweep'
import { blockDepreciation } from './tax-blocks'
import type { CapexResult, FixedDebt, ModelIssue, ModelOptions, ModelResult, TaxResult } from './types'

/**
 * The debt a scenario run holds: an explicit `fixedDebt`, else — for a scenario without `resizeDebt` —
 * the base case's drawdowns and principal schedule (methodology §8 and the scenario schema).
 */
function heldDebt(project: Project, options: ModelOptions | undefined): FixedDebt | undefined {
  if (options?.fixedDebt) return options.fixedDebt
  if (options?.scenario && !options.scenario.resizeDebt) return runModel(project).debt
  return undefined
}

/** Where a repayment finding points: the one tranche's profile, or the tranche table when there are several (version 3). */
const repaymentPath = (prep: Prepared) => (prep.project.financing.tranches.length === 1 ? 'financing.tranches.0.repayment' : 'financing.tranches')

const listPeriods = (ks: number[]) => (ks.length <= 6 ? ks.join(', ') : `${ks.slice(0, 6).join(', ')} … (${ks.length} periods)`)

/**
 * Repayment-window periods a lender reads first (§7–§8): CFADS below the interest (debt service is the
 * interest alone, the waterfall funds the gap, DSCR < 1), and — sculpted — periods where CFADS / DSCR* is below
 * the interest so the principal floor binds (principal 0, DSCR below DSCR*). Periods are 1-based.
 */
function serviceIssues(prep: Prepared, plan: DebtPlan): ModelIssue[] {
  const schedule = plan.schedule
  const below: number[] = []
  const floored: number[] = []
  const inv = plan.sculptingDscr ? ONE.div(plan.sculptingDscr) : null // null for held debt (sizing.ts: sculptingDscr null)
  const negative: number[] = []
  // From COD, not from the first repayment: an interest-only grace period that CFADS cannot cover, or a
  // ramp-up loss, needs funding as much as a repayment period does (§11).
  for (let i = prep.tl.constructionPeriods; i < prep.tl.count; i++) if (schedule.cfads[i]!.isNegative()) negative.push(i + 1)
  for (let i = prep.tl.constructionPeriods; i < prep.tl.maturity; i++) {
    const interest = schedule.interest[i]!
    if (!interest.gt(0)) continue
    if (schedule.cfads[i]!.lt(interest)) below.push(i + 1)
    else if (i >= prep.tl.firstRepayment - 1) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent, at maturity a solved sculpted schedule's principal CFADS·s − interest is the opening balance (≥ 0), so the floor never binds there; when no solve closes it (no positive CFADS) the period is below interest (the killed `false` form is excluded with them)
      const beforeMaturity = i < prep.tl.maturity - 1
      if (inv && beforeMaturity && schedule.cfads[i]!.times(inv).lt(interest)) floored.push(i + 1)
    }
  }
  const issues: ModelIssue[] = []
  if (negative.length > 0) {
    const worst = negative.reduce((a, k) => (schedule.cfads[k - 1]!.lt(schedule.cfads[a - 1]!) ? k : a))
    issues.push({ code: 'negative-cfads', path: 'financing', message: `CFADS is negative in operating period${negative.length > 1 ? 's' : ''} ${listPeriods(negative)} (lowest ${schedule.cfads[worst - 1]!.toFixed(2)} in period ${worst}: ramp-up losses or a working-capital build); the waterfall funds it: lock-up cash, the DSRA for debt service, the facility, then sponsor support` })
  }
  if (below.length > 0)
    issues.push({ code: 'cfads-below-interest', path: 'financing', message: `CFADS below interest in period${below.length > 1 ? 's' : ''} ${listPeriods(below)}: DSCR is below 1.00x; the DSRA, the facility or sponsor support pays the gap${inv ? ' (sculpted: no principal, the interest is still paid in cash)' : ''}` })
  if (floored.length > 0)
    issues.push({ code: 'sculpting-floor', path: repaymentPath(prep), message: `sculpted principal floored at zero in period${floored.length > 1 ? 's' : ''} ${listPeriods(floored)}: CFADS / DSCR* is below the interest, so only interest is paid and DSCR is below DSCR*` })
  return issues
}

/** Build the full result from a prepared project (used by `runModel` and by analysis that reuses `prepare`). */
export function runPrepared(prep: Prepared, options: ModelOptions | undefined, fixedDebt: FixedDebt | undefined): ModelResult {
  const { tl, project } = prep
  const op = evaluateOperations(prep, options?.priceMultipliers)
  const swept = withSweep(prep, op.operations, planDebt(prep, op.operations, fixedDebt))
  const plan = swept.plan
  const financing = buildFinancing(prep, plan, op.operations.maintenanceCapex, swept.waterfall)
  const schedule = plan.schedule
  const issues = [...prep.issues]
  if (plan.funding.unusedGrants.gt(0))
    issues.push({ code: 'grant-exceeds-uses', path: 'financing.grants', message: `grants exceed construction uses by ${plan.funding.unusedGrants.toFixed(2)}; the excess is ignored` })
  if (!schedule.residualAtMaturity.abs().lt('0.01')) // held debt (the fixed rule) leaves no residual
    issues.push({ code: 'balloon', path: repaymentPath(prep), message: `the repayment profile leaves ${schedule.residualAtMaturity.toFixed(2)} at maturity; the last instalment clears it` })

  issues.push(...serviceIssues(prep, plan))

  const capex: CapexResult = {
    capex: prep.capex, contingency: prep.contingency, capexWithContingency: plan.funding.capexWithContingency, land: prep.land, grants: plan.funding.grants,
    totalCapex: sumSeries(prep.capex), totalContingency: sumSeries(prep.contingency), totalGrants: sumSeries(plan.funding.grants)
  }
  const blocks = blockDepreciation(prep, plan.funding)
  const tax: TaxResult = {
    depreciation: schedule.depreciation, bookValue: schedule.bookValue, taxableIncomeBeforeLosses: schedule.taxableIncomeBeforeLosses, lossesUsed: schedule.lossesUsed,
    lossesCarriedForward: schedule.lossesCarriedForward, taxableIncome: schedule.taxableIncome, tax: schedule.tax, maintenanceCapitalised: prep.maintenanceCapitalised,
    depreciableBase: blocks.depreciableBase, blocks: blocks.blocks, taxRate: schedule.taxRate, lossesExpired: schedule.lossesExpired,
    unabsorbedDepreciation: project.tax.lossExpiryYears === undefined ? null : schedule.unabsorbedDepreciation
  }
  const hasDebt = (financing.closingBalance[tl.constructionPeriods - 1] ?? ZERO).gt(0)
  const cov = coverage(op.contracts, op.operations, tl, hasDebt)
  const { plant, capacityUtilisation } = plantResult(prep.capacity, tl)
  const { supply, supplyCoverage } = supplyResult(op.supplyContracts, op.operations.processedTonnes, tl, hasDebt, prep.supply !== null)
  const unit = minorUnit(project.reportingCurrency)
  const terms = { lockup: project.financing.waterfall?.lockup !== undefined, sweep: project.financing.waterfall?.sweep !== undefined }
  const metrics = {
    ...computeMetrics(tl, op.operations, capex, tax, financing, cov, project.valuation.discountRate, unit), capacityUtilisation, supplyCoverage, ...waterfallMetrics(financing, tl, unit, terms)
  }
  return {
    currency: project.reportingCurrency, periodMonths: tl.periodMonths, constructionPeriods: tl.constructionPeriods,
    codPeriod: tl.constructionPeriods + 1, codDate: tl.codDate, periods: tl.periods, streams: op.streams, metals: prep.metals,
    products: op.products, contracts: op.contracts, operations: op.operations, capex, tax, financing, coverage: cov, metrics,
    annual: annualSummary(tl, op.operations, capex, tax, financing, cov), plant, supply,
    byproducts: prep.byproducts?.lines ?? [], epr: prep.epr,
    debt: plan.held, issues
  }
}

/**
 * Run the bankability model (methodology.md §1–§8) on a valid project. Pure and synchronous; every
 * metric that may not exist is a `Metric` with a reason. Breakevens are NOT computed here (they need
 * ~100 model evaluations): call `computeBreakevens`.
 */
export function runModel(project: Project, options?: ModelOptions): ModelResult {
  const fixedDebt = heldDebt(project, options)
  return runPrepared(prepare(project, options?.scenario), options, fixedDebt)
}
