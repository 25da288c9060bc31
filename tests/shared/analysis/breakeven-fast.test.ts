import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { computeBreakevenGrid, PRICE_RANGE } from '@shared/analysis'
import { breakevenFastModel, confirmBreakeven, fastRow, solveFloat, type FloatAnswer } from '@shared/analysis/breakeven-fast'
import { breakevenHeldDebt, DSCR_TOLERANCE, npvToleranceOf, probe, solveBreakeven, targetSpecs } from '@shared/analysis/breakeven-solver'
import { computeBreakevens, prepare, type Metric, type PriceMultipliers } from '@shared/engine'
import type { Project } from '@shared/model'
import { largeProject } from '../../../bench/engine'
import { longProject } from '../../../bench/export-analysis'
import { richProject, sampleProjects, valid } from './fixtures'
import { handProject } from '../engine/hand-project'

/*
 * Breakevens on the float path (issue 18): the fast model searches, one Decimal probe confirms. Parity:
 * every cell of the grid (all prices and each product, every target) against the Decimal solver alone —
 * the path every answer took before — on the samples and on generated long models.
 */

/** The Decimal solver alone on one row (what `computeBreakevenGrid` did before the float path). */
function decimalRow(project: Project, mults: (x: Decimal) => PriceMultipliers, label: string) {
  const prep = prepare(project, undefined)
  const fixed = breakevenHeldDebt(project, undefined, prep)
  const tolerance = npvToleranceOf(probe(prep, fixed, {}).npv)
  const cache = new Map<string, ReturnType<typeof probe>>()
  const at = (x: Decimal) => cache.get(x.toString()) ?? cache.set(x.toString(), probe(prep, fixed, mults(x))).get(x.toString())!
  return Object.fromEntries(
    targetSpecs(project, ['minDscr1', 'covenant', 'npv0']).map((t) => {
      const level = t.level
      const g = (x: Decimal) => {
        if (level === null) return at(x).npv
        const d = at(x).minDscr
        return d === null ? null : d.minus(level)
      }
      return [t.id, { metric: solveBreakeven(g, `${t.what}${label}`, level === null ? tolerance : DSCR_TOLERANCE).metric, g, tolerance: level === null ? tolerance : DSCR_TOLERANCE }]
    })
  ) as Record<'minDscr1' | 'covenant' | 'npv0', { metric: Metric; g: (x: Decimal) => Decimal | null; tolerance: Decimal }>
}

function expectParity(project: Project, rowsToCheck = Infinity) {
  const grid = computeBreakevenGrid(project)
  let reachable = 0
  for (const row of grid.rows.slice(0, rowsToCheck)) {
    const ref = decimalRow(project, (x) => (row.productId === null ? { all: x } : { byProduct: new Map([[row.productId, x]]) }), row.productId === null ? '' : ` (${row.name} price only)`)
    for (const t of ['minDscr1', 'covenant', 'npv0'] as const) {
      const fast = row.cells[t].multiplier
      const exact = ref[t].metric
      expect(fast.ok, `${row.name} ${t}`).toBe(exact.ok)
      if (fast.ok && exact.ok) {
        reachable++
        // The same crossing, to far better than the 1e-6 methodology §8 asks …
        expect(Math.abs(Number(fast.value) - exact.value.toNumber()), `${row.name} ${t}`).toBeLessThan(1e-9 * Math.max(1, exact.value.toNumber()))
        // … and the reported multiplier meets the Decimal tolerance on the Decimal engine itself.
        expect(ref[t].g(new Decimal(fast.value))!.abs().lte(ref[t].tolerance), `${row.name} ${t}`).toBe(true)
      } else if (!fast.ok && !exact.ok) expect(fast, `${row.name} ${t}`).toEqual({ ok: false, code: exact.code, reason: exact.reason })
    }
  }
  return reachable
}

describe('breakevens on the float path = the Decimal solver', () => {
  it.each(sampleProjects())('$name: every row and target, each answer confirmed by ONE Decimal run (no refinement, no fallback)', ({ project }) => {
    expectParity(project)
    // At most 2 (the held debt's run and the base probe) + one Decimal probe per cell, rows × {1.00x, NPV = 0}
    // (two "not reachable" cells of a row share their probe at 0 or at 100×).
    expect(computeBreakevens(project).evaluations).toBeLessThanOrEqual(2 + 2 * (1 + project.products.length))
  }, 120_000)
  it('a 300-period monthly India model: every row and target', () => {
    expect(expectParity(longProject('india-black-mass-hydromet.json', 300))).toBeGreaterThan(0)
  }, 120_000)
  it('the bench’s large model (30 years monthly, 20 streams, 10 contracts): the all-prices row', () => {
    expectParity(largeProject(), 1)
  }, 120_000)
})

