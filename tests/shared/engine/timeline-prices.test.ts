import { setDebt } from '../model/tranche-fixtures'
import { describe, expect, it } from 'vitest'
import { dec } from '@shared/decimal'
import { addMonths, buildTimeline } from '@shared/engine/timeline'
import { deckPriceInYear, deckPriceSeries, fxSeries } from '@shared/engine/prices'
import type { ModelIssue, PeriodInfo } from '@shared/engine/types'
import { handProject } from './hand-project'

// Issue 21: the calendar and the price/FX lookups, with dates and prices worked out by hand.

describe('addMonths (first of month + n months, no Date objects)', () => {
  it.each([
    ['2026-01-01', 0, '2026-01-01'], ['2026-01-01', 1, '2026-02-01'], ['2026-01-01', 11, '2026-12-01'], ['2026-01-01', 12, '2027-01-01'],
    ['2026-11-01', 2, '2027-01-01'], ['2026-01-01', 13, '2027-02-01'], ['2026-01-01', -1, '2025-12-01'], ['2026-01-01', -13, '2024-12-01'],
    ['0999-12-01', 1, '1000-01-01'], ['2026-07-01', 30, '2029-01-01']
  ] as const)('%s + %i months = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected)
  })
})

describe('buildTimeline', () => {
  // Quarterly (m = 3) from 2026-07-01: 6 months construction (C = 2), 2 operating years → K = (6 + 24)/3 = 10.
  // Grace 3 months → first repayment C + 3/3 + 1 = 4; tenor 1 year → maturity 4 + 12/3 − 1 = 7.
  const p = handProject()
  p.timeline = { startDate: '2026-07-01', constructionMonths: 6, operatingYears: 2, periodMonths: 3 }
  setDebt(p, { graceMonths: 3, tenorYears: 1 })
  const tl = buildTimeline(p)
  it('counts, COD, repayment window', () => {
    expect([tl.constructionPeriods, tl.count, tl.firstRepayment, tl.maturity, tl.periodMonths]).toEqual([2, 10, 4, 7, 3])
    expect(tl.codDate).toBe('2027-01-01')
  })
  it('per period: dates, phase, operating year, escalation steps, repayment and loan-life flags', () => {
    expect(tl.periods.map((q) => [q.index, q.start, q.end, q.calendarYear, q.phase, q.operatingYear, q.escalationYears, q.isRepayment, q.isLoanLife, q.months])).toEqual([
      // operating year = floor(((k − 1)·3 − 6)/12) + 1; escalation = floor((k − 1)·3/12)
      [1, '2026-07-01', '2026-09-30', 2026, 'construction', null, 0, false, false, 3],
      [2, '2026-10-01', '2026-12-31', 2026, 'construction', null, 0, false, false, 3],
      [3, '2027-01-01', '2027-03-31', 2027, 'operations', 1, 0, false, true, 3],
      [4, '2027-04-01', '2027-06-30', 2027, 'operations', 1, 0, true, true, 3],
      [5, '2027-07-01', '2027-09-30', 2027, 'operations', 1, 1, true, true, 3],
      [6, '2027-10-01', '2027-12-31', 2027, 'operations', 1, 1, true, true, 3],
      [7, '2028-01-01', '2028-03-31', 2028, 'operations', 2, 1, true, true, 3],
      [8, '2028-04-01', '2028-06-30', 2028, 'operations', 2, 1, false, false, 3],
      [9, '2028-07-01', '2028-09-30', 2028, 'operations', 2, 2, false, false, 3],
      [10, '2028-10-01', '2028-12-31', 2028, 'operations', 2, 2, false, false, 3]
    ])
  })
  it('month ends: February in a leap year and not, January, December', () => {
    const q = handProject()
    q.timeline = { startDate: '2027-12-01', constructionMonths: 1, operatingYears: 2, periodMonths: 1 }
    setDebt(q, { graceMonths: 0, tenorYears: 1 })
    const ends = buildTimeline(q).periods.map((x) => x.end)
    expect(ends.slice(0, 4)).toEqual(['2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31'])
    expect(ends[14]).toBe('2029-02-28')
  })
})

