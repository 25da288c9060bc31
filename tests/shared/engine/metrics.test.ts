import { describe, expect, it } from 'vitest'
import { dec, Decimal, ZERO } from '@shared/decimal'
import { annualIrr, computeMetrics, coverage } from '@shared/engine/metrics'
import type { Metric } from '@shared/engine/types'

// Unit tests of each metric branch (issue 21: mutation testing). Expected values are hand
// arithmetic, written out next to each assertion; the objects passed in are minimal stand-ins
// carrying only the fields the function reads.
/* eslint-disable @typescript-eslint/no-explicit-any */

const s = (xs: number[]) => xs.map((x) => dec(x))
const value = (m: Metric) => {
  if (!m.ok) throw new Error(`expected ok, got ${m.code}: ${m.reason}`)
  return m.value
}
const failure = (m: Metric) => {
  if (m.ok) throw new Error(`expected a failure, got ${m.value.toString()}`)
  expect(m.reason.length).toBeGreaterThan(10)
  return m.code
}

describe('annualIrr maps every irr() status to its metric code', () => {
  it('ok: [-100, 110] is 10 % per period; 1-month periods → 1.1^12 − 1 = 2.138428376721 a year (hand)', () => {
    expect(value(annualIrr(s([-100, 110]), 1)).toFixed(12)).toBe('2.138428376721')
    expect(value(annualIrr(s([-100, 110]), 12)).toFixed(12)).toBe('0.100000000000')
  })
  it('none → no-sign-change; multiple → multiple-roots; no-root → no-root; out-of-range', () => {
    expect(failure(annualIrr(s([-100, -10]), 12))).toBe('no-sign-change')
    // −100 + 230x − 132x² = 0 at x = 1/1.1 and 1/1.2 (hand: roots 10 % and 20 %)
    expect(failure(annualIrr(s([-100, 230, -132]), 12))).toBe('multiple-roots')
    // −100 + 150x − 60x²: discriminant 150² − 4·100·60 = −1500 < 0 → no real root
    expect(failure(annualIrr(s([-100, 150, -60]), 12))).toBe('no-root')
    // −1 + 1e-12·x = 0 → 1 + i = 1e-12, below the −99.99 % bracket
    expect(failure(annualIrr([dec(-1), new Decimal('1e-12')], 12))).toBe('out-of-range')
  })
})

// Periods: 0 construction, 1–2 operations inside the loan life, 3 operations after maturity.
const tl4 = {
  count: 4,
  periods: [
    { phase: 'construction', isLoanLife: false },
    { phase: 'operations', isLoanLife: true },
    { phase: 'operations', isLoanLife: true },
    { phase: 'operations', isLoanLife: false }
  ]
} as any
const contracts = [
  { revenue: s([10, 60, 60, 60]), bankable: true },
  { revenue: s([0, 20, -10, 20]), bankable: false } // −10: charges above price, counts as 0
] as any
const ops = { merchantRevenue: s([0, 20, 50, 20]) } as any

describe('coverage: bankable share and the loan-life window', () => {
  it('per period: contracted/total and bankable/total, negative contract revenue floored at 0', () => {
    const c = coverage(contracts, ops, tl4, true)
    // period 1: (60+20)/(60+20+20) = 0.8, bankable 60/100 = 0.6
    // period 2: 60/(60+50) = 6/11, bankable 60/110 = 6/11
    expect(c.perPeriod.map((m) => value(m).toFixed(6))).toEqual(['1.000000', '0.800000', '0.545455', '0.800000'])
    expect(c.bankablePerPeriod.map((m) => value(m).toFixed(6))).toEqual(['1.000000', '0.600000', '0.545455', '0.600000'])
    expect(c.contractedRevenue.map(String)).toEqual(['10', '80', '60', '80'])
    expect(c.bankableRevenue.map(String)).toEqual(['10', '60', '60', '60'])
    expect(c.coveredRevenueBase.map(String)).toEqual(['10', '100', '110', '100'])
  })
  it('with debt the window is operations ∩ loan life: periods 1–2 → 140/210 and 120/210 (hand)', () => {
    const c = coverage(contracts, ops, tl4, true)
    expect(value(c.loanLife).toFixed(10)).toBe(dec(140).div(210).toFixed(10))
    expect(value(c.bankableLoanLife).toFixed(10)).toBe(dec(120).div(210).toFixed(10))
  })
  it('without debt the window is all operations: periods 1–3 → 220/310 and 180/310 (hand)', () => {
    const c = coverage(contracts, ops, tl4, false)
    expect(value(c.loanLife).toFixed(10)).toBe(dec(220).div(310).toFixed(10))
    expect(value(c.bankableLoanLife).toFixed(10)).toBe(dec(180).div(310).toFixed(10))
  })
  it('no revenue → no-revenue', () => {
    const c = coverage([{ revenue: s([0, 0]), bankable: true }] as any, { merchantRevenue: s([0, 0]) } as any, { count: 2, periods: [{ phase: 'operations', isLoanLife: true }, { phase: 'operations', isLoanLife: true }] } as any, true)
    expect(failure(c.perPeriod[0]!)).toBe('no-revenue')
    expect(failure(c.loanLife)).toBe('no-revenue')
    expect(failure(c.bankableLoanLife)).toBe('no-revenue')
  })
})

