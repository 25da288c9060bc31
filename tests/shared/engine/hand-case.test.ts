import { describe, expect, it } from 'vitest'
import type { Decimal } from '@shared/decimal'
import { parseProject } from '@shared/model'
import { runModel, type Metric } from '@shared/engine'
import { handProject } from './hand-project'

/*
 * Hand computation (exact fractions; cross-checked by /tmp/scratch/hand.py with Python's Fraction and
 * mpmath for the IRRs). Periods: 1 = 2026 (construction), 2–4 = 2027–2029 (operations), m = 12.
 *
 * Feed 1,000 t/yr black mass × Ni 20 % = 200 t Ni contained; × 90 % recovery = 180 t Ni (factor 1).
 * Contract c1 (share 50 %): 90 t at 10,000 × 0.9 = 9,000/t, minus 100/t charge → 90 × 8,900 = 801,000.
 * Merchant: 90 t × 10,000 × 0.8 payable = 720,000.  Revenue = 1,521,000.
 * Feedstock: 1,000 t × 500 = 500,000.  Opex: 200,000 fixed + 1,000 t × 100 = 300,000.
 * EBITDA = 1,521,000 − 500,000 − 300,000 = 721,000 each operating year.
 * Working capital: receivables = revenue × (12/12) × 36.5/365 = 152,100 at the end of 2027 and 2028,
 *   released in the last period: ΔWC = +152,100, 0, −152,100.
 * Capex 1,000,000 in 2026; gearing 60 % → drawdown 600,000 (no IDC: opening balance 0; no fee), equity 400,000.
 * Depreciation straight line over 3 years: 333,333.33 a year.
 * Annuity: PMT = 600,000 × 0.1 / (1 − 1.1^−3) = 241,268.882175…
 *   2027: interest 60,000.00; principal 181,268.88; balance 418,731.12
 *   2028: interest 41,873.11; principal 199,395.77; balance 219,335.35
 *   2029: interest 21,933.53; principal 219,335.35; balance 0
 * Tax 25 % of (EBITDA − depreciation − interest):
 *   2027: 327,666.67 → 81,916.67;  2028: 345,793.55 → 86,448.39;  2029: 365,733.13 → 91,433.28
 * CFADS = EBITDA − tax − ΔWC: 486,983.33; 634,551.61; 781,666.72
 * DSCR = CFADS / 241,268.88: 2.018426; 2.630060; 3.239816 → min 2.018426, average 2.629434
 * LLCR = (486,983.33/1.1 + 634,551.61/1.1² + 781,666.72/1.1³) / 600,000 = 2.590688
 * Project flows −1,000,000; 486,983.33; 634,551.61; 781,666.72 → IRR 36.8268 %; NPV@10 % (end of period,
 *   the construction year discounted one year) = 504,011.56
 * Equity flows −400,000; 245,714.45; 393,282.73; 540,397.83 → IRR 67.9060 %
 * Payback: cumulative −513,016.67 after 2027, +121,534.94 after 2028 → 1 + 513,016.67/634,551.61 = 1.808471 years from COD.
 */
const v = (m: Metric): Decimal => {
  if (!m.ok) throw new Error(`metric missing: ${m.reason}`)
  return m.value
}
const near = (actual: Decimal, expected: number, places = 2) => expect(actual.toNumber()).toBeCloseTo(expected, places)