describe('solveFloat: the Decimal solver’s search in floats', () => {
  it('finds a crossing to float precision, in [0, 1] and after doubling', () => {
    const a = solveFloat((x) => 3 * x - 1, 1, 100)
    expect(a.kind).toBe('root')
    if (a.kind === 'root') expect(Math.abs(a.x - 1 / 3)).toBeLessThan(1e-15)
    const b = solveFloat((x) => x * x - 37, 1, 100)
    if (b.kind !== 'root') throw new Error('expected a root')
    expect(Math.abs(b.x - Math.sqrt(37))).toBeLessThan(1e-13)
  })
  it('a crossing at the bracket end is returned exactly; a step function converges on its edge', () => {
    expect(solveFloat((x) => x - 4, 1, 100)).toEqual({ kind: 'root', x: 4 })
    const s = solveFloat((x) => (x < 0.7 ? -1 : 1), 1, 100)
    if (s.kind !== 'root') throw new Error('expected a root')
    expect(Math.abs(s.x - 0.7)).toBeLessThan(1e-14)
  })
  it('says why there is no crossing: no debt service, holds at zero, not reached by the maximum', () => {
    expect(solveFloat(() => null, 1, 100)).toEqual({ kind: 'no-debt' })
    expect(solveFloat((x) => x, 1, 100)).toEqual({ kind: 'holds-at-zero' })
    expect(solveFloat((x) => x + 1, 1, 100)).toEqual({ kind: 'holds-at-zero' })
    expect(solveFloat((x) => x - 101, 1, 100)).toEqual({ kind: 'not-reached' })
    expect(solveFloat((x) => (x < 50 ? x - 60 : null), 1, 100)).toEqual({ kind: 'not-reached' })
  })
  it('a missing value inside the bracket counts as above (as in the Decimal solver)', () => {
    const r = solveFloat((x) => (x === 0 || x === 1 ? x - 0.5 : x < 0.5 ? x - 0.5 : null), 1, 100)
    if (r.kind !== 'root') throw new Error('expected a root')
    expect(Math.abs(r.x - 0.5)).toBeLessThan(1e-14)
  })
})

