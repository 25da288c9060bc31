import { Decimal, ONE, ZERO, dec } from '../decimal'
import { annualEffectiveFromPeriodic, irr, npv } from '../finance'
import { coverDefined } from '../rules/minor-unit'
import type { WaterfallMetrics } from './waterfall-metrics'
import type { Timeline } from './timeline'
import { sumSeries } from './series'
import type { ContractResult, CoverageResult, FinancingResult, Metric, ModelMetrics, OperationsResult, Series, TaxResult, CapexResult } from './types'

const fail = (code: Extract<Metric, { ok: false }>['code'], reason: string): Metric => ({ ok: false, code, reason })

/** IRR of a periodic series, annualised `(1 + i)^(12/m) − 1`; "no IRR" with the reason otherwise (§8). */
export function annualIrr(flows: Series, periodMonths: number): Metric {
  const r = irr(flows)
  if (r.status === 'ok') return { ok: true, value: annualEffectiveFromPeriodic(r.periodicRate, periodMonths) }
  if (r.status === 'none') return fail('no-sign-change', r.reason)
  if (r.status === 'multiple') return fail('multiple-roots', r.reason)
  if (r.status === 'no-root') return fail('no-root', r.reason)
  return fail('out-of-range', r.reason)
}

/**
 * Coverage = contracted / total revenue, where contract revenue below zero (charges above price)
 * counts as zero so the share stays within 0…1 (§4). Bankable coverage counts bankable contracts only.
 */
export function coverage(contracts: readonly ContractResult[], ops: OperationsResult, tl: Timeline, hasDebt: boolean): CoverageResult {
  const periodCount = tl.count
  const contracted: Series = []
  const bankable: Series = []
  const denominator: Series = []
  for (let i = 0; i < periodCount; i++) {
    let contractedInPeriod = ZERO
    let bankableInPeriod = ZERO
    for (const ct of contracts) {
      const revenue = ct.revenue[i]!
      if (revenue.gt(0)) {
        contractedInPeriod = contractedInPeriod.plus(revenue)
        if (ct.bankable) bankableInPeriod = bankableInPeriod.plus(revenue)
      }
    }
    contracted.push(contractedInPeriod)
    bankable.push(bankableInPeriod)
    denominator.push(contractedInPeriod.plus(ops.merchantRevenue[i]!))
  }
  const ratio = (num: Decimal, den: Decimal): Metric => (den.gt(0) ? { ok: true, value: num.div(den) } : fail('no-revenue', 'no revenue in the period(s)'))
  const window = tl.periods.map((p) => p.phase === 'operations' && (!hasDebt || p.isLoanLife))
  const over = (s: Series) => sumSeries(s.filter((_, i) => window[i]))
  return {
    perPeriod: contracted.map((c, i) => ratio(c, denominator[i]!)),
    bankablePerPeriod: bankable.map((b, i) => ratio(b, denominator[i]!)),
    loanLife: ratio(over(contracted), over(denominator)),
    bankableLoanLife: ratio(over(bankable), over(denominator)),
    contractedRevenue: contracted,
    bankableRevenue: bankable,
    coveredRevenueBase: denominator
  }
}

/** Years from COD until cumulative project cash flow turns non-negative, linear inside the period (§8). */
function payback(flows: Series, tl: Timeline): Metric {
  let cum = ZERO
  const periodMonths = tl.periodMonths
  for (let i = 0; i < flows.length; i++) {
    const prev = cum
    cum = cum.plus(flows[i]!)
    if (i < tl.constructionPeriods) continue
    if (!cum.isNegative()) {
      // Stryker disable next-line ArithmeticOperator: equivalent, reached only at i = C (a non-negative cumulative at i − 1 ≥ C returned there), where (i − C)·m and (i − C)/m are both 0
      if (!prev.isNegative()) return { ok: true, value: new Decimal((i - tl.constructionPeriods) * periodMonths).div(12) }
      const fraction = prev.neg().div(flows[i]!)
      return { ok: true, value: new Decimal(i - tl.constructionPeriods).plus(fraction).times(periodMonths).div(12) }
    }
  }
  return fail('not-reached', 'cumulative project cash flow never turns non-negative')
}

/**
 * Σ_{C < k ≤ last} CFADS_k · DF_k / balance at COD (LLCR to maturity, PLCR to the end), DF_k = (1+i)^−(k−C);
 * with tranches DF_k = Π_{C < j ≤ k} (1 + i_j)^−1 at the blended rate of the outstanding tranches (§10).
 */
