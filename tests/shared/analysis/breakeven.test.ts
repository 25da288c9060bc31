import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { computeBreakevens, runModel, type PriceMultipliers } from '@shared/engine'
import { BREAKEVEN_TARGETS, computeBreakevenGrid } from '@shared/analysis'
import { richProject, valid } from './fixtures'
import { handProject } from '../engine/hand-project'

describe('breakeven grid', () => {
  const project = richProject()
  const grid = computeBreakevenGrid(project)
  const base = runModel(project)
  const at = (m: PriceMultipliers) => runModel(project, { priceMultipliers: m, fixedDebt: base.debt }).metrics

  it('at each found multiplier the engine gives min DSCR = 1.00x and = covenant (± 1e-6), NPV = 0', () => {
    for (const row of grid.rows) {
      const mult = (x: string): PriceMultipliers => (row.productId === null ? { all: new Decimal(x) } : { byProduct: new Map([[row.productId, new Decimal(x)]]) })
      for (const [target, level] of [['minDscr1', 1], ['covenant', 1.3]] as const) {
        const c = row.cells[target].multiplier
        if (!c.ok) {
          expect(c.code).toBe('not-reachable')
          continue
        }
        const d = at(mult(c.value)).minDscr
        expect(d.ok).toBe(true)
        if (d.ok) expect(Math.abs(d.value.toNumber() - level)).toBeLessThan(1e-6)
      }
      const n = row.cells.npv0.multiplier
      if (n.ok) expect(Math.abs(at(mult(n.value)).npv.toNumber())).toBeLessThan(0.01)
    }
  })
  it('all prices: every target is reachable, in the order 1.00x < covenant, and agrees with the engine breakeven to 1e-6', () => {
    const all = grid.rows[0]!
    expect(all.productId).toBeNull()
    const eng = computeBreakevens(project)
    const x1 = all.cells.minDscr1.multiplier
    const xc = all.cells.covenant.multiplier
    const xn = all.cells.npv0.multiplier
    if (!x1.ok || !xc.ok || !xn.ok || !eng.allPrices.minDscr1.ok || !eng.allPrices.npv0.ok) throw new Error('expected reachable')
    expect(Number(x1.value)).toBeLessThan(Number(xc.value))
    expect(Math.abs(Number(x1.value) - eng.allPrices.minDscr1.value.toNumber())).toBeLessThan(1e-6)
    expect(Math.abs(Number(xn.value) - eng.allPrices.npv0.value.toNumber())).toBeLessThan(1e-6)
  })
  it('implied year-one price = deck price of the first operating year × multiplier', () => {
    const pt = grid.rows.find((r) => r.productId === 'pt')!
    const c = pt.cells.minDscr1
    if (!c.multiplier.ok) return
    // COD 2027-07-01: deck 1,250 USD/toz escalating 2 % from 2026 → 1,275 in 2027.
    expect(c.impliedPrices[0]).toMatchObject({ productId: 'pt', year: 2027, currency: 'USD', unit: 'toz' })
    expect(Number(c.impliedPrices[0]!.price)).toBeCloseTo(1275 * Number(c.multiplier.value), 6)
  })
  it('a product too small to matter: "not reachable" with the reason', () => {
    const p = handProject()
    p.products.push({ id: 'co', metal: 'Co', name: 'Cobalt', factor: '1', merchantPayable: '1' })
    p.prices.decks[0]!.prices.push({ productId: 'co', mode: 'escalating', basePrice: '1', baseYear: 2026, escalation: '0' })
    const g = computeBreakevenGrid(valid(p))
    const co = g.rows.find((r) => r.productId === 'co')!
    // No cobalt grade: its price moves nothing, and the hand case already covers its debt at DSCR 2.02.
    expect(co.cells.minDscr1.multiplier).toMatchObject({ ok: false, code: 'not-reachable' })
    expect(co.cells.minDscr1.multiplier.ok === false && co.cells.minDscr1.multiplier.reason).toMatch(/holds even with these prices at zero/)
    const ni = g.rows.find((r) => r.productId === 'ni')!
    expect(ni.cells.minDscr1.multiplier.ok).toBe(true)
  })
  it('fixed costs beyond any revenue: NPV = 0 is not reached within 100× prices', () => {
    const p = handProject()
    p.costs.opex.fixedPerYear = '1000000000'
    const g = computeBreakevenGrid(valid(p))
    const c = g.rows[0]!.cells.npv0.multiplier
    expect(c).toMatchObject({ ok: false, code: 'not-reachable' })
    expect(!c.ok && c.reason).toMatch(/not reached even at 100×/)
  })
})

describe('breakeven grid on the hand case (issue 21: each branch re-checked through runModel)', () => {
  const p = valid(handProject())
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
    q.prices.decks[0]!.prices = [{ productId: 'ni', mode: 'escalating', basePrice: '10000', baseYear: 2026, escalation: '0.05' }]
    const cell = computeBreakevenGrid(valid(q)).rows[0]!.cells.minDscr1
    if (!cell.multiplier.ok) throw new Error(cell.multiplier.reason)
    expect(cell.impliedPrices).toHaveLength(1)
    expect(Number(cell.impliedPrices[0]!.price)).toBeCloseTo(10500 * Number(cell.multiplier.value), 6)
  })
  it('every target met at zero prices (gate fee 2,000/t): one probe per row at x = 0, shared by its targets → 2 + 2 = 4', () => {
    // Evaluations start at 2 (the base run and the base NPV probe); each row then probes x = 0 once and every
    // target stops there. Reasons name the target and, for a product row, the product.
    const q = handProject()
    q.feedstock[0]!.purchase = { basis: 'fixed', pricePerQuantity: '-2000', logisticsPerTonne: '0', escalation: '0' }
    const g = computeBreakevenGrid(valid(q))
    expect(g.evaluations).toBe(4)
    expect(computeBreakevens(valid(q)).evaluations).toBe(4)
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
