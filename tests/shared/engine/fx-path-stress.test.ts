/**
 * The scenario's FX path stress `fxDepreciationPerYear` (methodology §3 and §10): every non-USD rate in
 * calendar year c is the table's × fxMultiplier × (1 + d)^(c − c₀), c₀ = the calendar year of the first
 * period (financial close). Figures by hand.
 */
import { describe, expect, it } from 'vitest'
import { Decimal, dec } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { fxPathFactor, fxSeries } from '@shared/engine/prices'
import type { ModelIssue, PeriodInfo } from '@shared/engine/types'
import { handProject } from './hand-project'
import { scenarioSchema } from '@shared/model/scenarios'
import { twoTranches } from './two-tranche-project'

// Periods starting in 2025 (financial close, c₀), 2026, 2027, 2028, 2029 and 2035.
const periods = [2025, 2026, 2027, 2028, 2029, 2035].map((calendarYear) => ({ calendarYear }) as PeriodInfo)
const col = (s: readonly Decimal[]) => s.map((x) => x.toNumber())

describe('fxSeries with a path stress', () => {
  const p = handProject()
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '85' }, { year: 2028, perUsd: '90' }] }] }

  it('compounds (1 + d) a calendar year from the first period, on top of the table and the multiplier', () => {
    // 85 · 1.1 = 93.5 in 2025 (factor 1); 2026: 93.5 · 1.04 = 97.24; 2027: 93.5 · 1.04² = 101.1296;
    // 2028: 90 · 1.1 · 1.04³ = 111.361536; 2029: 99 · 1.04⁴ = 115.81599744; 2035: 99 · 1.04¹⁰.
    expect(fxSeries(p, 'INR', periods, dec('1.1'), [], dec('0.04')).map(String)).toEqual([
      '93.5', '97.24', '101.1296', '111.361536', '115.81599744', '146.54418420691604865024'
    ])
  })
  it('a negative d strengthens the currency (−50 %/yr halves it each year); USD stays 1', () => {
    expect(fxSeries(p, 'INR', periods, dec(1), [], dec('-0.5')).map(String)).toEqual(['85', '42.5', '21.25', '11.25', '5.625', '0.087890625'])
    expect(fxSeries(p, 'USD', periods, dec(1), [], dec('0.3')).map(String)).toEqual(['1', '1', '1', '1', '1', '1'])
  })
  it('d = 0 is the table path itself (no stress, the same digits as without the argument)', () => {
    expect(fxSeries(p, 'INR', periods, dec('1.1'), [], dec(0)).map(String)).toEqual(fxSeries(p, 'INR', periods, dec('1.1'), []).map(String))
  })
  it('stacks on the table\'s own depreciation after its last year (both compound)', () => {
    const q = handProject()
    q.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '85' }, { year: 2028, perUsd: '90' }], annualDepreciation: '0.05' }] }
    // 2029: 90 · 1.05 (table beyond 2028) · 1.04⁴ (stress from 2025) = 110.55163392.
    expect(fxSeries(q, 'INR', periods, dec(1), [], dec('0.04'))[4]!.toString()).toBe('110.55163392')
  })
  it('fxPathFactor: 1 in the close year, (1 + d)^n n years later', () => {
    expect(fxPathFactor(dec('0.04'), 2027, 2027).toString()).toBe('1')
    expect(fxPathFactor(dec('0.04'), 2029, 2027).toString()).toBe('1.0816')
    expect(fxPathFactor(dec('0.1'), 2028, 2027).toString()).toBe('1.1')
  })
  it('a missing table still reports the missing rate (1 used, not stressed)', () => {
    const issues: ModelIssue[] = []
    expect(fxSeries(p, 'JPY', periods, dec(1), issues, dec('0.1')).map(String)).toEqual(['1', '1', '1', '1', '1', '1'])
    expect(issues.map((i) => i.code)).toEqual(['missing-fx'])
  })
})