describe('confirmBreakeven: the Decimal engine has the last word', () => {
  const tol = new Decimal('1e-10')
  /** A Decimal target 2x − 1 and a float model of it off by `bias` (the float model's rounding, exaggerated). */
  const counted = (bias: number) => {
    const calls: string[] = []
    const gDec = (x: Decimal) => {
      calls.push(x.toString())
      return x.times(2).minus(1)
    }
    const gFloat = (x: number) => 2 * x - 1 + bias
    return { calls, gDec, gFloat }
  }
  it('a float answer within the tolerance is reported after ONE Decimal run', () => {
    const { calls, gDec, gFloat } = counted(0)
    const r = confirmBreakeven(solveFloat(gFloat, 1, 100), gDec, gFloat, 'target', tol, PRICE_RANGE)
    expect(r).toEqual({ metric: { ok: true, value: new Decimal('0.5') }, fellBack: false })
    expect(calls).toEqual(['0.5'])
  })
  it('a float answer that misses takes a Decimal Newton step with the float slope, confirmed by a second run', () => {
    const { calls, gDec, gFloat } = counted(1e-6)
    const answer = solveFloat(gFloat, 1, 100)
    const r = confirmBreakeven(answer, gDec, gFloat, 'target', tol, PRICE_RANGE)
    expect(r.fellBack).toBe(false)
    expect(calls).toHaveLength(2)
    if (!r.metric.ok) throw new Error('expected a value')
    expect(r.metric.value.minus('0.5').abs().lte(tol)).toBe(true)
  })
  it('a nonlinear Decimal target: secant steps through Decimal runs until the tolerance is met', () => {
    const calls: string[] = []
    const gDec = (x: Decimal) => (calls.push(x.toString()), x.pow(3).minus(2))
    const gFloat = (x: number) => x ** 3 - 2 + 1e-4
    const r = confirmBreakeven(solveFloat(gFloat, 1, 100), gDec, gFloat, 'target', tol, PRICE_RANGE)
    expect(r.fellBack).toBe(false)
    if (!r.metric.ok) throw new Error('expected a value')
    expect(r.metric.value.pow(3).minus(2).abs().lte(tol)).toBe(true)
    expect(calls.length).toBeGreaterThan(2)
    expect(calls.length).toBeLessThanOrEqual(5)
  })
  it('the Decimal solver takes over when the refinement cannot converge (a step the float model misplaces)', () => {
    const gDec = (x: Decimal) => (x.lt('0.6') ? new Decimal(-1) : new Decimal(1))
    const gFloat = (x: number) => (x < 0.4 ? -1 : 1)
    const r = confirmBreakeven(solveFloat(gFloat, 1, 100), gDec, gFloat, 'target', tol, PRICE_RANGE)
    expect(r.fellBack).toBe(true)
    if (!r.metric.ok) throw new Error('expected a value')
    expect(r.metric.value.minus('0.6').abs().lt(1e-13)).toBe(true)
  })
  const noRoot = (answer: FloatAnswer, gDec: (x: Decimal) => Decimal | null) => confirmBreakeven(answer, gDec, () => null, 'the target', tol, PRICE_RANGE)
  it('no root: each reason is confirmed by one Decimal run at the decisive end, or re-solved in Decimal when the engine disagrees', () => {
    expect(noRoot({ kind: 'no-debt' }, () => null)).toEqual({ metric: { ok: false, code: 'no-debt', reason: 'no debt service to test' }, fellBack: false })
    expect(noRoot({ kind: 'holds-at-zero' }, (x) => x.plus(1))).toEqual({ metric: { ok: false, code: 'not-reachable', reason: 'the target holds even with these prices at zero' }, fellBack: false })
    expect(noRoot({ kind: 'not-reached' }, (x) => x.minus(101))).toEqual({ metric: { ok: false, code: 'not-reachable', reason: 'the target is not reached even at 100× these prices' }, fellBack: false })
    const seen: string[] = []
    noRoot({ kind: 'not-reached' }, (x) => (seen.push(x.toString()), x.minus(101)))
    expect(seen).toEqual(['100'])
    // At 100× the engine has no DSCR at all (no debt service to test): nothing is reached there either.
    expect(noRoot({ kind: 'not-reached' }, (x) => (x.lt(100) ? x.minus(101) : null))).toEqual({ metric: { ok: false, code: 'not-reachable', reason: 'the target is not reached even at 100× these prices' }, fellBack: false })
    // The float model says the target holds at zero, the engine has no value there: the Decimal solver says why (no debt).
    expect(noRoot({ kind: 'holds-at-zero' }, () => null)).toEqual({ metric: { ok: false, code: 'no-debt', reason: 'no debt service to test' }, fellBack: true })
    // The engine disagrees: the Decimal solver answers (a crossing at 0.25).
    for (const kind of ['no-debt', 'holds-at-zero', 'not-reached'] as const) {
      const r = noRoot({ kind }, (x) => x.times(4).minus(1))
      expect(r.fellBack).toBe(true)
      expect(r.metric).toEqual({ ok: true, value: new Decimal('0.25') })
    }
  })
})

// /tmp/fastprof/illinois.py in the issue-18 session: its own float64 Illinois with the same bracket rules (doubling to
// 100, midpoint when the secant leaves the open bracket, stop at a width of 1e-15 × hi or a zero value), printing the
// evaluation count and the answer of each case below.
describe('solveFloat: evaluation counts of an independent Illinois (python, float64, the same bracket rules)', () => {
  const counted = (g: (x: number) => number) => {
    let n = 0
    const r = solveFloat((x) => (n++, g(x)), 1, 100)
    return { r, n }
  }
  it.each([
    ['x − 0.25: one secant step lands on the root', (x: number) => x - 0.25, 0.25, 3],
    ['x − 5: doubling to [4, 8], then the secant lands on 5', (x: number) => x - 5, 5, 6],
    ['x − 2: the doubling lands on the root', (x: number) => x - 2, 2, 3],
    ['x³ − 0.5: Illinois, both sides halved', (x: number) => x ** 3 - 0.5, Math.cbrt(0.5), 13],
    ['x² − 37: doubling to [4, 8], then Illinois', (x: number) => x * x - 37, Math.sqrt(37), 14],
    // The bracket's width is relative to x: near 44.7 it stops at 1e-15 × 44.7 (not 1e-15 ÷ 44.7, below one ulp, which never stops).
    ['x² − 2000: doubling to [32, 64], then Illinois to a relative width', (x: number) => x * x - 2000, Math.sqrt(2000), 19],
    ['a step at 70.3: no value is ever 0, the bracket collapses on the edge', (x: number) => (x < 70.3 ? -1 : 1), 70.3, 38],
    // g(1) = −1e-20 against g(2) = 1: every secant rounds onto 1 (or the new low end), so each step bisects, 50 of them.
    ['a jump of 1e-20 against 1 at 1.5: secants that round onto the bracket’s end bisect', (x: number) => (x === 0 ? -1 : x < 1.5 ? -1e-20 : 1), 1.5, 53]
  ] as const)('%s', (_name, g, root, evaluations) => {
    const { r, n } = counted(g)
    if (r.kind !== 'root') throw new Error('expected a root')
    expect(Math.abs(r.x - root)).toBeLessThan(1e-14 * Math.max(1, root))
    expect(n).toBe(evaluations)
  })
})

