import { describe, expect, it } from 'vitest'
import { Decimal, dec } from '@shared/decimal'
import { solveBreakeven } from '@shared/analysis/breakeven'
import type { Metric } from '@shared/engine'

/*
 * solveBreakeven (analysis/breakeven.ts, methodology §8) on plain functions, so every branch has a value
 * worked out by hand: bracket on [0, 1], doubling to 100, then Illinois regula falsi. Evaluation counts are
 * hand-traced; for x³ − 0.5 they come from a textbook Illinois written independently in Python
 * (/tmp/illinois.py in the issue-21 session: x³ − 0.5 takes 10 evaluations, plain regula falsi 19).
 */
const TOL = new Decimal('1e-10')
const value = (m: Metric) => {
  if (!m.ok) throw new Error(`expected ok, got ${m.code}: ${m.reason}`)
  return m.value
}
const fail = (m: Metric) => {
  if (m.ok) throw new Error(`expected a failure, got ${m.value.toString()}`)
  return m
}

describe('solveBreakeven: answers without iterating', () => {
  it('no value at zero (no debt service) → no-debt after one evaluation', () => {
    const r = solveBreakeven(() => null, 'DSCR', TOL)
    expect(fail(r.metric).code).toBe('no-debt')
    expect(fail(r.metric).reason).toBe('no debt service to test')
    expect(r.evaluations).toBe(1)
  })
  it('target already met at zero prices (g(0) ≥ 0, including exactly 0) → not-reachable, one evaluation', () => {
    for (const g0 of ['0.5', '0']) {
      const r = solveBreakeven(() => dec(g0), 'minimum DSCR ≥ 1.00x', TOL)
      expect(fail(r.metric).code).toBe('not-reachable')
      expect(fail(r.metric).reason).toBe('minimum DSCR ≥ 1.00x holds even with these prices at zero')
      expect(r.evaluations).toBe(1)
    }
  })
  it('linear g = x − 0.25: one secant step from (0, −0.25), (1, 0.75) lands on 0.25 exactly → 3 evaluations', () => {
    const r = solveBreakeven((x) => x.minus('0.25'), 'g', TOL)
    expect(value(r.metric).toString()).toBe('0.25')
    expect(r.evaluations).toBe(3)
  })
  it('g = x − 5: doubling 1 → 2 → 4 → 8 brackets [4, 8]; secant 4 + 1·4/4 = 5 exactly → 6 evaluations', () => {
    const r = solveBreakeven((x) => x.minus(5), 'g', TOL)
    expect(value(r.metric).toString()).toBe('5')
    expect(r.evaluations).toBe(6)
  })
  it('g = x − 2: the doubling lands on the root (g(2) = 0) → 2 after 3 evaluations', () => {
    const r = solveBreakeven((x) => x.minus(2), 'g', TOL)
    expect(value(r.metric).toString()).toBe('2')
    expect(r.evaluations).toBe(3)
  })
  it('g = x − 150: doubling stops at 100 (64 → min(128, 100)) still below → not-reachable after 9 evaluations', () => {
    const seen: string[] = []
    const r = solveBreakeven((x) => (seen.push(x.toString()), x.minus(150)), 'NPV ≥ 0', TOL)
    expect(fail(r.metric).reason).toBe('NPV ≥ 0 is not reached even at 100× these prices')
    expect(seen).toEqual(['0', '1', '2', '4', '8', '16', '32', '64', '100'])
  })
  it('g = x − 100: reached exactly at the cap → 100', () => {
    expect(value(solveBreakeven((x) => x.minus(100), 'g', TOL).metric).toString()).toBe('100')
  })
  it('no value at the top of the bracket (DSCR vanishes) → not-reachable', () => {
    // g(0) = −1, g(1) = −0.5, g(2) = null.
    const r = solveBreakeven((x) => (x.gte(2) ? null : x.div(2).minus(1)), 'g', TOL)
    expect(fail(r.metric).code).toBe('not-reachable')
    expect(r.evaluations).toBe(3)
  })
})