/** computeMetrics with a debt-free project whose project cash flow is `flows` (C construction periods). */
function metricsFor(flows: number[], C: number, m: number) {
  const K = flows.length
  const z = s(flows.map(() => 0))
  const tl = { constructionPeriods: C, periodMonths: m, maturity: K, count: K, periods: flows.map((_, i) => ({ isRepayment: i >= C })) } as any
  const fin = {
    closingBalance: z, dscr: [], projectCashFlow: s(flows), equityCashFlow: s(flows), cfads: z, periodicRate: ZERO,
    gearing: ZERO, totalIdc: ZERO, totalFees: ZERO, totalEquity: ZERO
  } as any
  const capex = { totalCapex: dec(100), totalContingency: dec(5), totalGrants: ZERO } as any
  const cov = { loanLife: { ok: true, value: ZERO }, bankableLoanLife: { ok: true, value: ZERO } } as any
  return computeMetrics(tl, { revenue: z, ebitda: z } as any, capex, { tax: z } as any, fin, cov, '0.1', new Decimal('0.01'))
}

describe('payback, per branch', () => {
  it('already non-negative at COD: 0 years (not (i + C)·m/12)', () => {
    // C = 2, cumulative after construction = 10 ≥ 0 → payback at period index 2 → (2 − 2)·6/12 = 0
    expect(value(metricsFor([10, 0, 5, 5], 2, 6).paybackYears).toString()).toBe('0')
  })
  it('already non-negative before a later period: (i − C)·m/12 with i > C', () => {
    // C = 1, cum: −10, −10 (i=1, negative), 0 (i=2: prev −10, flow 10 → fraction 1) → (1 + 1)·6/12 = 1
    expect(value(metricsFor([-10, 0, 10, 5], 1, 6).paybackYears).toString()).toBe('1')
  })
  it('crosses zero inside a period: (i − C + fraction)·m/12', () => {
    // C = 1, m = 12: cum −100, −40 (i=1), +20 (i=2): fraction 40/60 → (1 + 2/3) years
    expect(value(metricsFor([-100, 60, 60], 1, 12).paybackYears).toFixed(10)).toBe('1.6666666667')
    // m = 3: same flows → (1 + 2/3)·3/12 = 5/12 years
    expect(value(metricsFor([-100, 60, 60], 1, 3).paybackYears).toFixed(10)).toBe('0.4166666667')
  })
  it('never reached → not-reached', () => {
    expect(failure(metricsFor([-100, 10, 10], 1, 12).paybackYears)).toBe('not-reached')
  })
  it('no debt: DSCR, LLCR and PLCR are no-debt with the reason; totals add contingency', () => {
    const r = metricsFor([-100, 60, 60], 1, 12)
    expect(failure(r.minDscr)).toBe('no-debt')
    expect(r.minDscr.ok ? '' : r.minDscr.reason).toBe('the project carries no debt')
    expect(failure(r.llcr)).toBe('no-debt')
    expect(failure(r.plcr)).toBe('no-debt')
    expect(r.minDscrPeriod).toBeNull()
    expect(r.totalCapex.toString()).toBe('105')
    // NPV at 10 % annual: −100/1.1 + 60/1.21 + 60/1.331 = −90.909091 + 49.586777 + 45.078888 = 3.756574 (hand)
    expect(r.npv.toFixed(6)).toBe('3.756574')
  })
})

