import { describe, expect, it } from 'vitest'
import { dec, Decimal } from '@shared/decimal'
import { escalationFactors, gmap, groupRepresentatives, sumSeries, zeros } from '@shared/engine/series'
import { annualSummary } from '@shared/engine/annual'
import type { Metric } from '@shared/engine/types'

/* eslint-disable @typescript-eslint/no-explicit-any */
// Issue 21: the series helpers and the annual roll-up, every value by hand.
const s = (xs: number[]) => xs.map((x) => dec(x))
const str = (xs: readonly Decimal[]) => xs.map(String)

describe('series helpers', () => {
  it('zeros and sum', () => {
    expect(str(zeros(3))).toEqual(['0', '0', '0'])
    expect(sumSeries(s([1, 2, 3.5])).toString()).toBe('6.5')
    expect(sumSeries([]).toString()).toBe('0')
  })
  it('escalation factors (1 + r)^step, repeated steps served from the cache: 10 % → 1, 1.1, 1.21, 1.1, 1', () => {
    expect(str(escalationFactors(dec('0.1'), [0, 1, 2, 1, 0]))).toEqual(['1', '1.1', '1.21', '1.1', '1'])
  })
  it('group representatives: the first period with the same key; gmap evaluates representatives only', () => {
    const rep = groupRepresentatives(['a', 'b', 'a', 'c', 'b'])
    expect(rep).toEqual([0, 1, 0, 3, 1])
    const calls: number[] = []
    const out = gmap(rep, (i) => (calls.push(i), dec(i * 10)))
    expect(str(out)).toEqual(['0', '10', '0', '30', '10'])
    expect(calls).toEqual([0, 1, 3])
  })
})

