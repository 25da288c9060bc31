import { Decimal, ONE, ZERO, dec } from '../decimal'
import { annualEffectiveFromPeriodic, coverDefined, irr, npv } from '../finance'
import type { Timeline } from './timeline'
import { sumSeries } from './series'
import type { ContractResult, CoverageResult, FinancingResult, Metric, ModelMetrics, OperationsResult, Series, TaxResult, CapexResult } from './types'

const fail = (code: Extract<Metric, { ok: false }>['code'], reason: string): Metric => ({ ok: false, code, reason })

/** IRR of a periodic series, annualised `(1 + i)^(12/m) − 1`; "no IRR" with the reason otherwise (§8). */
export function annualIrr(flows: Series, m: number): Metric {
  const r = irr(flows)
  if (r.status === 'ok') return { ok: true, value: annualEffectiveFromPeriodic(r.periodicRate, m) }
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
  const K = tl.count
  const contracted: Series = []
  const bankable: Series = []
  const denominator: Series = []
  for (let i = 0; i < K; i++) {
    let c = ZERO
    let b = ZERO
    for (const ct of contracts) {
      const r = ct.revenue[i]!
      if (r.gt(0)) {
        c = c.plus(r)
        if (ct.bankable) b = b.plus(r)
      }
    }
    contracted.push(c)
    bankable.push(b)
    denominator.push(c.plus(ops.merchantRevenue[i]!))
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
  const m = tl.periodMonths
  for (let i = 0; i < flows.length; i++) {
    const prev = cum
    cum = cum.plus(flows[i]!)
    if (i < tl.constructionPeriods) continue
    if (!cum.isNegative()) {
      // Stryker disable next-line ArithmeticOperator: equivalent, reached only at i = C (a non-negative cumulative at i − 1 ≥ C returned there), where (i − C)·m and (i − C)/m are both 0
      if (!prev.isNegative()) return { ok: true, value: new Decimal((i - tl.constructionPeriods) * m).div(12) }
      const fraction = prev.neg().div(flows[i]!)
      return { ok: true, value: new Decimal(i - tl.constructionPeriods).plus(fraction).times(m).div(12) }
    }
  }
  return fail('not-reached', 'cumulative project cash flow never turns non-negative')
}

/** Σ_{C < k ≤ last} CFADS_k · (1+i)^−(k−C) / balance at COD (LLCR to maturity, PLCR to the end). */
function coverRatio(cfads: Series, balanceAtCod: Decimal, rate: Decimal, C: number, lastIndex: number, unit: Decimal): Metric {
  if (!balanceAtCod.gt(0)) return fail('no-debt', 'no debt outstanding at COD')
  if (!coverDefined(balanceAtCod, unit)) return fail('no-debt', 'debt at COD is below one minor unit of the currency')
  const growth = ONE.plus(rate)
  let df = ONE
  let pv = ZERO
  for (let i = C; i <= lastIndex; i++) {
    df = df.div(growth)
    pv = pv.plus(cfads[i]!.times(df))
  }
  return { ok: true, value: pv.div(balanceAtCod) }
}

export function computeMetrics(
  tl: Timeline, ops: OperationsResult, capex: CapexResult, tax: TaxResult, fin: FinancingResult, cov: CoverageResult, discountRate: string, unit: Decimal
): ModelMetrics {
  const C = tl.constructionPeriods
  const m = tl.periodMonths
  const debtAtCod = fin.closingBalance[C - 1] ?? ZERO
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
  const rate = dec(discountRate)
  return {
    projectIrr: annualIrr(fin.projectCashFlow, m),
    equityIrr: annualIrr(fin.equityCashFlow, m),
    npv: npv(rate, fin.projectCashFlow, m),
    discountRate: rate,
    minDscr,
    avgDscr,
    minDscrPeriod,
    llcr: coverRatio(fin.cfads, debtAtCod, fin.periodicRate, C, tl.maturity - 1, unit),
    plcr: coverRatio(fin.cfads, debtAtCod, fin.periodicRate, C, tl.count - 1, unit),
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