function coverRatio(cfads: Series, balanceAtCod: Decimal, rate: Decimal, constructionPeriods: number, lastIndex: number, unit: Decimal, rates: Series | null = null): Metric {
  if (!balanceAtCod.gt(0)) return fail('no-debt', 'no debt outstanding at COD')
  if (!coverDefined(balanceAtCod, unit)) return fail('no-debt', 'debt at COD is below one minor unit of the currency')
  const growth = ONE.plus(rate)
  let df = ONE
  let pv = ZERO
  for (let i = constructionPeriods; i <= lastIndex; i++) {
    df = df.div(rates ? ONE.plus(rates[i]!) : growth)
    pv = pv.plus(cfads[i]!.times(df))
  }
  return { ok: true, value: pv.div(balanceAtCod) }
}

export function computeMetrics(
  tl: Timeline, ops: OperationsResult, capex: CapexResult, tax: TaxResult, fin: FinancingResult, cov: CoverageResult, discountRate: string, unit: Decimal
): Omit<ModelMetrics, 'capacityUtilisation' | 'supplyCoverage' | keyof WaterfallMetrics> {
  const constructionPeriods = tl.constructionPeriods
  const periodMonths = tl.periodMonths
  const debtAtCod = fin.closingBalance[constructionPeriods - 1] ?? ZERO
  const hasDebt = debtAtCod.gt(0)
  const repaymentDscrs: { i: number; v: Decimal }[] = []
  fin.dscr.forEach((d, i) => {
    if (d.ok && tl.periods[i]!.isRepayment) repaymentDscrs.push({ i, v: d.value })
  })
  let minDscr: Metric = fail('no-debt', hasDebt ? 'no repayment period with debt service' : 'the project carries no debt')
  let avgDscr: Metric = minDscr
  let minDscrPeriod: number | null = null
  if (repaymentDscrs.length > 0) {
    let best = repaymentDscrs[0]!
    for (const d of repaymentDscrs) if (d.v.lt(best.v)) best = d
    minDscr = { ok: true, value: best.v }
    minDscrPeriod = best.i + 1
    avgDscr = { ok: true, value: sumSeries(repaymentDscrs.map((d) => d.v)).div(repaymentDscrs.length) }
  }
  // What a lender reads first (§11): the cover in every operating period with debt service, grace
  // (interest only) included, beside the repayment-window minimum; and the lowest operating CFADS.
  let minDscrAllOperating: Metric = fail('no-debt', hasDebt ? 'no operating period with debt service' : 'the project carries no debt')
  let minDscrAllOperatingPeriod: number | null = null
  fin.dscr.forEach((d, i) => {
    if (!d.ok || i < constructionPeriods) return
    if (minDscrAllOperating.ok && !d.value.lt(minDscrAllOperating.value)) return
    minDscrAllOperating = { ok: true, value: d.value }
    minDscrAllOperatingPeriod = i + 1
  })
  let lowestOperatingCfads = fin.cfads[constructionPeriods]!
  let lowestOperatingCfadsPeriod = constructionPeriods + 1
  for (let i = constructionPeriods + 1; i < tl.count; i++) {
    if (!fin.cfads[i]!.lt(lowestOperatingCfads)) continue
    lowestOperatingCfads = fin.cfads[i]!
    lowestOperatingCfadsPeriod = i + 1
  }
  const rate = dec(discountRate)
  return {
    projectIrr: annualIrr(fin.projectCashFlow, periodMonths),
    equityIrr: annualIrr(fin.equityCashFlow, periodMonths),
    npv: npv(rate, fin.projectCashFlow, periodMonths),
    discountRate: rate,
    minDscr,
    avgDscr,
    minDscrPeriod,
    minDscrAllOperating,
    minDscrAllOperatingPeriod,
    lowestOperatingCfads,
    lowestOperatingCfadsPeriod,
    llcr: coverRatio(fin.cfads, debtAtCod, fin.periodicRate, constructionPeriods, tl.maturity - 1, unit, fin.llcrRates),
    plcr: coverRatio(fin.cfads, debtAtCod, fin.periodicRate, constructionPeriods, tl.count - 1, unit, fin.llcrRates),
    paybackYears: payback(fin.projectCashFlow, tl),
    debtAtCod,
    gearing: fin.gearing,
    totalCapex: capex.totalCapex.plus(capex.totalContingency),
    totalIdc: fin.totalIdc,
    totalFees: fin.totalFees,
    totalEquity: fin.totalEquity,
    totalGrants: capex.totalGrants,
    totalRevenue: sumSeries(ops.revenue),
    totalEbitda: sumSeries(ops.ebitda),
    totalTax: sumSeries(tax.tax),
    totalCfads: sumSeries(fin.cfads),
    offtakeCoverage: cov.loanLife,
    bankableOfftakeCoverage: cov.bankableLoanLife
  }
}