describe('annualSummary', () => {
  // Periods 1–2 in 2026 (construction, then operations), 3–4 in 2027. Flows: sums per year; stocks: the
  // year's last period; DSCR: the lowest defined one in the year; coverage from the year's sums.
  const tl = { periods: [2026, 2026, 2027, 2027].map((calendarYear, i) => ({ calendarYear, index: i + 1 })) } as any
  const ser = (xs: number[]) => s(xs)
  const ops = {
    revenue: ser([0, 100, 200, 300]), contractRevenue: ser([0, 60, 100, 100]), merchantRevenue: ser([0, 40, 100, 200]), feedstockCost: ser([0, 10, 20, 30]),
    opex: ser([0, 5, 5, 5]), ebitda: ser([0, 85, 175, 265]), deltaWorkingCapital: ser([0, 1, 2, 3]), maintenanceCapex: ser([0, 0, 1, 1]), workingCapital: ser([0, 7, 8, 9]),
    processedTonnes: ser([0, 10, 20, 20]), unprocessedTonnes: ser([0, 0, 5, 3]),
    // §13 lines inside revenue and opex.
    byproductRevenue: ser([0, 6, 7, 8]), eprRevenue: ser([0, 0, 2, 3]), disposalCost: ser([0, 1, 1.5, 2])
  } as any
  const capex = { capexWithContingency: ser([500, 0, 0, 0]), grants: ser([50, 0, 0, 0]) } as any
  const tax = { tax: ser([0, 2, 3, 4]), depreciation: ser([0, 50, 50, 50]), bookValue: ser([500, 450, 400, 350]), lossesCarriedForward: ser([0, 0, 9, 0]) } as any
  const none: Metric = { ok: false, code: 'no-debt-service', reason: 'r' }
  const ok = (v: string): Metric => ({ ok: true, value: dec(v) })
  const fin = {
    dscr: [none, ok('1.5'), ok('1.4'), ok('1.6')], cfads: ser([0, 80, 170, 260]), idc: ser([3, 0, 0, 0]), fees: ser([2, 0, 0, 0]), drawdowns: ser([300, 0, 0, 0]),
    equityContributions: ser([205, 0, 0, 0]), interest: ser([0, 30, 20, 10]), debtFees: ser([0, 0, 0, 0]), principal: ser([0, 100, 100, 100]), debtService: ser([0, 130, 120, 110]),
    dsraMovement: ser([0, 0, 0, 0]), distributions: ser([0, -50, 50, 150]), projectCashFlow: ser([-500, 80, 170, 260]), equityCashFlow: ser([-205, -50, 50, 150]),
    closingBalance: ser([300, 200, 100, 0]), dsraBalance: ser([0, 0, 0, 0]),
    // The §11 waterfall's lines the annual summary sums (flows) or takes at year end (balances).
    waterfall: {
      lcFee: ser([0, 1, 1, 1]), lcInterest: ser([0, 0, 0.5, 0]), wcFacilityInterest: ser([0, 0, 1, 1]), sponsorSupport: ser([0, 50, 0, 0]),
      wcFacilityDraw: ser([0, 20, 0, 0]), wcFacilityRepay: ser([0, 0, 10, 10]), lcDraw: ser([0, 3, 0, 0]), lcRepay: ser([0, 0, 3, 0]),
      mraMovement: ser([0, 5, -2, 3]), lockupTrapped: ser([0, 0, 4, 0]), lockupRelease: ser([0, 0, 0, 4]), lockupApplied: ser([0, 0, 0, 0]),
      wcFacilityBalance: ser([0, 20, 10, 0]), mraBalance: ser([0, 5, 3, 6]), lockupBalance: ser([0, 0, 4, 0]), sweep: ser([0, 7, 0, 2.5])
    }
  } as any
  const cov = { coveredRevenueBase: ser([0, 100, 200, 300]), contractedRevenue: ser([0, 60, 100, 100]), bankableRevenue: ser([0, 30, 50, 100]) } as any
  const rows = annualSummary(tl, ops, capex, tax, fin, cov)

  it('sums the waterfall\'s flows and takes its balances at year end', () => {
    // 2026 (periods 1–2): fees 1; support 50; facility 20 + LC 3 drawn; MRA +5; nothing trapped. 2027: fees
    // 1 + 1 + 0.5 + 1 + 1 = 4.5; facility −10 − 10 and LC −3 = −23; MRA −2 + 3 = 1; lock-up 4 trapped, 4 released = 0.
    // Swept: 7 in 2026, 2.5 in 2027.
    const pick = (r: (typeof rows)[number]) => [r.waterfallFees, r.sponsorSupport, r.facilityFlow, r.mraMovement, r.lockupMovement, r.wcFacilityBalance, r.mraBalance, r.lockupBalance, r.sweep].map(Number)
    expect(rows.map(pick)).toEqual([[1, 50, 23, 5, 0, 20, 5, 0, 7], [4.5, 0, -23, 1, 0, 0, 6, 0, 2.5]])
  })
  const val = (m: Metric) => (m.ok ? m.value.toString() : m.code)
  it('one row per calendar year with its periods', () => {
    expect(rows.map((r) => [r.year, r.periods])).toEqual([[2026, [1, 2]], [2027, [3, 4]]])
  })
  it('by-product and EPR sales and the disposal of residues (§13) are summed over the year', () => {
    // 2026: 6, 0, 1; 2027: 7 + 8, 2 + 3, 1.5 + 2.
    expect(rows.map((r) => [r.byproductRevenue, r.eprRevenue, r.disposalCost].map(Number))).toEqual([[6, 0, 1], [15, 5, 3.5]])
  })
  it('tonnes processed and not processed (plant capacity, §13) are summed over the year', () => {
    expect(rows.map((r) => [r.processedTonnes.toString(), r.unprocessedTonnes.toString()])).toEqual([['10', '0'], ['40', '8']])
  })
  it('flows are summed over the year', () => {
    const pick = (r: (typeof rows)[number]) => [r.revenue, r.contractRevenue, r.merchantRevenue, r.feedstockCost, r.opex, r.ebitda, r.deltaWorkingCapital, r.maintenanceCapex, r.tax, r.cfads, r.capex, r.idc, r.fees, r.drawdowns, r.equityContributions, r.grants, r.interest, r.principal, r.debtService, r.dsraMovement, r.distributions, r.projectCashFlow, r.equityCashFlow, r.depreciation].map(String)
    expect(pick(rows[0]!)).toEqual(['100', '60', '40', '10', '5', '85', '1', '0', '2', '80', '500', '3', '2', '300', '205', '50', '30', '100', '130', '0', '-50', '-420', '-255', '50'])
    expect(pick(rows[1]!)).toEqual(['500', '200', '300', '50', '10', '440', '5', '2', '7', '430', '0', '0', '0', '0', '0', '0', '30', '200', '230', '0', '200', '430', '200', '100'])
  })
  it('stocks are the year-end values', () => {
    expect(rows.map((r) => [r.debtBalance, r.dsraBalance, r.workingCapital, r.bookValue, r.lossesCarriedForward].map(String))).toEqual([
      ['200', '0', '7', '450', '0'],
      ['0', '0', '9', '350', '0']
    ])
  })
  it('DSCR is the lowest defined in the year; coverage = Σ contracted / Σ total and Σ bankable / Σ total', () => {
    // 2026: only 1.5 defined; 2027: min(1.4, 1.6). Coverage 2026: 60/100, 30/100; 2027: 200/500 = 0.4, 150/500 = 0.3.
    expect(rows.map((r) => [val(r.minDscr), val(r.offtakeCoverage), val(r.bankableOfftakeCoverage)])).toEqual([
      ['1.5', '0.6', '0.3'],
      ['1.4', '0.4', '0.3']
    ])
  })
  it('a year without debt service or revenue reports why', () => {
    const r = annualSummary({ periods: [{ calendarYear: 2030, index: 1 }] } as any, { ...ops, revenue: ser([0]) } as any, capex, tax, { ...fin, dscr: [none] } as any, { ...cov, coveredRevenueBase: ser([0]) } as any)
    expect(r[0]!.minDscr).toEqual({ ok: false, code: 'no-debt-service', reason: 'no debt service in this year' })
    expect(r[0]!.offtakeCoverage).toEqual({ ok: false, code: 'no-revenue', reason: 'no revenue in this year' })
    expect(r[0]!.bankableOfftakeCoverage).toEqual({ ok: false, code: 'no-revenue', reason: 'no revenue in this year' })
  })
})
