import { ZERO } from '../decimal'
import type { Project } from '../model'
import { annualSummary } from './annual'
import { buildFinancing } from './financing-result'
import { computeMetrics, coverage } from './metrics'
import { evaluateOperations } from './operations'
import { prepare, type Prepared } from './prepare'
import { sumSeries } from './series'
import { planDebt } from './sizing'
import type { CapexResult, FixedDebt, ModelOptions, ModelResult, TaxResult } from './types'

/**
 * The debt a scenario run holds: an explicit `fixedDebt`, else — for a scenario without `resizeDebt` —
 * the base case's drawdowns and principal schedule (methodology §8 and the scenario schema).
 */
function heldDebt(project: Project, options: ModelOptions | undefined): FixedDebt | undefined {
  if (options?.fixedDebt) return options.fixedDebt
  if (options?.scenario && !options.scenario.resizeDebt) return runModel(project).debt
  return undefined
}

/** Build the full result from a prepared project (used by `runModel` and by analysis that reuses `prepare`). */
export function runPrepared(prep: Prepared, options: ModelOptions | undefined, fixedDebt: FixedDebt | undefined): ModelResult {
  const { tl, project } = prep
  const op = evaluateOperations(prep, options?.priceMultipliers)
  const plan = planDebt(prep, op.operations, fixedDebt)
  const financing = buildFinancing(prep, plan)
  const s = plan.schedule
  const issues = [...prep.issues]
  if (plan.funding.unusedGrants.gt(0))
    issues.push({ code: 'grant-exceeds-uses', path: 'financing.grants', message: `grants exceed construction uses by ${plan.funding.unusedGrants.toFixed(2)}; the excess is ignored` })
  if (!s.residualAtMaturity.abs().lt('0.01') && plan.sizingMode !== 'fixed')
    issues.push({ code: 'balloon', path: 'financing.repayment', message: `the repayment profile leaves ${s.residualAtMaturity.toFixed(2)} at maturity; the last instalment clears it` })

  const capex: CapexResult = {
    capex: prep.capex, contingency: prep.contingency, capexWithContingency: plan.funding.capexWithContingency, grants: plan.funding.grants,
    totalCapex: sumSeries(prep.capex), totalContingency: sumSeries(prep.contingency), totalGrants: sumSeries(plan.funding.grants)
  }
  const tax: TaxResult = {
    depreciation: s.depreciation, bookValue: s.bookValue, taxableIncomeBeforeLosses: s.taxableIncomeBeforeLosses, lossesUsed: s.lossesUsed,
    lossesCarriedForward: s.lossesCarriedForward, taxableIncome: s.taxableIncome, tax: s.tax, depreciableBase: plan.funding.depreciableBase
  }
  const hasDebt = (financing.closingBalance[tl.constructionPeriods - 1] ?? ZERO).gt(0)
  const cov = coverage(op.contracts, op.operations, tl, hasDebt)
  const metrics = computeMetrics(tl, op.operations, capex, tax, financing, cov, project.valuation.discountRate)
  return {
    currency: project.reportingCurrency, periodMonths: tl.periodMonths, constructionPeriods: tl.constructionPeriods,
    codPeriod: tl.constructionPeriods + 1, codDate: tl.codDate, periods: tl.periods, streams: op.streams, metals: prep.metals,
    products: op.products, contracts: op.contracts, operations: op.operations, capex, tax, financing, coverage: cov, metrics,
    annual: annualSummary(tl, op.operations, capex, tax, financing, cov),
    debt: { drawdowns: financing.drawdowns, principal: financing.principal }, issues
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
