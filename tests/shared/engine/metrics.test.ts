import { describe, expect, it } from 'vitest'
import { dec, Decimal, ZERO } from '@shared/decimal'
import { annualIrr, computeMetrics, coverage } from '@shared/engine/metrics'
import type { Metric } from '@shared/engine/types'
import { runModel } from '@shared/engine'
import { c2Project } from './hand-project'
import { setDebt } from '../model/tranche-fixtures'

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


/**
 * computeMetrics with debt. Periods (m = 12): index 0 construction (C = 1), 1–2 repayment (maturity = 3,
 * 1-based), 3 after maturity. Balance at COD 1,000; CFADS 500, 400, 350; debt rate 10 % a period.
 */
function debtMetrics(o: { dscr: Metric[]; repayment?: boolean[]; closing?: number[]; C?: number; unit?: string; flows?: { project: number[]; equity: number[] } }) {
  const C = o.C ?? 1
  const repayment = o.repayment ?? [false, true, true, false]
  const K = repayment.length
  const tl = { constructionPeriods: C, periodMonths: 12, maturity: 3, count: K, periods: repayment.map((isRepayment) => ({ isRepayment })) } as any
  const fin = {
    closingBalance: s(o.closing ?? [1000, 600, 300, 0]), dscr: o.dscr, cfads: s([0, 500, 400, 350]), periodicRate: dec('0.1'),
    projectCashFlow: s(o.flows?.project ?? [-100, 110, 0, 0]), equityCashFlow: s(o.flows?.equity ?? [-100, 121, 0, 0]),
    gearing: dec('0.6'), totalIdc: dec(7), totalFees: dec(3), totalEquity: dec(400)
  } as any
  const ops = { revenue: s([0, 900, 800, 700]), ebitda: s([0, 600, 500, 400]) } as any
  const capex = { totalCapex: dec(1000), totalContingency: ZERO, totalGrants: dec(50) } as any
  const cov = { loanLife: { ok: true, value: dec('0.25') }, bankableLoanLife: { ok: true, value: dec('0.125') } } as any
  return computeMetrics(tl, ops, capex, { tax: s([0, 10, 20, 30]) } as any, fin, cov, '0.1', new Decimal(o.unit ?? '0.01'))
}
const okDscr = (x: string): Metric => ({ ok: true, value: dec(x) })
const noService: Metric = { ok: false, code: 'no-debt-service', reason: 'no debt service in the period' }

