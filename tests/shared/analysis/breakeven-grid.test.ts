import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { computeAllPricesBreakeven, computeBreakevens, runModel } from '@shared/engine'
import { BREAKEVEN_TARGETS, computeBreakevenGrid } from '@shared/analysis'
import { valid } from './fixtures'
import { handProject } from '../engine/hand-project'

// Issue 21: the grid's branches on the hand case, every figure re-checked through runModel or counted by
// hand. Everything runs inside `it` (a crash in a describe body stops the whole file loading, which the
// mutation runner counts as no tests rather than a failure).

describe('breakeven grid on the hand case (issue 21: each branch re-checked through runModel)', () => {
  const p = valid(handProject()) // validation only: no engine work in the describe body
  const dscrAt = (q: typeof p, x: Decimal, opts: Parameters<typeof runModel>[1]) => {
    const m = runModel(q, { ...opts, priceMultipliers: { all: x } }).metrics.minDscr
    if (!m.ok) throw new Error(m.reason)
    return m.value.toNumber()
  }
  it('progress: 2 rows (all prices, nickel) × 3 targets = 6 steps, counted 1…6; covenant = lender.minDscr 1.3', () => {
    const calls: [number, number][] = []
    const g = computeBreakevenGrid(p, undefined, (done, total) => calls.push([done, total]))
    expect(calls).toEqual([1, 2, 3, 4, 5, 6].map((d) => [d, 6]))
    expect(g.covenantDscr).toBe('1.3')
    expect(g.rows.map((r) => r.name)).toEqual(['All prices', 'Nickel metal'])
    expect(g.rows.map((r) => Object.keys(r.cells))).toEqual([['minDscr1', 'covenant', 'npv0'], ['minDscr1', 'covenant', 'npv0']])
    // One product: its row is the all-prices row (same multiplier, same implied price).
    expect(g.rows[1]!.cells.covenant.impliedPrices).toEqual(g.rows[0]!.cells.covenant.impliedPrices)
    // The engine view solves two of the grid's three targets on the same row caches: fewer evaluations.
    expect(computeBreakevens(p).evaluations).toBeLessThan(g.evaluations)
    // More than the two base probes; each distinct multiplier is evaluated once per row (cache).
    expect(g.evaluations).toBeGreaterThan(2)
    const base = runModel(p)
    const c = g.rows[0]!.cells.covenant.multiplier
    if (!c.ok) throw new Error(c.reason)
    expect(Math.abs(dscrAt(p, new Decimal(c.value), { fixedDebt: base.debt }) - 1.3)).toBeLessThan(1e-6)
    // Implied 2027 nickel price = deck 10,000 × multiplier (flat deck).
    expect(Number(g.rows[0]!.cells.covenant.impliedPrices[0]!.price)).toBeCloseTo(10000 * Number(c.value), 6)
    expect(g.rows[0]!.cells.covenant.impliedPrices[0]).toMatchObject({ productId: 'ni', year: 2027, currency: 'USD', unit: 't' })
  })
  it('implied price is the FIRST operating year’s deck price: 10,000 escalating 5 % from 2026 → 10,500 in 2027', () => {
    const q = handProject()
    q.prices.decks[0]!.prices = [{ productId: 'ni', mode: 'escalating', basePricePerUnit: '10000', baseYear: 2026, escalation: '0.05' }]
    const cell = computeBreakevenGrid(valid(q)).rows[0]!.cells.minDscr1
    if (!cell.multiplier.ok) throw new Error(cell.multiplier.reason)
    expect(cell.impliedPrices).toHaveLength(1)
    expect(Number(cell.impliedPrices[0]!.price)).toBeCloseTo(10500 * Number(cell.multiplier.value), 6)
  })
  it('implied prices list the row’s products: all prices → nickel and cobalt, the nickel row → nickel only', () => {
    const q = handProject()
    q.products.push({ id: 'co', metal: 'Co', name: 'Cobalt', factor: '1', merchantPayable: '1' })
    q.prices.decks[0]!.prices.push({ productId: 'co', mode: 'escalating', basePricePerUnit: '1', baseYear: 2026, escalation: '0' })
    const g = computeBreakevenGrid(valid(q))
    expect(g.rows.map((r) => r.cells.minDscr1.impliedPrices.map((x) => x.productId))).toEqual([['ni', 'co'], ['ni'], []])
  })
  it('every target met at zero prices (gate fee 2,000/t): one probe per row at x = 0, shared by its targets → 1 + 2 = 3', () => {
    // Evaluations start at 1 (the base run, whose NPV scales the NPV tolerance: no separate base probe); each row
    // then probes x = 0 once and every target stops there. Reasons name the target and, for a product row, the product.
    const q = handProject()
    q.feedstock[0]!.purchase = { basis: 'fixed', pricePerQuantity: '-2000', logisticsPerTonne: '0', escalation: '0' }
    const g = computeBreakevenGrid(valid(q))
    expect(g.evaluations).toBe(3)
    expect(computeBreakevens(valid(q)).evaluations).toBe(3)
    const reasons = g.rows.map((r) => BREAKEVEN_TARGETS.map((t) => {
      const m = r.cells[t].multiplier
      expect(r.cells[t].impliedPrices).toEqual([])
      return m.ok ? '' : m.reason
    }))
    const held = ' holds even with these prices at zero'
    expect(reasons).toEqual([
      [`minimum DSCR ≥ 1.00x${held}`, `minimum DSCR ≥ covenant 1.30x${held}`, `NPV ≥ 0${held}`],
      [`minimum DSCR ≥ 1.00x (Nickel metal price only)${held}`, `minimum DSCR ≥ covenant 1.30x (Nickel metal price only)${held}`, `NPV ≥ 0 (Nickel metal price only)${held}`]
    ])
  })
  it('the base NPV probe is spent only when no run at the held debt is at hand: a case that holds the base debt, or a caller that gives the debt alone', () => {
    // The gate-fee case again (each row confirms x = 0 once). A scenario that holds the base debt sizes it on the
    // project without the scenario, so the case's own NPV needs a probe: 1 + 1 + 2 rows. `computeAllPricesBreakeven`
    // with the debt alone: 1 + 1 + 1 row; with the run too: 1 + 1 row; DSCR only (no NPV tolerance): 1 + 1 row.
    const q = handProject()
    q.feedstock[0]!.purchase = { basis: 'fixed', pricePerQuantity: '-2000', logisticsPerTonne: '0', escalation: '0' }
    const project = valid(q)
    expect(computeBreakevens(project, { scenario: { id: 'v', name: 'Volume −10 %', volumeMultiplier: '0.9' } }).evaluations).toBe(4)
    expect(computeBreakevens(project, { scenario: { id: 'v', name: 'Volume −10 %', volumeMultiplier: '0.9', resizeDebt: true } }).evaluations).toBe(3)
    const run = runModel(project)
    expect(computeAllPricesBreakeven(project, 'npv0', { baseDebt: run.debt }).evaluations).toBe(3)
    expect(computeAllPricesBreakeven(project, 'npv0', { baseDebt: run.debt, baseRun: run }).evaluations).toBe(2)
    expect(computeAllPricesBreakeven(project, 'minDscr1', { baseDebt: run.debt }).evaluations).toBe(2)
  })
  it('a scenario without resizeDebt holds the BASE debt; with resizeDebt the scenario’s own debt', () => {
    const held = { id: 'capex', name: 'Capex +20 %', capexMultiplier: '1.2' }
    const resized = { ...held, resizeDebt: true }
    const base = runModel(p)
    const scenarioDebt = runModel(p, { scenario: resized })
    // 60 % × 1.2 m = 720,000 against the base 600,000: the two breakevens differ.
    expect(scenarioDebt.metrics.debtAtCod.toString()).toBe('720000')
    const xHeld = computeBreakevens(p, { scenario: held }).allPrices.minDscr1
    const xResized = computeBreakevens(p, { scenario: resized }).allPrices.minDscr1
    if (!xHeld.ok || !xResized.ok) throw new Error('expected both reachable')
    expect(Math.abs(dscrAt(p, xHeld.value, { scenario: held, fixedDebt: base.debt }) - 1)).toBeLessThan(1e-6)
    expect(Math.abs(dscrAt(p, xResized.value, { scenario: resized, fixedDebt: scenarioDebt.debt }) - 1)).toBeLessThan(1e-6)
    expect(xResized.value.gt(xHeld.value)).toBe(true)
  })
})
