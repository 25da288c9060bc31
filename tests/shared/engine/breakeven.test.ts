import { describe, expect, it } from 'vitest'
import { computeBreakevens, runModel, type Metric } from '@shared/engine'
import { handProject } from './hand-project'

const value = (m: Metric) => {
  if (!m.ok) throw new Error(m.reason)
  return m.value
}

describe('breakevens (debt held at the base case)', () => {
  const p = handProject()
  const base = runModel(p)
  const b = computeBreakevens(p)
  it('all prices: at the multiplier, minimum DSCR is 1.00x and NPV is 0 (re-run through runModel with the base debt)', () => {
    const x = value(b.allPrices.minDscr1)
    expect(x.toNumber()).toBeGreaterThan(0)
    expect(x.toNumber()).toBeLessThan(1)
    const at = runModel(p, { priceMultipliers: { all: x }, fixedDebt: base.debt })
    expect(value(at.metrics.minDscr).toNumber()).toBeCloseTo(1, 5)
    // 1e-6 either side brackets the root: below → DSCR < 1, above → DSCR > 1.
    expect(value(runModel(p, { priceMultipliers: { all: x.minus('0.000002') }, fixedDebt: base.debt }).metrics.minDscr).lt(1)).toBe(true)
    expect(value(runModel(p, { priceMultipliers: { all: x.plus('0.000002') }, fixedDebt: base.debt }).metrics.minDscr).gt(1)).toBe(true)
    const n = value(b.allPrices.npv0)
    const atNpv = runModel(p, { priceMultipliers: { all: n }, fixedDebt: base.debt })
    expect(Math.abs(atNpv.metrics.npv.toNumber())).toBeLessThan(5) // NPV moves ~4.5 m per unit of multiplier: 1e-6 → ~5
  })
  it('with a cash sweep: the breakeven runs the sweep too, so runModel at it reads 1.00x', () => {
    // Prices falling 30 % a year against a level annuity: the lowest DSCR is the last year's, whose debt
    // service the earlier sweeps cut — a breakeven that ignored the sweep would land elsewhere.
    const q = structuredClone(p)
    q.prices.decks[0]!.prices = [{ productId: 'ni', mode: 'escalating', basePricePerUnit: '10000', baseYear: 2026, escalation: '-0.3' }]
    q.financing.waterfall = { sweep: { share: '0.5', trigger: null, allocation: 'pro-rata' } }
    const swept = runModel(q)
    const x = value(computeBreakevens(q).allPrices.minDscr1)
    const at = runModel(q, { priceMultipliers: { all: x }, fixedDebt: swept.debt })
    expect(value(at.metrics.minDscr).toNumber()).toBeCloseTo(1, 5)
    expect(at.metrics.totalSwept.ok).toBe(true)
  })
  it('the debt is held: principal schedule identical at the breakeven', () => {
    const at = runModel(p, { priceMultipliers: { all: value(b.allPrices.minDscr1) }, fixedDebt: base.debt })
    expect(at.financing.principal.map(String)).toEqual(base.financing.principal.map(String))
  })
  it('per product equals all prices when there is one product', () => {
    expect(value(b.byProduct[0]!.minDscr1).minus(value(b.allPrices.minDscr1)).abs().toNumber()).toBeLessThan(1e-6)
  })
  it('not reachable when the target holds at zero prices (gate fee larger than all costs), with a reason', () => {
    const q = handProject()
    q.feedstock[0]!.purchase = { basis: 'fixed', pricePerQuantity: '-2000', logisticsPerTonne: '0', escalation: '0' }
    const r = computeBreakevens(q)
    expect(r.allPrices.minDscr1).toMatchObject({ ok: false, code: 'not-reachable' })
    expect(r.allPrices.npv0.ok).toBe(false)
  })
  it('no debt: the DSCR breakeven reports no-debt; the NPV one still exists', () => {
    const q = handProject()
    q.financing.gearing = '0'
    const r = computeBreakevens(q)
    expect(r.allPrices.minDscr1).toMatchObject({ ok: false, code: 'no-debt' })
    expect(r.allPrices.npv0.ok).toBe(true)
  })
})