describe('confirmBreakeven: refinements that cannot be trusted go to the Decimal solver', () => {
  const tol = new Decimal('1e-10')
  const gDec = (x: Decimal) => x.times(2).minus(1)
  const solve = (gFloat: (x: number) => number | null, dec: (x: Decimal) => Decimal | null = gDec) => confirmBreakeven({ kind: 'root', x: 0.4 }, dec, gFloat, 'target', tol, PRICE_RANGE)
  it('no float slope (a missing value beside x, or a flat or falling float model): the Decimal solver answers', () => {
    for (const gFloat of [(x: number) => (x < 0.4 ? null : 2 * x - 1), (x: number) => (x > 0.4 ? null : 2 * x - 1), () => 0.1, (x: number) => 1 - 2 * x]) {
      const asked: Decimal[] = []
      const r = solve(gFloat, (x) => (asked.push(x), gDec(x)))
      expect(r.fellBack).toBe(true)
      expect(r.metric).toEqual({ ok: true, value: new Decimal('0.5') })
      // A flat float model gives no Newton step (it would divide by a zero slope): the engine is never asked at an infinite multiplier.
      expect(asked.every((x) => x.isFinite())).toBe(true)
    }
  })
  it('no float value just below x, though one above: no slope, the Decimal solver answers (a missing value is not a zero)', () => {
    // At x = 0.49999999 the engine misses by −2e-8; the float model has no value below x and 8e-8 at x + h (h = 5e-8).
    // Taking the missing value as 0 would make a slope of 0.8 and refine; there is no slope: the Decimal solver answers.
    const gFloat = (x: number) => (x < 0.49999999 ? null : 2 * x - 1)
    const r = confirmBreakeven({ kind: 'root', x: 0.49999999 }, gDec, gFloat, 'target', tol, PRICE_RANGE)
    expect(r).toEqual({ metric: { ok: true, value: new Decimal('0.5') }, fellBack: true })
  })
  it('no Decimal value at x or at the refined x, or a step below zero: the Decimal solver answers', () => {
    const gFloat = (x: number) => 2 * x - 1
    const calls: string[] = []
    const nullAtX = solve(gFloat, (x) => (calls.push(x.toString()), x.eq('0.4') ? null : gDec(x)))
    expect(nullAtX).toEqual({ metric: { ok: true, value: new Decimal('0.5') }, fellBack: true })
    expect(calls[0]).toBe('0.4')
    expect(solve(gFloat, (x) => (x.eq('0.4') ? gDec(x) : x.eq('0.5') ? null : gDec(x))).fellBack).toBe(true)
    // A huge Decimal miss: the Newton step from 0.4 goes below 0 (0.4 − 5/2), where no multiplier is: the engine is not asked there.
    const below: Decimal[] = []
    const steep = (x: Decimal) => (below.push(x), x.lt('0.45') ? new Decimal(5) : x.times(2).minus(1))
    expect(solve(gFloat, steep).fellBack).toBe(true)
    expect(below.every((x) => !x.isNegative())).toBe(true)
  })
  it('a secant through two Decimal probes that falls (not increasing): the Decimal solver answers', () => {
    const gFloat = (x: number) => 2 * x - 1
    // At 0.4 the Decimal value is −0.3 (not −0.2): the Newton step goes to 0.55, where it is lower still.
    const twisted = (x: Decimal) => (x.eq('0.4') ? new Decimal('-0.3') : x.eq('0.55') ? new Decimal('-0.4') : x.times(2).minus(1))
    const r = solve(gFloat, twisted)
    expect(r.fellBack).toBe(true)
    // Falling again, −0.3 at 0.4 then −0.5 at 0.55: the secant through them (slope −4/3) would step back to
    // 0.55 − 0.5/(4/3) = 0.175, still a multiplier; it is not taken: the next probe is the Decimal solver's first, at 0.
    const calls: string[] = []
    const falling = (x: Decimal) => (calls.push(x.toString()), x.eq('0.4') ? new Decimal('-0.3') : x.eq('0.55') ? new Decimal('-0.5') : x.times(2).minus(1))
    expect(solve(gFloat, falling).fellBack).toBe(true)
    expect(calls.slice(0, 3)).toEqual(['0.4', '0.55', '0'])
  })
  it('the float slope is taken over a step of 1e-7 × x: on values of thousands it is good for ONE Newton step', () => {
    // g = 1000x³ − 2000 (root ∛2), the float model off by 1e-6 (1e-9 of its scale, as a float NPV's rounding). Its
    // values near 2000 carry a rounding of ~2.3e-13: over 2h = 2.5e-7 the slope 4,762 is good to ~1e-6, so one Newton
    // step from the float root (2.1e-10 away) lands within 1e-12 of the Decimal root: 2 Decimal runs. Over a step of
    // 1e-13 the same rounding is the size of the slope itself and the step misses (a third run).
    const calls: string[] = []
    const gDecimal = (x: Decimal) => (calls.push(x.toString()), x.pow(3).times(1000).minus(2000))
    const gFloat = (x: number) => 1000 * x ** 3 - 2000 + 1e-6
    const r = confirmBreakeven(solveFloat(gFloat, 1, 100), gDecimal, gFloat, 'target', tol, PRICE_RANGE)
    expect(r.fellBack).toBe(false)
    expect(calls).toHaveLength(2)
  })
  it('at a crossing near 0 the float slope is one-sided: the float model is never asked below a zero multiplier', () => {
    // Root 1e-14 (below the step h = 1e-13 a multiplier under 1e-6 takes): the slope from [x, x + h], not [x − h, x + h].
    const asked: number[] = []
    const gFloat = (x: number) => (asked.push(x), x < 0 ? null : 2 * x - 2e-14)
    const near = (x: Decimal) => x.times(2).minus('2e-14').minus('1e-9')
    const r = confirmBreakeven({ kind: 'root', x: 1e-14 }, near, gFloat, 'target', tol, PRICE_RANGE)
    expect(r.fellBack).toBe(false)
    expect(asked.every((x) => x >= 0)).toBe(true)
    if (!r.metric.ok) throw new Error('expected a value')
    // 2x − 2e-14 − 1e-9 = 0 at x = 5.0001e-10: one Newton step with the exact slope 2 lands on it.
    expect(r.metric.value.minus('5.0001e-10').abs().lte(tol)).toBe(true)
  })
  it('refinement stops after four Decimal steps and hands over', () => {
    const gFloat = (x: number) => 2 * x - 1
    const calls: string[] = []
    // A Decimal target that always misses by a shrinking-too-slowly amount: each secant overshoots.
    const stubborn = (x: Decimal) => (calls.push(x.toString()), x.minus('0.5').cbrt().plus(x.minus('0.5').times('1e-3')))
    const r = solve(gFloat, stubborn)
    expect(r.fellBack).toBe(true)
    // One probe at x, four refinements, then the Decimal solver's own probes, the first at 0.
    expect(calls.slice(0, 5).every((c) => c !== '0.5' && c !== '0')).toBe(true)
    expect(calls[5]).toBe('0')
  })
})

