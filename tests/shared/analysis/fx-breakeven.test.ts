/**
 * The FX breakeven (issue 14): the annual INR depreciation `fxDepreciationPerYear` at which min DSCR =
 * 1.00x (and = covenant, NPV = 0), debt held at the base case. The hand case: the hand project
 * relabelled to report in INR (prices, offtake and costs in INR, INR 80 per USD flat), financed 50/50 by
 * an unhedged USD tranche (10 %, equal over 3 years: INR 100,000 of principal a year, interest 30,000 /
 * 20,000 / 10,000 at the base FX) and an INR tranche (8 %, equal over 2 years: 174,000 then 162,000).
 * Revenue is in INR, so a weaker INR only makes the USD tranche dearer: with x = (1 + d)^n, n years after
 * financial close (2026), its service in INR is x times the base and its interest deduction too (tax 25 %).
 * Base CFADS 485,483.33 / 632,083.33 / 778,683.33.
 */
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { computeBreakevenGrid, FX_RANGE, fxRange, solveBreakeven, type PlainMetric } from '@shared/analysis'
import type { Project } from '@shared/model'
import { handProject } from '../engine/hand-project'
import { inrPlantUsdDebt, twoTranches, valid } from '../engine/two-tranche-project'

const value = (m: PlainMetric) => {
  if (!m.ok) throw new Error(`expected a value, got ${m.code}: ${m.reason}`)
  return Number(m.value)
}
const minDscrAt = (p: Project, d: number, extra: object = {}) => {
  const m = runModel(p, { scenario: { id: 's', name: 's', fxDepreciationPerYear: String(d), ...extra } }).metrics.minDscr
  return m.ok ? m.value.toNumber() : NaN
}

/** Computed on first use inside a test (not in the describe body: a mutant that throws there would hide, docs/mutation-testing.md). */
const once = <T>(make: () => T) => {
  let v: T | undefined
  return () => (v ??= make())
}

describe('FX breakeven on the hand case (USD debt, INR revenue)', () => {
  const project = inrPlantUsdDebt()
  const grid = once(() => computeBreakevenGrid(project))

  it('min DSCR = 1.00x where 2029 binds: (778,683.33 − 2,500) = (110,000 − 2,500) · (1 + d)³', () => {
    // 2029: CFADS 778,683.33 + 0.25 · 10,000 · (x − 1), service 110,000 · x, x = (1 + d)³ (three years after 2026).
    const d = Math.cbrt((778683.3333333333 - 2500) / 107500) - 1
    expect(value(grid().fx!.cells.minDscr1)).toBeCloseTo(d, 10)
    expect(value(grid().fx!.cells.minDscr1)).toBeCloseTo(0.932792728, 8)
    // At that d, 2027 (1.158x) and 2028 (1.058x) are above 1: 2029 binds, and the engine agrees.
    expect(minDscrAt(project, d)).toBeCloseTo(1, 9)
  })
  it('covenant 1.30x where 2027 binds first: 1.3 · (130,000 (1 + d) + 174,000) = 485,483.33 + 7,500 d', () => {
    const d = (1.3 * 304000 - 485483.3333333333) / (7500 - 1.3 * 130000)
    expect(value(grid().fx!.cells.covenant)).toBeCloseTo(d, 10)
    expect(value(grid().fx!.cells.covenant)).toBeCloseTo(0.559029928, 8)
  })
  it('equals a bisection on the engine itself (runModel with the scenario field), to 1e-7', () => {
    let lo = 0
    let hi = 1
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2
      if (minDscrAt(project, mid) > 1) lo = mid
      else hi = mid
    }
    expect(Math.abs(value(grid().fx!.cells.minDscr1) - (lo + hi) / 2)).toBeLessThan(1e-7)
  })
  it('NPV rises as INR weakens here (interest in INR deducted for tax), so NPV = 0 is not reached, and it says why', () => {
    expect(grid().fx!.cells.npv0).toEqual({ ok: false, code: 'not-reachable', reason: 'NPV ≥ 0 still holds with INR weakening 100 % a year (the project gains from a weaker INR)' })
  })
  it('names the currencies and the year the depreciation compounds from', () => {
    expect(grid().fx!.currencies).toEqual(['INR'])
    expect(grid().fx!.fromYear).toBe(2026)
  })
  it('the case\'s own fxDepreciationPerYear is replaced (the answer is the total); its FX multiplier is kept', () => {
    const withD = computeBreakevenGrid(project, { id: 's', name: 's', fxDepreciationPerYear: '0.3' })
    expect(withD.fx).toEqual(grid().fx)
    const stressed = computeBreakevenGrid(project, { id: 's', name: 's', fxMultiplier: '1.2' })
    const d = value(stressed.fx!.cells.minDscr1)
    expect(d).toBeLessThan(value(grid().fx!.cells.minDscr1))
    expect(minDscrAt(project, d, { fxMultiplier: '1.2' })).toBeCloseTo(1, 9)
  })
})

