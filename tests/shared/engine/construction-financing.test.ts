import { describe, expect, it } from 'vitest'
import { dec, Decimal } from '@shared/decimal'
import { constructionDebt, fundConstruction } from '@shared/engine/construction'
import { buildFinancing } from '@shared/engine/financing-result'

/* eslint-disable @typescript-eslint/no-explicit-any */
// Issue 21: construction funding and the financing block on minimal stand-ins, every figure by hand
// (exact fractions in Python for the funding: draw = g·A/(1 − g·f), fee = f·draw, IDC = balance·i).
const s = (xs: number[]) => xs.map((x) => dec(x))
const f10 = (xs: readonly Decimal[]) => xs.map((x) => x.toFixed(10))

describe('fundConstruction and constructionDebt', () => {
  // C = 2 of K = 4; capex 1,000 and 500, contingency 100 and 50; a 200 grant in period 1; i = 10 %, fee 2 %, g = 50 %.
  const prep = (grants = [200, 0, 0, 0]) => ({ tl: { count: 4, constructionPeriods: 2 }, capex: s([1000, 500, 0, 0]), contingency: s([100, 50, 0, 0]), grantsPlanned: s(grants), land: s([0, 0, 0, 0]) }) as any
  it('gearing: period 1 A = 1,100 − 200 → draw 450/0.99; period 2 IDC 45.45 → draw 0.5·595.45/0.99; equity the rest', () => {
    const r = fundConstruction(prep(), dec('0.1'), dec('0.02'), { kind: 'gearing', gearing: dec('0.5') })
    expect(f10(r.capexWithContingency)).toEqual(f10(s([1100, 550, 0, 0])))
    expect(f10(r.idc)).toEqual(['0.0000000000', '45.4545454545', '0.0000000000', '0.0000000000'])
    expect(f10(r.grants)).toEqual(f10(s([200, 0, 0, 0])))
    expect(f10(r.drawdowns)).toEqual(['454.5454545455', '300.7346189164', '0.0000000000', '0.0000000000'])
    expect(f10(r.fees)).toEqual(['9.0909090909', '6.0146923783', '0.0000000000', '0.0000000000'])
    expect(f10(r.uses)).toEqual(['1109.0909090909', '601.4692378329', '0.0000000000', '0.0000000000'])
    expect(f10(r.equity)).toEqual(['454.5454545455', '300.7346189164', '0.0000000000', '0.0000000000'])
    expect(r.debt.toFixed(10)).toBe('755.2800734619')
    expect(r.depreciableBase.toFixed(10)).toBe('1710.5601469238')
    expect(r.unusedGrants.toString()).toBe('0')
    // The closed form without the series: same debt.
    expect(constructionDebt(prep(), dec('0.1'), dec('0.02'), dec('0.5')).toFixed(10)).toBe('755.2800734619')
  })
  it('a grant above the period’s uses is capped there; the excess is reported unused and funds nothing', () => {
    // Period 1: uses 1,100, grant 2,000 → grant 1,100, unused 900, A = 0 → no draw, no equity.
    const r = fundConstruction(prep([2000, 0, 0, 0]), dec('0.1'), dec('0.02'), { kind: 'gearing', gearing: dec('0.5') })
    expect(r.grants[0]!.toString()).toBe('1100')
    expect(r.unusedGrants.toString()).toBe('900')
    expect(r.drawdowns[0]!.toString()).toBe('0')
    expect(r.equity[0]!.toString()).toBe('0')
    // Period 2 (no IDC, nothing drawn before): 0.5·550/0.99 = 277.7777777778
    expect(r.drawdowns[1]!.toFixed(10)).toBe('277.7777777778')
    expect(constructionDebt(prep([2000, 0, 0, 0]), dec('0.1'), dec('0.02'), dec('0.5')).toFixed(10)).toBe('277.7777777778')
  })
  it('held drawdowns: equity takes the rest (negative = surplus); a missing entry draws nothing', () => {
    // Period 1: uses 1,100 + 2 % × 1,000 = 1,120, grant 200, draw 1,000 → equity −80. Period 2: IDC 100,
    // uses 650 (no draw, so no fee), equity 650.
    const r = fundConstruction(prep(), dec('0.1'), dec('0.02'), { kind: 'fixed', drawdowns: s([1000]) })
    expect(r.drawdowns.map(String)).toEqual(['1000', '0', '0', '0'])
    expect(r.equity.map(String)).toEqual(['-80', '650', '0', '0'])
    expect(r.debt.toString()).toBe('1000')
  })
})

