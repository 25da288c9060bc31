import { describe, expect, it } from 'vitest'
import { brentFloat } from '@shared/finance'

/*
 * brentFloat (finance/root-finding.ts) refines every IRR bracket of the float scan. The Decimal IRR polishes
 * its answer with a Newton step, which hides an imprecise Brent, so it is held here directly: the root to
 * machine precision against a closed form, and the number of evaluations against scipy.optimize.brentq
 * (a different implementation of Brent's method) at xtol = 1e-15 — scipy 1.17.1, script
 * /tmp/brent_ref.py in the issue-21 session:
 *   x³ − 2 on [0, 2]: 1.2599210498948732, 9 calls     eˣ − 2 on [0, 2]: 0.6931471805599452, 10 calls
 *   3x − 1 and 1 − 3x on [0, 1]: 1/3, 3 calls         cos x − x on [0, 1]: 0.7390851332151607, 8 calls
 *   x⁹ − 0.5 on [0, 2]: 0.9258747122872903, 14 calls  step at 0.3 on [0, 1]: 0.2999999999999998, 52 calls
 *   x³ − 0.5 on [−1, 1]: 11 calls   tanh x − 0.2 on [−3, 3]: 10 calls   x⁵ − x − 1 on [1, 2]: 1.1673039782614187, 11 calls
 * A method that fell back to bisection would need ~51 calls on [0, 2] to reach 1e-15.
 */
function solve(f: (x: number) => number, a: number, b: number, tol = 1e-15) {
  let calls = 0
  const x = brentFloat((t) => (calls++, f(t)), a, b, tol)
  return { x, calls }
}

describe('brentFloat: roots to machine precision in as few evaluations as scipy’s brentq', () => {
  it.each([
    ['x³ − 2 on [0, 2]', (x: number) => x ** 3 - 2, 0, 2, Math.cbrt(2), 9],
    ['eˣ − 2 on [0, 2]', (x: number) => Math.exp(x) - 2, 0, 2, Math.LN2, 10],
    ['eˣ − 2 on [2, 0] (ends swapped)', (x: number) => Math.exp(x) - 2, 2, 0, Math.LN2, 10],
    ['3x − 1 on [0, 1]', (x: number) => 3 * x - 1, 0, 1, 1 / 3, 3],
    ['1 − 3x on [0, 1] (decreasing)', (x: number) => 1 - 3 * x, 0, 1, 1 / 3, 3],
    ['cos x − x on [0, 1]', (x: number) => Math.cos(x) - x, 0, 1, 0.7390851332151607, 8],
    ['x⁹ − 0.5 on [0, 2]', (x: number) => x ** 9 - 0.5, 0, 2, 0.5 ** (1 / 9), 14],
    ['0.5 − x⁹ on [0, 2] (decreasing)', (x: number) => 0.5 - x ** 9, 0, 2, 0.5 ** (1 / 9), 14],
    // Symmetric brackets (a + b = 0) and a root without closed form (scipy's value):
    ['x³ − 0.5 on [−1, 1]', (x: number) => x ** 3 - 0.5, -1, 1, Math.cbrt(0.5), 11],
    ['x³ − 0.5 on [1, −1]', (x: number) => x ** 3 - 0.5, 1, -1, Math.cbrt(0.5), 11],
    ['tanh x − 0.2 on [−3, 3]', (x: number) => Math.tanh(x) - 0.2, -3, 3, Math.atanh(0.2), 10],
    ['x⁵ − x − 1 on [1, 2]', (x: number) => x ** 5 - x - 1, 1, 2, 1.1673039782614187, 11]
  ] as const)('%s', (name, f, a, b, root, scipyCalls) => {
    const r = solve(f, a, b)
    // Within 2 ulp of the root (the tolerance is 1e-15 absolute plus 2·eps·|x|).
    expect(Math.abs(r.x - root)).toBeLessThanOrEqual(2 * Number.EPSILON * Math.max(1, Math.abs(root)))
    // Same count as scipy, except cos x − x (9 against scipy's 8: one extra interpolation step).
    if (name.startsWith('cos')) expect(r.calls).toBeLessThanOrEqual(scipyCalls + 1)
    else expect(r.calls).toBe(scipyCalls)
  })
  it('a step (no root, a sign change at 0.3): the bracket closes on 0.3 in about as many calls as scipy (52)', () => {
    const r = solve((x) => (x < 0.3 ? -1 : 1), 0, 1)
    expect(Math.abs(r.x - 0.3)).toBeLessThan(1e-15)
    expect(r.calls).toBe(52)
  })
  it('a looser tolerance stops earlier: x³ − 2 to 1e-3 is within 1e-3 of ∛2 in fewer calls', () => {
    const loose = solve((x) => x ** 3 - 2, 0, 2, 1e-3)
    expect(Math.abs(loose.x - Math.cbrt(2))).toBeLessThan(1e-3)
    expect(loose.calls).toBeLessThan(9)
  })
  it('a root at either end is returned after the two end evaluations (the loop would return it too, at once)', () => {
    expect(solve((x) => x - 1, 1, 3)).toEqual({ x: 1, calls: 2 })
    expect(solve((x) => x - 3, 1, 3)).toEqual({ x: 3, calls: 2 })
  })
  it('the iteration cap returns the current estimate: 3 iterations on x³ − 2 give a point of [0, 2], not the root', () => {
    let calls = 0
    const x = brentFloat((t) => (calls++, t ** 3 - 2), 0, 2, 1e-15, 3)
    expect(calls).toBe(2 + 3)
    expect(x).toBeGreaterThan(0)
    expect(x).toBeLessThan(2)
    expect(Math.abs(x - Math.cbrt(2))).toBeGreaterThan(1e-6)
  })
})