describe('deck prices and FX by calendar year', () => {
  const periods = [2025, 2026, 2027, 2028, 2029, 2035].map((calendarYear) => ({ calendarYear })) as PeriodInfo[]
  it('escalating: base · (1 + e)^(year − base year): 100 at 10 % from 2026 → 2028: 121, 2025: 100/1.1 (hand)', () => {
    const price = { productId: 'x', mode: 'escalating', basePricePerUnit: '100', baseYear: 2026, escalation: '0.1' } as const
    expect(deckPriceInYear(price, 2026).toString()).toBe('100')
    expect(deckPriceInYear(price, 2028).toString()).toBe('121')
    expect(deckPriceInYear(price, 2025).toFixed(10)).toBe('90.9090909091')
  })
  it('table: the latest listed year not after the year, else the first point', () => {
    const price = { productId: 'x', mode: 'table' as const, points: [{ year: 2027, price: '50' }, { year: 2029, price: '70' }] }
    expect([2026, 2027, 2028, 2029, 2035].map((y) => deckPriceInYear(price, y).toString())).toEqual(['50', '50', '50', '70', '70'])
  })
  it('series per period (one lookup per calendar year), and an unpriced product: zeros with an issue', () => {
    const deck = { id: 'd', name: 'Deck', currency: 'USD', source: '', asOf: '2026-01-01', prices: [{ productId: 'x', mode: 'escalating', basePricePerUnit: '100', baseYear: 2026, escalation: '0.1' }] } as never
    const issues: ModelIssue[] = []
    expect(deckPriceSeries(deck, 'x', periods, issues).map((v) => v.toFixed(4))).toEqual(['90.9091', '100.0000', '110.0000', '121.0000', '133.1000', '235.7948'])
    expect(issues).toEqual([])
    expect(deckPriceSeries(deck, 'y', periods, issues).map(String)).toEqual(['0', '0', '0', '0', '0', '0'])
    expect(issues).toEqual([{ code: 'unpriced-product', path: 'prices.decks.d', message: 'deck "Deck" has no price for product "y"; price 0 used' }])
  })
  it('FX: USD is 1; INR from the table (latest year not after, else the first) × the multiplier; missing table → 1 with an issue', () => {
    const p = handProject()
    p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '85' }, { year: 2028, perUsd: '90' }] }] }
    const issues: ModelIssue[] = []
    expect(fxSeries(p, 'USD', periods, dec(2), issues).map(String)).toEqual(['1', '1', '1', '1', '1', '1'])
    // 2025 → first point 85; 2026–2027 → 85; 2028 onwards → 90; × 1.1 → 93.5 and 99.
    expect(fxSeries(p, 'INR', periods, dec('1.1'), issues).map(String)).toEqual(['93.5', '93.5', '93.5', '99', '99', '99'])
    expect(issues).toEqual([])
    expect(fxSeries(p, 'JPY', periods, dec(1), issues).map(String)).toEqual(['1', '1', '1', '1', '1', '1'])
    expect(issues).toEqual([{ code: 'missing-fx', path: 'fx.rates', message: 'no USD/JPY rate; 1 used' }])
  })
  it('FX depreciation (file version 3): after the last listed year the rate grows by (1 + d) a year; the table stands before it', () => {
    const p = handProject()
    p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '85' }, { year: 2028, perUsd: '90' }], annualDepreciation: '0.05' }] }
    // 2025–2027 from the table (85); 2028 = 90 (the last listed year); 2029 = 90 × 1.05 = 94.5; 2035 = 90 × 1.05^7 = 126.6390…
    expect(fxSeries(p, 'INR', periods, dec(1), []).map((v) => v.toFixed(4))).toEqual(['85.0000', '85.0000', '85.0000', '90.0000', '94.5000', '126.6390'])
  })
})
