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
import { computeBreakevenGrid, computeBreakevens, FX_RANGE, fxBreakevenRow, fxRange, solveBreakeven, type PlainMetric } from '@shared/analysis'
import { breakevenHeldDebt, npvToleranceOf, probe, targetSpecs } from '@shared/analysis/breakeven-solver'
import { prepare } from '@shared/engine/prepare'
import { parseProject, type Project } from '@shared/model'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
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

describe('FX breakeven on the hand case (USD debt, INR revenue)', () => {
  const project = inrPlantUsdDebt()
  // Computed in each test, not in the describe body or cached across tests, so that every test covers what it checks (docs/mutation-testing.md).
  const grid = () => computeBreakevenGrid(project)

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

/**
 * A USD plant that sells in INR (deck and offtake in INR: INR 800,000 a unit, charge INR 8,000, at INR 80 =
 * the hand project's USD 10,000 and 100) with USD debt: a weaker INR cuts its USD revenue, so every target
 * has a breakeven.
 */
function usdPlantInrRevenue(): Project {
  const p = handProject()
  p.prices.decks[0]!.currency = 'INR'
  p.prices.decks[0]!.prices = p.prices.decks[0]!.prices.map((x) => (x.mode === 'escalating' ? { ...x, basePricePerUnit: '800000' } : x))
  p.offtake[0]!.currency = 'INR'
  p.offtake[0]!.chargePerUnit = '8000'
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
  return valid(p)
}

/** The FX row alone, as computeBreakevenGrid builds it (no progress callback). */
function fxRowOf(project: Project) {
  const prep = prepare(project, undefined)
  const fixed = breakevenHeldDebt(project, undefined, prep)
  return fxBreakevenRow(prep, ['INR'], fixed, targetSpecs(project, ['minDscr1', 'covenant', 'npv0']), npvToleranceOf(probe(prep, fixed, {}).npv))
}

describe('FX breakeven: every target reached (INR revenue, USD costs and debt)', () => {
  it('each answer reproduces its target in the engine: min DSCR 1.00x and 1.30x, NPV 0 (to its tolerance)', () => {
    const project = usdPlantInrRevenue()
    const { row } = fxRowOf(project)
    const at = (m: PlainMetric) => runModel(project, { scenario: { id: 's', name: 's', fxDepreciationPerYear: new Decimal(value(m)).toDecimalPlaces(30).toFixed() } }).metrics
    const dscr = (m: PlainMetric) => {
      const d = at(m).minDscr
      return d.ok ? d.value.toNumber() : NaN
    }
    expect(value(row.cells.minDscr1)).toBeCloseTo(0.177526466, 8)
    expect(dscr(row.cells.minDscr1)).toBeCloseTo(1, 9)
    expect(value(row.cells.covenant)).toBeCloseTo(0.150513848, 8)
    expect(dscr(row.cells.covenant)).toBeCloseTo(1.3, 9)
    expect(value(row.cells.npv0)).toBeCloseTo(0.118867493, 8)
    expect(Math.abs(at(row.cells.npv0).npv.toNumber())).toBeLessThan(1e-4)
  })
  it('one cache of evaluations across the three targets (NPV searched to its own tolerance): 22 model runs', () => {
    expect(fxRowOf(usdPlantInrRevenue()).evaluations).toBe(22)
  })
  it('nothing reached, hedged: the nine bracket points 0, 1 %, … 64 %, 100 % serve all three targets', () => {
    const { row, evaluations } = fxRowOf(twoTranches(true))
    expect(evaluations).toBe(9)
    expect(row.cells.npv0).toMatchObject({ ok: false, code: 'not-reachable' })
  })
  it('no debt: no DSCR to test (NPV still searched)', () => {
    const p = inrPlantUsdDebt()
    p.financing.gearing = '0'
    const { row } = fxRowOf(valid(p))
    expect(row.cells.minDscr1).toEqual({ ok: false, code: 'no-debt', reason: 'no debt service to test' })
    expect(row.cells.covenant).toMatchObject({ ok: false, code: 'no-debt' })
  })
  it('failing already at 0 is said plainly, with no claim about the direction, even where a weaker INR would help', () => {
    // Two-tranche case: min DSCR 1.597x at d = 0, rising with d; a 1.70x covenant fails at 0.
    const p = twoTranches(false)
    p.lender.minDscr = '1.7'
    const { row } = fxRowOf(p)
    expect(row.cells.covenant).toEqual({ ok: false, code: 'not-reachable', reason: 'minimum DSCR ≥ covenant 1.70x fails already on the FX table\'s own path (no INR depreciation)' })
  })
  it('names every currency the stress weakens (the India sample: INR and JPY amounts)', () => {
    const sample = parseProject(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/samples/india-black-mass-hydromet.json'), 'utf8')))
    if (!sample.ok) throw new Error('sample does not parse')
    const g = computeBreakevenGrid(sample.value)
    expect(g.fx!.currencies).toEqual(['INR', 'JPY'])
    expect(g.fx!.cells.minDscr1).toEqual({
      ok: false, code: 'not-reachable', reason: 'minimum DSCR ≥ 1.00x still holds with INR and JPY weakening 100 % a year (the project gains from a weaker INR and JPY)'
    })
  })
})

describe('the FX row in the grid: progress and evaluation counts', () => {
  it('progress counts the FX row\'s three cells after the price rows (3 rows × 3 targets), and the grid\'s evaluations include the FX row\'s', () => {
    const p = inrPlantUsdDebt()
    const calls: [number, number][] = []
    const g = computeBreakevenGrid(p, undefined, (done, total) => calls.push([done, total]))
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => [d, 9]))
    const fx = fxRowOf(p).evaluations
    expect(fx).toBe(20)
    // 27 = 7 (the held debt's run, whose NPV scales the NPV tolerance — no base probe of its own since issue 18's
    // second pass — and one Decimal confirmation per price cell: 2 rows × 3 targets, the float path searched and each
    // answer met the Decimal tolerance at once) + the FX row's 20 (Decimal search).
    expect(g.evaluations).toBe(7 + fx)
  })
  it('computeBreakevens (what evaluate prints) does not search the FX path: 5 Decimal evaluations for its two targets on the price rows (1 + one confirmation per cell)', () => {
    expect(computeBreakevens(inrPlantUsdDebt()).evaluations).toBe(5)
  })
})

/*
 * EPR certificates priced in INR on a USD project (issue 19: was the EPR revenue moved by the FX
 * breakeven's depreciation?). The hand case (USD throughout) with byproducts-epr.test.ts's EPR block: Ni
 * recovered 180 t a year, 1,000 kg per t, INR 5/kg in 2027–2028 and INR 8/kg from 2029, INR 80 per USD
 * from 2026 (financial close), active from 2028. At depreciation d the rate in year c is 80 (1 + d)^(c − 2026),
 * so the certificates earn 180,000 × 5 / (80 (1 + d)²) in 2028 and 180,000 × 8 / (80 (1 + d)³) in 2029:
 * at d = 0.5, 11,250 / 2.25 = 5,000 and 18,000 / 3.375 = 5,333.33 USD (11,250 and 18,000 at d = 0).
 * `prepare` translates them once at the base FX; the breakeven's probe swapped the FX tables only, so the
 * certificates kept their base dollars while the stress said INR had weakened.
 */
describe('FX breakeven with EPR certificates in INR on a USD project', () => {
  const withEpr = (): Project => {
    const p = handProject()
    p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
    p.epr = { activeFrom: '2028-01-01', kgPerTonneRecovered: { Ni: '1000' }, currency: 'INR', pricePerKg: [{ year: 2027, pricePerKg: '5' }, { year: 2029, pricePerKg: '8' }] }
    return valid(p)
  }
  it('INR is stressed although every other amount is in USD', async () => {
    const { fxAmountsIn } = await import('@shared/analysis/fx-breakeven')
    expect(fxAmountsIn(withEpr())).toEqual(['INR'])
    expect(fxAmountsIn(handProject())).toEqual([])
  })
  it('the engine at d = 0.5 earns 5,000 and 5,333.33 USD of certificates (by hand above)', () => {
    const r = runModel(withEpr(), { scenario: { id: 's', name: 's', fxDepreciationPerYear: '0.5' } })
    // Periods 2026 (construction), 2027 (not yet active), 2028, 2029.
    const epr = r.operations.eprRevenue.map((x) => x.toNumber())
    expect(epr.slice(0, 2)).toEqual([0, 0])
    expect(epr[2]).toBeCloseTo(5000, 8)
    expect(epr[3]).toBeCloseTo(16000 / 3, 8)
  })
  it('the breakeven probe at d equals the engine prepared at d: the certificates move with the stress', async () => {
    const { fxProbeAt } = await import('@shared/analysis/fx-breakeven')
    const project = withEpr()
    const prep = prepare(project, undefined)
    const fixed = breakevenHeldDebt(project, undefined, prep)
    const stressed = prepare(project, { id: 's', name: 's', fxDepreciationPerYear: '0.5' })
    const viaProbe = fxProbeAt(prep, fixed, new Decimal('0.5'))
    const viaEngine = probe(stressed, fixed, {})
    expect(viaProbe.npv.toString()).toBe(viaEngine.npv.toString())
    expect(viaProbe.minDscr!.toString()).toBe(viaEngine.minDscr!.toString())
    // The certificates lose 6,250 (2028) and 12,666.67 (2029) dollars against d = 0: NPV falls.
    expect(viaProbe.npv.lt(fxProbeAt(prep, fixed, new Decimal(0)).npv)).toBe(true)
    expect(fxProbeAt(prep, fixed, new Decimal(0)).npv.toString()).toBe(probe(prep, fixed, {}).npv.toString())
  })
})