describe('buildFinancing: DSRA, distributions, cash flows, DSCR reasons, totals', () => {
  // K = 4, C = 1, annual; debt service 0, 120, 100, 80; CFADS 0, 200, 150, 90; DSRA 6 months.
  const make = (o: { months?: number; enabled?: boolean; m?: number; ds?: number[]; debt?: number; currency?: string; C?: number } = {}) => {
    const m = o.m ?? 12
    const prep = {
      tl: { count: 4, constructionPeriods: o.C ?? 1, periodMonths: m, firstRepayment: 2, maturity: 4 },
      project: { reportingCurrency: o.currency ?? 'USD', financing: { dsra: { enabled: o.enabled ?? true, months: o.months ?? 6 } } }
    } as any
    const plan = {
      sizingMode: 'gearing', capBinding: false, sculptedCapacity: null, sculptingDscr: null, iterations: 1, periodicRate: dec('0.1'),
      funding: {
        equity: s([400, 0, 0, 0]), capexWithContingency: s([1000, 0, 0, 0]), uses: s([1000, 0, 0, 0]), idc: s([0, 0, 0, 0]), fees: s([5, 0, 0, 0]),
        drawdowns: s([600, 0, 0, 0]), grants: s([100, 0, 0, 0]), debt: dec(o.debt ?? 600)
      },
      schedule: { cfads: s([0, 200, 150, 90]), debtService: s(o.ds ?? [0, 120, 100, 80]), openingBalance: s([0, 0, 0, 0]), closingBalance: s([0, 0, 0, 0]), interest: s([0, 0, 0, 0]), principal: s([0, 0, 0, 0]) }
    } as any
    return buildFinancing(prep, plan, s([0, 0, 0, 0]))
  }
  it('DSRA target = next 6 months of debt service: 60, 50, 40, 0; funded by equity at COD, released as it falls', () => {
    const r = make()
    expect(r.dsraTarget.map(String)).toEqual(['60', '50', '40', '0'])
    expect(r.dsraInitialFunding.map(String)).toEqual(['60', '0', '0', '0'])
    expect(r.dsraBalance.map(String)).toEqual(['60', '50', '40', '0'])
    expect(r.dsraMovement.map(String)).toEqual(['0', '-10', '-10', '-40'])
    // Distributions = CFADS − DS − movement: 200 − 120 + 10 = 90; 150 − 100 + 10 = 60; 90 − 80 + 40 = 50.
    expect(r.distributions.map(String)).toEqual(['0', '90', '60', '50'])
    expect(r.equityContributions.map(String)).toEqual(['460', '0', '0', '0'])
    expect(r.equityCashFlow.map(String)).toEqual(['-460', '90', '60', '50'])
    expect(r.projectCashFlow.map(String)).toEqual(['-1000', '200', '150', '90'])
  })
  it('two construction periods: the DSRA is funded in the last one only (period 2), nothing before', () => {
    // C = 2: targets from DS 0, 0, 100, 80 → 0, 50, 40, 0; period 1 holds nothing, period 2 funds 50.
    const r = make({ C: 2, ds: [0, 0, 100, 80] })
    expect(r.dsraTarget.map(String)).toEqual(['0', '50', '40', '0'])
    expect(r.dsraInitialFunding.map(String)).toEqual(['0', '50', '0', '0'])
    expect(r.dsraBalance.map(String)).toEqual(['0', '50', '40', '0'])
    expect(r.dsraMovement.map(String)).toEqual(['0', '0', '-10', '-40'])
  })
  it('pro rata for part periods: quarterly, 4 months → next DS + 1/3 of the one after', () => {
    // m = 3, 4 months: target_i = DS_{i+1}·3/3 + DS_{i+2}·1/3 → 120 + 100/3, 100 + 80/3, 80, 0.
    const r = make({ m: 3, months: 4 })
    expect(r.dsraTarget.map((x) => x.toFixed(6))).toEqual(['153.333333', '126.666667', '80.000000', '0.000000'])
  })
  it('no DSRA when disabled or 0 months', () => {
    for (const r of [make({ enabled: false }), make({ months: 0 })]) {
      expect(r.dsraBalance.map(String)).toEqual(['0', '0', '0', '0'])
      expect(r.distributions.map(String)).toEqual(['0', '80', '50', '10'])
    }
  })
  it('DSCR per period, and why it is missing: construction, no service, service below one cent', () => {
    const r = make({ ds: [0, 120, 0, 0.004] })
    const reasons = r.dscr.map((d) => (d.ok ? d.value.toFixed(6) : d.reason))
    expect(reasons).toEqual(['construction period', '1.666667', 'no debt service in this period', 'debt service below one minor unit'])
    expect(r.dscr.filter((d) => !d.ok).map((d) => (d.ok ? '' : d.code))).toEqual(['no-debt-service', 'no-debt-service', 'no-debt-service'])
    // JPY's minor unit is 1: a service of 0.5 yen has no DSCR either.
    expect(make({ ds: [0, 0.5, 100, 80], currency: 'JPY' }).dscr[1]!.ok).toBe(false)
  })
  it('totals and gearing = debt / (uses − grants) = 600/900; no debt → no repayment window and zero gearing', () => {
    const r = make()
    expect([r.totalUses, r.totalIdc, r.totalFees, r.totalDebt, r.totalEquity].map(String)).toEqual(['1000', '0', '5', '600', '460'])
    expect(r.gearing.toFixed(12)).toBe('0.666666666667')
    expect([r.firstRepaymentPeriod, r.maturityPeriod]).toEqual([2, 4])
    const none = make({ debt: 0 })
    expect([none.firstRepaymentPeriod, none.maturityPeriod]).toEqual([null, null])
    expect(none.gearing.toString()).toBe('0')
  })
})
