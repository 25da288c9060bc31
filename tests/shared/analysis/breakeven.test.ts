import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { computeAllPricesBreakeven, computeBreakevens, runModel, type Metric, type PriceMultipliers } from '@shared/engine'
import { computeBreakevenGrid } from '@shared/analysis'
import { richProject, sampleProjects, valid } from './fixtures'
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
    p.prices.decks[0]!.prices.push({ productId: 'co', mode: 'escalating', basePricePerUnit: '1', baseYear: 2026, escalation: '0' })
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

describe('computeAllPricesBreakeven (what evaluate prints)', () => {
  const same = (a: Metric, b: Metric) => {
    expect(a.ok).toBe(b.ok)
    if (a.ok && b.ok) expect(a.value.eq(b.value)).toBe(true)
    else expect(a).toEqual(b)
  }
  const cases = [{ name: 'rich', project: richProject() }, { name: 'hand', project: handProject() }, ...sampleProjects()]
  it.each(cases)('$name: every target equals the all-prices cell of the full solve, exactly, with fewer evaluations when there are products', ({ project }) => {
    const full = computeBreakevens(project)
    const grid = computeBreakevenGrid(project)
    const d1 = computeAllPricesBreakeven(project, 'minDscr1')
    const n0 = computeAllPricesBreakeven(project, 'npv0')
    const cov = computeAllPricesBreakeven(project, 'covenant')
    same(d1.metric, full.allPrices.minDscr1)
    same(n0.metric, full.allPrices.npv0)
    const gridCov = grid.rows[0]!.cells.covenant.multiplier
    expect(cov.metric.ok).toBe(gridCov.ok)
    if (cov.metric.ok && gridCov.ok) expect(cov.metric.value.toString()).toBe(gridCov.value)
    // The product rows are skipped: at least one probe fewer per product than the full solve.
    expect(d1.evaluations + n0.evaluations).toBeLessThanOrEqual(full.evaluations + 2 - project.products.length)
  })
  it('a scenario is honoured, held or re-sized, as the full solve honours it', () => {
    const project = handProject()
    const held = { id: 'capex', name: 'Capex +20 %', capexMultiplier: '1.2' }
    const resized = { ...held, resizeDebt: true }
    const xHeld = computeAllPricesBreakeven(project, 'minDscr1', { scenario: held }).metric
    const xResized = computeAllPricesBreakeven(project, 'minDscr1', { scenario: resized }).metric
    same(xHeld, computeBreakevens(project, { scenario: held }).allPrices.minDscr1)
    same(xResized, computeBreakevens(project, { scenario: resized }).allPrices.minDscr1)
    // Re-sized debt (720,000 against 600,000) needs higher prices: the scenario was not ignored.
    if (!xHeld.ok || !xResized.ok) throw new Error('expected reachable')
    expect(xResized.value.gt(xHeld.value)).toBe(true)
  })
  it('baseDebt (runModel’s debt, already sized) gives the same answer; a different debt changes it; a re-sizing scenario ignores it', () => {
    for (const { project } of cases) {
      const base = runModel(project)
      for (const t of ['minDscr1', 'npv0'] as const) same(computeAllPricesBreakeven(project, t, { baseDebt: base.debt }).metric, computeAllPricesBreakeven(project, t).metric)
    }
    const project = handProject()
    const heavier = handProject()
    heavier.costs.capex.items = heavier.costs.capex.items.map((i) => ({ ...i, amount: String(Number(i.amount) * 1.2) }))
    const other = runModel(valid(heavier)).debt
    const plain = computeAllPricesBreakeven(project, 'minDscr1').metric
    const held = computeAllPricesBreakeven(project, 'minDscr1', { baseDebt: other }).metric
    if (!plain.ok || !held.ok) throw new Error('expected reachable')
    expect(held.value.gt(plain.value)).toBe(true)
    const resized = { id: 'capex', name: 'Capex +20 %', capexMultiplier: '1.2', resizeDebt: true }
    same(computeAllPricesBreakeven(project, 'minDscr1', { scenario: resized, baseDebt: other }).metric, computeAllPricesBreakeven(project, 'minDscr1', { scenario: resized }).metric)
  })
})
