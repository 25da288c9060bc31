/**
 * The tornado's FX driver moves debt service (issue 14). The two-tranche hand case
 * (tests/shared/engine/two-tranche-project.ts): revenue, costs and the USD tranche are in USD, so FX
 * moves nothing but the INR tranche's translated service and the tax shield on its interest. Base
 * case: close 2026 at INR 80, 2027 at 80, 2028 at 100; INR tranche INR 24 m, 8 %, 12 m a year in
 * 2027–2028; USD tranche 300,000, 10 %, 100,000 a year; tax 25 %; 2027 CFADS 485,483.33 with interest
 * 54,000 (30,000 + 1.92 m / 80) and debt service 304,000.
 */
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { applyDriver, computeTornado, driversFor } from '@shared/analysis'
import { twoTranches } from '../engine/two-tranche-project'

const value = (m: { ok: boolean; value?: string }) => (m.ok ? Number(m.value) : NaN)


describe('tornado FX bar with an unhedged INR tranche in a USD project', () => {
  const project = twoTranches(false)
  // Computed in each test, neither in the describe body nor cached across tests, so each test covers what it checks (docs/mutation-testing.md).
  const tornado = () => computeTornado(project, { step: '0.1' })
  const row = (id: string) => tornado().rows.find((r) => r.driverId === id)!

  it('FX −10 % (INR 72, then 90): 2027 service 130,000 + 13.92 m / 72; CFADS up by 25 % of the extra interest', () => {
    // Interest 30,000 + 1.92 m / 72 = 56,666.67 (+2,666.67 on the base): CFADS 485,483.33 + 666.67 = 486,150.
    // Debt service 130,000 + 193,333.33 = 323,333.33; DSCR 486,150 / 323,333.33 = 1.5035567 (2028 is higher).
    const cfads = 485483.3333333333 + 0.25 * (1920000 / 72 - 24000)
    expect(value(row('fx').low.minDscr)).toBeCloseTo(cfads / (130000 + 13920000 / 72), 10)
    expect(value(row('fx').low.minDscr)).toBeCloseTo(1.503556701, 9)
  })
  it('FX +10 % (INR 88, then 110): a weaker INR makes the INR tranche cheaper in USD', () => {
    // Interest 30,000 + 21,818.18; CFADS 485,483.33 − 545.45 = 484,937.88; service 130,000 + 158,181.82.
    const cfads = 485483.3333333333 + 0.25 * (1920000 / 88 - 24000)
    expect(value(row('fx').high.minDscr)).toBeCloseTo(cfads / (130000 + 13920000 / 88), 10)
  })
  it('the FX bar is not "All prices": prices move CFADS only, FX moves the service', () => {
    expect(row('fx').low.minDscr).not.toEqual(row('price:all').low.minDscr)
    expect(value(row('price:all').low.minDscr)).toBeLessThan(value(tornado().base.minDscr))
    // FX down raises the USD cost of the INR service: min DSCR falls; with prices down it falls too, by another amount.
    expect(value(row('fx').low.minDscr)).toBeLessThan(value(tornado().base.minDscr))
    expect(value(row('fx').high.minDscr)).toBeGreaterThan(value(tornado().base.minDscr))
  })
  it('the FX driver is offered because a tranche is in INR, though every other amount is in USD', () => {
    expect(driversFor(project).some((d) => d.kind === 'fx')).toBe(true)
  })
})

describe('tornado FX bar with the INR tranche hedged: the service does not move', () => {
  const project = twoTranches(true)
  const baseRun = () => runModel(project)

  it('at FX ±10 % (and ±50 %) the debt service in USD is the base case\'s, to the last digit', () => {
    const fx = driversFor(project).find((d) => d.kind === 'fx')!
    for (const f of ['0.5', '0.9', '1.1', '1.5']) {
      const c = applyDriver(project, undefined, fx, new Decimal(f))
      const r = runModel(c.project, { ...c.options, fixedDebt: baseRun().debt })
      expect(r.financing.debtService.map(String)).toEqual(baseRun().financing.debtService.map(String))
      expect(r.financing.tranches[1]!.drawdowns.map(String)).toEqual(baseRun().financing.tranches[1]!.drawdowns.map(String))
    }
  })
  it('so the FX bar has no swing at all (nothing else in this project is in INR)', () => {
    const t = computeTornado(project, { step: '0.1' })
    const fx = t.rows.find((r) => r.driverId === 'fx')!
    expect(fx.swing.minDscr).toBe('0')
    expect(fx.swing.npv).toBe('0')
    expect(fx.low.minDscr).toEqual(t.base.minDscr)
  })
  it('the held swap rate is the base case\'s close FX: INR 80 per USD', () => {
    expect(baseRun().debt.tranches![1]!.swapPerReporting!.toString()).toBe('80')
    expect(baseRun().debt.tranches![0]!.swapPerReporting).toBeUndefined()
  })
  it('a re-sized case strikes the swap at its own close FX: the USD debt is the same, the INR amount is not', () => {
    const r = runModel(project, { scenario: { id: 's', name: 'S', fxMultiplier: '1.25', resizeDebt: true } })
    expect(r.debt.tranches![1]!.swapPerReporting!.toString()).toBe('100')
    expect(r.financing.tranches[1]!.debtAtCodInCurrency.toString()).toBe('30000000')
    expect(r.financing.debtService.map(String)).toEqual(baseRun().financing.debtService.map(String))
  })
})