describe('computeMetrics with debt: DSCR window, LLCR, PLCR (hand arithmetic)', () => {
  it('min and average DSCR over repayment periods only; a lower DSCR after maturity does not count', () => {
    // Repayment DSCRs 1.5 (period 2) and 1.2 (period 3); period 4's 0.9 is outside the window.
    // min = 1.2 in period 3; average = (1.5 + 1.2) / 2 = 1.35.
    const r = debtMetrics({ dscr: [noService, okDscr('1.5'), okDscr('1.2'), okDscr('0.9')] })
    expect(value(r.minDscr).toString()).toBe('1.2')
    expect(r.minDscrPeriod).toBe(3)
    expect(value(r.avgDscr).toString()).toBe('1.35')
  })
  it('the minimum is the first of equal DSCRs (strictly lower replaces it), and a first-period minimum stays', () => {
    // 1.2 in periods 2 and 3: the first (period 2) is reported.
    expect(debtMetrics({ dscr: [noService, okDscr('1.2'), okDscr('1.2'), noService] }).minDscrPeriod).toBe(2)
    // 1.1 then 1.3: period 2; the average (1.1 + 1.3) / 2 = 1.2.
    const r = debtMetrics({ dscr: [noService, okDscr('1.1'), okDscr('1.3'), noService] })
    expect(r.minDscrPeriod).toBe(2)
    expect(value(r.minDscr).toString()).toBe('1.1')
    expect(value(r.avgDscr).toString()).toBe('1.2')
  })
  it('a repayment period without a DSCR (no service) is left out of min and average', () => {
    // Only period 3's 1.4 is defined → min = average = 1.4.
    const r = debtMetrics({ dscr: [noService, noService, okDscr('1.4'), noService] })
    expect(value(r.minDscr).toString()).toBe('1.4')
    expect(value(r.avgDscr).toString()).toBe('1.4')
    expect(r.minDscrPeriod).toBe(3)
  })
  it('debt at COD but no repayment DSCR → no-debt, with the reason that says so', () => {
    const r = debtMetrics({ dscr: [noService, noService, noService, noService] })
    expect(failure(r.minDscr)).toBe('no-debt')
    expect(r.minDscr.ok ? '' : r.minDscr.reason).toBe('no repayment period with debt service')
    expect(failure(r.avgDscr)).toBe('no-debt')
    expect(r.minDscrPeriod).toBeNull()
    // Nor any operating period with service: the all-operating minimum says the same in its own words.
    expect(r.minDscrAllOperating).toEqual({ ok: false, code: 'no-debt', reason: 'no operating period with debt service' })
    expect(r.minDscrAllOperatingPeriod).toBeNull()
  })
  it('the all-operating minimum starts at COD: a construction-period ratio (0.5 in period 1, synthetic) is not read', () => {
    // C = 1: period 1 is construction; operating DSCRs 1.5, 1.2, 0.9 → 0.9 in period 4 (after maturity counts here).
    const r = debtMetrics({ dscr: [okDscr('0.5'), okDscr('1.5'), okDscr('1.2'), okDscr('0.9')] })
    expect(value(r.minDscrAllOperating).toString()).toBe('0.9')
    expect(r.minDscrAllOperatingPeriod).toBe(4)
  })
  it('LLCR = (500/1.1 + 400/1.1²)/1,000 = 95/121; PLCR adds 350/1.1³ → 1,395/1,331 (exact fractions)', () => {
    const r = debtMetrics({ dscr: [noService, okDscr('1.5'), okDscr('1.2'), noService] })
    // 95/121 = 0.785123966942148760330578512397…; 1395/1331 = 1.048084147257700976709241172051… (python Fraction)
    expect(value(r.llcr).toFixed(24)).toBe('0.785123966942148760330579')
    expect(value(r.plcr).toFixed(24)).toBe('1.048084147257700976709241')
    expect(r.debtAtCod.toString()).toBe('1000')
  })
  it('debt at COD below one minor unit → no-debt for LLCR and PLCR, with the minor-unit reason', () => {
    // 0.004 < 0.01 (USD cent): the ratio would be noise.
    const r = debtMetrics({ dscr: [noService, noService, noService, noService], closing: [0.004, 0, 0, 0] })
    expect(failure(r.llcr)).toBe('no-debt')
    expect(r.llcr.ok ? '' : r.llcr.reason).toBe('debt at COD is below one minor unit of the currency')
    expect(failure(r.plcr)).toBe('no-debt')
    // Exactly one unit is enough: 0.01 / 0.01 → LLCR = (95/121 × 1,000) / 0.01 = 78,512.3966942… 
    const one = debtMetrics({ dscr: [noService, noService, noService, noService], closing: [0.01, 0, 0, 0] })
    expect(value(one.llcr).toFixed(6)).toBe('78512.396694')
  })
  it('no balance at COD → the plain no-debt reason (not the minor-unit one)', () => {
    const r = debtMetrics({ dscr: [noService, noService, noService, noService], closing: [0, 0, 0, 0] })
    expect(r.llcr.ok ? '' : r.llcr.reason).toBe('no debt outstanding at COD')
    expect(r.minDscr.ok ? '' : r.minDscr.reason).toBe('the project carries no debt')
  })
  it('no construction period (C = 0): debt at COD is 0, not closingBalance[−1]', () => {
    const r = debtMetrics({ dscr: [noService, noService, noService, noService], C: 0 })
    expect(r.debtAtCod.toString()).toBe('0')
    expect(failure(r.llcr)).toBe('no-debt')
  })
  it('project and equity IRR come from their own series; totals are sums; the rest passes through', () => {
    // Project −100, 110 → 10 %; equity −100, 121 → 21 % (annual periods, so no annualisation).
    const r = debtMetrics({ dscr: [noService, okDscr('1.5'), okDscr('1.2'), noService] })
    expect(value(r.projectIrr).toDecimalPlaces(15).toString()).toBe('0.1')
    expect(value(r.equityIrr).toDecimalPlaces(15).toString()).toBe('0.21')
    // NPV at 10 %: −100/1.1 + 110/1.21 = −90.909091 + 90.909091 = 0
    expect(r.npv.abs().lt('1e-30')).toBe(true)
    expect(r.discountRate.toString()).toBe('0.1')
    // Σ revenue 900 + 800 + 700 = 2,400; Σ EBITDA 1,500; Σ tax 60; Σ CFADS 1,250.
    expect([r.totalRevenue, r.totalEbitda, r.totalTax, r.totalCfads].map(String)).toEqual(['2400', '1500', '60', '1250'])
    expect([r.gearing, r.totalIdc, r.totalFees, r.totalEquity, r.totalGrants, r.totalCapex].map(String)).toEqual(['0.6', '7', '3', '400', '50', '1000'])
    expect(value(r.offtakeCoverage).toString()).toBe('0.25')
    expect(value(r.bankableOfftakeCoverage).toString()).toBe('0.125')
    // Payback: cumulative −100 after construction, +10 in period 2 → fraction 100/110 → 0.909090… years.
    expect(value(r.paybackYears).toFixed(12)).toBe('0.909090909091')
  })
})