describe('a scenario\'s FX path moves unhedged foreign debt service (debt held in its currency)', () => {
  // Financial close 2026 (INR 80, factor 1); d = 25 %: 2027 = 80 · 1.25 = 100, 2028 = 100 · 1.25² = 156.25,
  // 2029 = 100 · 1.25³ = 195.3125. The INR tranche keeps its INR schedule (1.92 m + 12 m, 0.96 m + 12 m).
  const scenario = { id: 's', name: 'INR −25 %/yr', fxDepreciationPerYear: '0.25' }

  it('unhedged: 2027 (1,920,000 + 12,000,000) / 100 = 139,200; 2028 (960,000 + 12,000,000) / 156.25 = 82,944', () => {
    const r = runModel(twoTranches(false), { scenario })
    const b = r.financing.tranches[1]!
    expect(col(b.interestInCurrency)).toEqual([0, 1920000, 960000, 0])
    expect(col(b.principalInCurrency)).toEqual([0, 12000000, 12000000, 0])
    expect(col(b.interest)).toEqual([0, 19200, 6144, 0])
    expect(col(b.principal)).toEqual([0, 120000, 76800, 0])
    // USD tranche as in the base: 130,000 / 120,000 / 110,000.
    expect(col(r.financing.debtService)).toEqual([0, 269200, 202944, 110000])
    // The drawdown at close is unchanged (factor 1 in 2026): USD 600,000.
    expect(r.metrics.debtAtCod.toNumber()).toBe(600000)
  })
  it('hedged: the service stays at the financial-close FX (80) + 2 % on the balance, as in the base case', () => {
    const base = runModel(twoTranches(true))
    const r = runModel(twoTranches(true), { scenario })
    expect(col(r.financing.debtService)).toEqual(col(base.financing.debtService))
    // 2027: 24,000 + 150,000 + 6,000 (2 % × 300,000) + USD tranche 130,000.
    expect(col(r.financing.debtService)).toEqual([0, 310000, 285000, 110000])
  })
})

describe('scenario FX fields: bounds', () => {
  it('fxDepreciationPerYear −50 % to +100 %; an FX multiplier above 0 (0 would divide by zero: the NPV came out NaN)', () => {
    const s = (extra: object) => scenarioSchema.safeParse({ id: 's', name: 'S', ...extra }).success
    expect([s({ fxDepreciationPerYear: '-0.5' }), s({ fxDepreciationPerYear: '1' }), s({ fxDepreciationPerYear: '-0.51' }), s({ fxDepreciationPerYear: '1.01' })]).toEqual([true, true, false, false])
    expect([s({ fxMultiplier: '0' }), s({ fxMultiplier: '0.001' }), s({ fxMultiplier: '100' }), s({ fxMultiplier: '100.1' })]).toEqual([false, true, true, false])
  })

  it('a currency’s own FX multiplier: INR or JPY (USD is the unit and never moves), each at most once, above 0 and at most 100', () => {
    const s = (fxMultipliers: object[]) => scenarioSchema.safeParse({ id: 's', name: 'S', fxMultipliers }).success
    const m = (currency: string, multiplier: string) => ({ currency, multiplier })
    expect([s([m('INR', '0.9')]), s([m('INR', '0.9'), m('JPY', '1.1')]), s([]), s([m('USD', '1.1')]), s([m('INR', '0.9'), m('INR', '1.1')])]).toEqual([true, true, true, false, false])
    expect([s([m('JPY', '0')]), s([m('JPY', '0.001')]), s([m('JPY', '100')]), s([m('JPY', '100.1')]), s([m('EUR', '1')])]).toEqual([false, true, true, false, false])
    expect(scenarioSchema.safeParse({ id: 's', name: 'S', fxMultipliers: [m('INR', '1'), m('INR', '1')] }).error?.issues[0]?.message).toBe('a currency is listed twice')
  })
})