describe('solveBreakeven: the Illinois iteration', () => {
  // Roots in closed form (mpmath, 25 digits); evaluation counts from the independent Python Illinois (same counts, all five).
  it.each([
    ['x³ − 0.5', (x: Decimal) => x.pow(3).minus('0.5'), '0.79370052598409973737', 10],
    ['2x³ − 1 (steeper, same root)', (x: Decimal) => x.pow(3).times(2).minus(1), '0.79370052598409973737', 10],
    ['eˣ − 3 (root ln 3, bracket doubled to [1, 2])', (x: Decimal) => x.exp().minus(3), '1.09861228866810969140', 10],
    ['1 − e^(−5x) − 0.5 (concave, root ln 2 / 5)', (x: Decimal) => dec(1).minus(x.times(-5).exp()).minus('0.5'), '0.13862943611198906188', 9],
    ['x⁵ − 0.3 (root 0.3^(1/5))', (x: Decimal) => x.pow(5).minus('0.3'), '0.78600308559662278099', 13]
  ] as const)('%s: the root to 1e-10 in the reference number of evaluations', (_n, g, root, evaluations) => {
    const r = solveBreakeven(g, 'g', TOL)
    // |g| ≤ 1e-10 and |g'| ≥ 0.5 near each root → |x − root| < 2e-10.
    expect(value(r.metric).minus(root).abs().lt('2e-10')).toBe(true)
    expect(r.evaluations).toBe(evaluations)
  })
  it('a tolerance met below the root returns that point: x² − 0.0625 with tol 0.1 → first secant 0.0625 (g = −0.0586)', () => {
    // Secant from (0, −0.0625), (1, 0.9375): x = 0.0625·1/1 = 0.0625; g = 0.00390625 − 0.0625 = −0.05859375, |g| ≤ 0.1.
    const r = solveBreakeven((x) => x.pow(2).minus('0.0625'), 'g', new Decimal('0.1'))
    expect(value(r.metric).toString()).toBe('0.0625')
    expect(r.evaluations).toBe(3)
  })
  it('a tolerance met above the root returns that point: √x − 0.5 with tol 0.3 → first secant 0.5 (g = 0.2071)', () => {
    // Secant from (0, −0.5), (1, 0.5): x = 0.5; g = 0.70710678 − 0.5 = 0.20710678 > 0, ≤ 0.3.
    const r = solveBreakeven((x) => x.sqrt().minus('0.5'), 'g', new Decimal('0.3'))
    expect(value(r.metric).toString()).toBe('0.5')
    expect(r.evaluations).toBe(3)
  })
  it('a step that never meets the tolerance: the bracket closes on the jump at 0.3 to 1e-14', () => {
    const r = solveBreakeven((x) => (x.lt('0.3') ? dec(-1) : dec(1)), 'g', TOL)
    expect(value(r.metric).minus('0.3').abs().lt('1e-14')).toBe(true)
    // Bisection alone needs ⌈log2(1e14)⌉ = 47 halvings of [0, 1]; Illinois adds a weighted step after each
    // repeated side (56 evaluations measured). Well under the 300-step guard.
    expect(r.evaluations).toBeLessThan(100)
  })
  it('no value inside the bracket counts as above: −1 below 0.2, none in [0.2, 0.8), +1 from 0.8 → closes on 0.2', () => {
    // First secant 0.5 → null → hi = 0.5 with g taken as +1; the bracket then closes on the edge 0.2.
    const r = solveBreakeven((x) => (x.lt('0.2') ? dec(-1) : x.lt('0.8') ? null : dec(1)), 'g', TOL)
    expect(value(r.metric).minus('0.2').abs().lt('1e-14')).toBe(true)
  })
  it('a secant step that rounds onto the bracket end falls back to the midpoint: −1 below 1.3, +1e50 from 1.3', () => {
    // Bracket [1, 2] after doubling; the secant x = 1 + 1·1/(1e50 + 1) rounds to 1 at 40 digits, so the
    // midpoint is taken, and each later step too while the +1e50 side dominates: bisection from width 1 to
    // 1e-14 is ⌈log2(1e14)⌉ = 47 halvings, + 3 evaluations to bracket. (Without the fallback the step stays
    // on x = 1 until ~166 Illinois halvings bring 1e50 down to order 1.)
    const r = solveBreakeven((x) => (x.lt('1.3') ? dec(-1) : new Decimal('1e50')), 'g', TOL)
    expect(value(r.metric).minus('1.3').abs().lt('1e-13')).toBe(true)
    expect(r.evaluations).toBeLessThanOrEqual(3 + 47 + 1)
  })
})