describe('FX breakeven: none within the range, said plainly', () => {
  it('USD revenue and an INR tranche: a weaker INR only helps; not reached at 100 %/yr, and the project gains', () => {
    const g = computeBreakevenGrid(twoTranches(false))
    expect(g.fx!.cells.minDscr1).toEqual({
      ok: false, code: 'not-reachable', reason: 'minimum DSCR ≥ 1.00x still holds with INR weakening 100 % a year (the project gains from a weaker INR)'
    })
  })
  it('hedged: nothing moves, not reached, and no claim that the project gains', () => {
    const g = computeBreakevenGrid(twoTranches(true))
    expect(g.fx!.cells.minDscr1).toEqual({ ok: false, code: 'not-reachable', reason: 'minimum DSCR ≥ 1.00x still holds with INR weakening 100 % a year' })
  })
  it('already below the covenant at d = 0: "fails already"', () => {
    const p = inrPlantUsdDebt()
    p.lender.minDscr = '1.7'
    const g = computeBreakevenGrid(p)
    expect(g.fx!.cells.covenant).toEqual({ ok: false, code: 'not-reachable', reason: 'minimum DSCR ≥ covenant 1.70x fails already on the FX table\'s own path (no INR depreciation)' })
  })
  it('every amount in USD: no FX row at all', () => {
    const p = handProject()
    expect(computeBreakevenGrid(valid(p)).fx).toBeNull()
  })
})

describe('the FX search range (solveBreakeven with FX_RANGE)', () => {
  const TOL = new Decimal('1e-10')
  it('brackets from 1 %/yr doubling to 100 %/yr: 0, 0.01, 0.02, 0.04, … 0.64, 1', () => {
    const seen: string[] = []
    const r = solveBreakeven((x) => (seen.push(x.toString()), x.minus('1.5')), 'minimum DSCR ≥ 1.00x', TOL, FX_RANGE)
    expect(seen).toEqual(['0', '0.01', '0.02', '0.04', '0.08', '0.16', '0.32', '0.64', '1'])
    expect(r.metric).toEqual({ ok: false, code: 'not-reachable', reason: 'minimum DSCR ≥ 1.00x still holds with INR weakening 100 % a year' })
  })
  it('a root between brackets: g = x − 0.05 → 0.05 (0, 0.01, 0.02, 0.04, 0.08, then one secant step: 6 evaluations)', () => {
    const r = solveBreakeven((x) => x.minus('0.05'), 'g', TOL, FX_RANGE)
    expect(r.metric.ok && r.metric.value.toString()).toBe('0.05')
    expect(r.evaluations).toBe(6)
  })
  it('reached exactly at 100 %/yr → 1; holds at zero → "fails already", naming both currencies', () => {
    const r = solveBreakeven((x) => x.minus(1), 'g', TOL, FX_RANGE)
    expect(r.metric.ok && r.metric.value.toString()).toBe('1')
    const z = solveBreakeven(() => new Decimal('0.1'), 'NPV ≥ 0', TOL, fxRange(['INR', 'JPY']))
    expect(z.metric).toEqual({ ok: false, code: 'not-reachable', reason: 'NPV ≥ 0 fails already on the FX table\'s own path (no INR and JPY depreciation)' })
  })
})