describe('the fast model of a breakeven', () => {
  it('is built for a project with a binding plant capacity (the fast path models the §13 cut) and agrees with the Decimal solver', () => {
    const p = handProject()
    p.plant = { capacities: [{ id: 'plant', routeId: null, tonnesPerYear: '800', availability: '0.9' }] }
    const project = valid(p)
    const prep = prepare(project, undefined)
    const fixed = breakevenHeldDebt(project, undefined, prep)
    const model = breakevenFastModel(project, undefined, fixed)
    // The float probe at the base prices equals the Decimal probe on the capacity-cut plant.
    const exact = probe(prep, fixed, { all: new Decimal(1) })
    expect(Math.abs(fastRow(model, null).npv(1) - exact.npv.toNumber())).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(exact.npv.toNumber())))
    expect(expectParity(project)).toBeGreaterThan(0)
  })
  it('a product row moves that product only; its DSCR and NPV equal the Decimal probe’s (relative 1e-9) on the four-product rich case', () => {
    const project = richProject()
    const prep = prepare(project, undefined)
    const fixed = breakevenHeldDebt(project, undefined, prep)
    const model = breakevenFastModel(project, undefined, fixed)!
    const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)))
    for (const [index, mults] of [[null, { all: new Decimal('0.7') }], ...project.products.map((p, i) => [i, { byProduct: new Map([[p.id, new Decimal('0.7')]]) }] as const)] as const) {
      const row = fastRow(model, index)
      const exact = probe(prep, fixed, mults as PriceMultipliers)
      close(row.npv(0.7), exact.npv.toNumber())
      close(row.minDscr(0.7)!, exact.minDscr!.toNumber())
    }
  })
})