describe('what a lender reads first (§11): cover in every operating period and the lowest operating CFADS', () => {
  // c2 (CFADS 100 a year for 5 years, no tax, 8 %) with a 5 % first year (CFADS 5), gearing 60 % →
  // debt 600, 12 months' grace then an annuity over 4 years: 600 / a(4, 8 %) = 600 / 3.312127 = 181.152
  // a year. Year 1 (period 2) pays interest only, 48: cover 5 / 48 = 0.104167x, which the repayment-window
  // minimum (100 / 181.152 = 0.552x) does not show.
  const r = runModel(c2Project('0.6', (p) => {
    p.financing.sizing = 'gearing'
    setDebt(p, { repayment: 'annuity', graceMonths: 12, tenorYears: 4 })
    p.feedstock[0]!.rampUp = ['0.05', '1']
  }))
  const m = r.metrics

  it('minimum cover over all operating periods: 5 / 48 in period 2 (grace); the window minimum starts at period 3', () => {
    expect(m.minDscrAllOperating.ok && m.minDscrAllOperating.value.toNumber()).toBeCloseTo(5 / 48, 12)
    expect(m.minDscrAllOperatingPeriod).toBe(2)
    const a4 = (1 - 1.08 ** -4) / 0.08
    expect(m.minDscr.ok && m.minDscr.value.toNumber()).toBeCloseTo(100 / (600 / a4), 9)
    expect(m.minDscrPeriod).toBeGreaterThanOrEqual(3) // in the window (level service; the last instalment settles the cent)
  })

  it('lowest operating CFADS: 5 in period 2 (the first of equal lows)', () => {
    expect([m.lowestOperatingCfads.toNumber(), m.lowestOperatingCfadsPeriod]).toEqual([5, 2])
    const flat = runModel(c2Project('0.6')).metrics
    expect([flat.lowestOperatingCfads.toNumber(), flat.lowestOperatingCfadsPeriod]).toEqual([100, 2])
  })

  it('a later, lower period wins; no debt gives no cover, with the reason', () => {
    const late = runModel(c2Project('0.6', (p) => { p.feedstock[0]!.rampUp = ['1', '1', '1', '1', '0.3'] })).metrics
    expect([late.lowestOperatingCfads.toNumber(), late.lowestOperatingCfadsPeriod]).toEqual([30, 6])
    const none = runModel(c2Project('0.6', (p) => { p.financing.sizing = 'gearing'; p.financing.gearing = '0' })).metrics
    expect(none.minDscrAllOperating).toEqual({ ok: false, code: 'no-debt', reason: 'the project carries no debt' })
    expect(none.minDscrAllOperatingPeriod).toBeNull()
  })
})