describe('hand-computable case (every line derived in the comment above)', () => {
  const parsed = parseProject(handProject())
  it('is a valid project', () => expect(parsed.ok).toBe(true))
  const r = runModel(handProject())
  const f = r.financing
  it('timeline', () => {
    expect(r.periods.map((p) => [p.start, p.end, p.phase, p.operatingYear])).toEqual([
      ['2026-01-01', '2026-12-31', 'construction', null],
      ['2027-01-01', '2027-12-31', 'operations', 1],
      ['2028-01-01', '2028-12-31', 'operations', 2],
      ['2029-01-01', '2029-12-31', 'operations', 3]
    ])
    expect(r.codDate).toBe('2027-01-01')
  })
  it('tax: one entry per period; taxable income as in the comment, no losses used or carried', () => {
    // Computed inside the test (not the describe body) so a mutated schedule is the one checked.
    const t = runModel(handProject()).tax
    // 2026 is construction: no EBITDA, no depreciation, no cash interest → 0.
    expect(t.taxableIncome.map((x) => x.toFixed(2))).toEqual(['0.00', '327666.67', '345793.55', '365733.13'])
    expect(t.taxableIncomeBeforeLosses.map((x) => x.toFixed(2))).toEqual(['0.00', '327666.67', '345793.55', '365733.13'])
    expect(t.lossesUsed.map(String)).toEqual(['0', '0', '0', '0'])
    expect(t.lossesCarriedForward.map(String)).toEqual(['0', '0', '0', '0'])
    expect(t.tax.map((x) => x.toFixed(2))).toEqual(['0.00', '81916.67', '86448.39', '91433.28'])
  })
  it('metal, product, revenue', () => {
    expect(r.metals[0]!.contained.map(String)).toEqual(['0', '200', '200', '200'])
    expect(r.products[0]!.output.map(String)).toEqual(['0', '180', '180', '180'])
    expect(r.contracts[0]!.quantity.map(String)).toEqual(['0', '90', '90', '90'])
    expect(r.contracts[0]!.revenue[1]!.toString()).toBe('801000')
    expect(r.operations.merchantRevenue[1]!.toString()).toBe('720000')
    expect(r.operations.revenue[1]!.toString()).toBe('1521000')
    expect(r.operations.feedstockCost[1]!.toString()).toBe('500000')
    expect(r.operations.opex[1]!.toString()).toBe('300000')
    expect(r.operations.ebitda.map(String)).toEqual(['0', '721000', '721000', '721000'])
  })
  it('working capital', () => {
    expect(r.operations.workingCapital.map(String)).toEqual(['0', '152100', '152100', '0'])
    expect(r.operations.deltaWorkingCapital.map(String)).toEqual(['0', '152100', '0', '-152100'])
  })
  it('construction funding', () => {
    expect(f.drawdowns.map(String)).toEqual(['600000', '0', '0', '0'])
    expect(f.equityContributions[0]!.toString()).toBe('400000')
    expect(f.totalIdc.toString()).toBe('0')
    expect(r.tax.depreciableBase.toString()).toBe('1000000')
  })
  it('debt schedule', () => {
    expect(f.interest.map((x) => x.toFixed(2))).toEqual(['0.00', '60000.00', '41873.11', '21933.53'])
    expect(f.principal.map((x) => x.toFixed(2))).toEqual(['0.00', '181268.88', '199395.77', '219335.35'])
    expect(f.closingBalance.map((x) => x.toFixed(2))).toEqual(['600000.00', '418731.12', '219335.35', '0.00'])
    expect(f.closingBalance[3]!.isZero()).toBe(true)
    near(f.debtService[1]!, 241268.882175, 5)
  })
  it('depreciation, tax, CFADS', () => {
    expect(r.tax.depreciation.map((x) => x.toFixed(2))).toEqual(['0.00', '333333.33', '333333.33', '333333.33'])
    expect(r.tax.tax.map((x) => x.toFixed(2))).toEqual(['0.00', '81916.67', '86448.39', '91433.28'])
    expect(f.cfads.map((x) => x.toFixed(2))).toEqual(['0.00', '486983.33', '634551.61', '781666.72'])
  })
  it('ratios and returns', () => {
    near(v(r.metrics.minDscr), 2.0184257867935553, 10)
    near(v(r.metrics.avgDscr), 2.629433800818098, 10)
    near(v(r.metrics.llcr), 2.5906878571992427, 10)
    near(v(r.metrics.projectIrr), 0.368267956575433, 12)
    near(v(r.metrics.equityIrr), 0.6790603879144207, 12)
    near(r.metrics.npv, 504011.5584723142, 6)
    near(v(r.metrics.paybackYears), 1.8084711433206675, 10)
    expect(r.metrics.minDscrPeriod).toBe(2)
  })
  it('offtake coverage: 801,000 / 1,521,000 over the loan life, and bankable (A, take-or-pay 100 %)', () => {
    near(v(r.metrics.offtakeCoverage), 801000 / 1521000, 12)
    near(v(r.metrics.bankableOfftakeCoverage), 801000 / 1521000, 12)
  })
  it('annual summary: one row per calendar year, sums and end balances', () => {
    expect(r.annual.map((a) => a.year)).toEqual([2026, 2027, 2028, 2029])
    expect(r.annual[1]!.revenue.toString()).toBe('1521000')
    expect(r.annual[1]!.debtBalance.toFixed(2)).toBe('418731.12')
    near(v(r.annual[1]!.minDscr), 2.0184257867935553, 10)
  })
})
