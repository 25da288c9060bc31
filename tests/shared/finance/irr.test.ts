import { describe, expect, it } from 'vitest'
import { dec, Decimal } from '@shared/decimal'
import { annualEffectiveFromPeriodic, irr, npvAtPeriodicRate } from '@shared/finance'

const flows = (xs: (number | string)[]) => xs.map((x) => dec(x))
const expectRate = (r: ReturnType<typeof irr>, expected: string, digits = 12) => {
  expect(r.status).toBe('ok')
  if (r.status !== 'ok') return
  expect(r.periodicRate.minus(expected).abs().toNumber()).toBeLessThan(10 ** -digits)
}

// Reference roots: numpy.roots on the polynomial in v = 1/(1+i), refined with mpmath.findroot at
// 40 digits (scratch script /tmp/scratch/irr_ref.py, reproduced in the test names' comments).
describe('irr — reference vectors (reliability.md §5.1, numpy-financial docstrings)', () => {
  it('numpy-financial: [-100, 39, 59, 55, 20] → 0.28094842115996110458 (mpmath)', () => {
    expectRate(irr(flows([-100, 39, 59, 55, 20])), '0.28094842115996110458', 15)
  })
  it('numpy-financial: [-100, 0, 0, 74] → -0.095495830348972519838', () => {
    expectRate(irr(flows([-100, 0, 0, 74])), '-0.095495830348972519838', 15)
  })
  it('numpy-financial: [-100, 100, 0, 7] → 0.062058485629929459869', () => {
    expectRate(irr(flows([-100, 100, 0, 7])), '0.062058485629929459869', 15)
  })
  it('numpy-financial: [-100, 100, 0, -7] has two roots (-67.89 % and -8.33 %); numpy picks -0.0833, we report both', () => {
    const r = irr(flows([-100, 100, 0, -7]))
    expect(r.status).toBe('multiple')
    if (r.status !== 'multiple') return
    expect(r.periodicRates.map((x) => x.toNumber())).toEqual([expect.closeTo(-0.6788943736323865, 12), expect.closeTo(-0.08329966618493269, 12)])
  })
  it('numpy-financial: [-5, 10.5, 1, -8, 1] has three roots incl. 0.0886', () => {
    const r = irr(flows([-5, 10.5, 1, -8, 1]))
    expect(r.status).toBe('multiple')
    if (r.status !== 'multiple') return
    expect(r.periodicRates.map((x) => x.toNumber())).toEqual([expect.closeTo(-0.87020124748474, 12), expect.closeTo(0.08859833852775535, 12), expect.closeTo(0.7095595276861836, 12)])
  })
  it('[-100, 230, -132] → multiple: 10 % and 20 % (Newton finds either depending on the guess)', () => {
    const r = irr(flows([-100, 230, -132]))
    expect(r.status).toBe('multiple')
    if (r.status !== 'multiple') return
    expect(r.periodicRates.map((x) => x.toDecimalPlaces(12).toString())).toEqual(['0.1', '0.2'])
  })
  it('[-100, 150, -60] → no real root although the signs change', () => {
    expect(irr(flows([-100, 150, -60])).status).toBe('no-root')
  })
  it('[-1000, 800, 800, -700] (closure cost) → no root', () => {
    expect(irr(flows([-1000, 800, 800, -700])).status).toBe('no-root')
  })
  it('[-1, 1000] → 99,900 % (outside a naive [-99.99 %, 1000 %] bracket)', () => {
    expectRate(irr(flows([-1, 1000])), '999', 9)
  })
  it('[-1000, 300, 400, 500, 200] → 15.322137877181541949 %', () => {
    expectRate(irr(flows([-1000, 300, 400, 500, 200])), '0.15322137877181541949', 15)
  })
  it('-1e6 then 40 × 25,000 → exactly 0 % (Newton from −50 % does not converge)', () => {
    const r = irr([dec(-1_000_000), ...Array.from({ length: 40 }, () => dec(25_000))])
    expectRate(r, '0', 20)
  })
  it('all negative → none (no sign change); all positive → none; one flow → none', () => {
    expect(irr(flows([-1, -2, -3])).status).toBe('none')
    expect(irr(flows([1, 2, 0])).status).toBe('none')
    expect(irr(flows([-1])).status).toBe('none')
    expect(irr(flows([0, 0, 0])).status).toBe('none')
  })
  it('[-1, 1e-12] → out of range (the root is −100 % + 1e-12)', () => {
    expect(irr(flows(['-1', '0.000000000001'])).status).toBe('out-of-range')
  })
  it('the decimal polish leaves NPV at the IRR below 1e-25 of the flows', () => {
    const f = flows(['-1250000.37', '210000', '310000.5', '290000', '280000', '270000', '260000'])
    const r = irr(f)
    expect(r.status).toBe('ok')
    if (r.status !== 'ok') return
    expect(npvAtPeriodicRate(r.periodicRate, f).abs().toNumber()).toBeLessThan(1e-19)
  })
  it('annualises a semi-annual IRR as (1+i)^2 − 1', () => {
    expect(annualEffectiveFromPeriodic(new Decimal('0.05'), 6).toString()).toBe('0.1025')
  })
})

/*
 * Issue 21 (mutation testing): every exit of irr() with its reason, and the grid's edge cases. The grid is
 * x = ln(1+i) in 1,843 steps of 0.005 either side of 0, so its ends are x = ±9.215 (i = e^9.215 − 1 =
 * 10,045.7 = 1,004,571 % and e^−9.215 − 1 = −99.99005 %).
 */
describe('irr — every exit and its reason', () => {
  const reason = (r: ReturnType<typeof irr>) => (r.status === 'ok' ? '' : r.reason)
  it('fewer than two flows; a non-finite flow; all one sign', () => {
    expect(reason(irr(flows([-1])))).toBe('needs at least two cash flows')
    expect(reason(irr(flows([])))).toBe('needs at least two cash flows')
    expect(reason(irr([dec(-1), new Decimal(Infinity), dec(1)]))).toBe('a cash flow is not a finite number')
    expect(reason(irr([dec(-1), new Decimal(NaN)]))).toBe('a cash flow is not a finite number')
    expect(irr([dec(-1), new Decimal(NaN)]).status).toBe('none')
    expect(reason(irr(flows([0, 5, 0])))).toBe('all cash flows are positive or zero: no IRR')
    expect(reason(irr(flows([-5, 0])))).toBe('all cash flows are negative or zero: no IRR')
  })
  it('multiple: the reason lists the rates in per cent to 6 significant digits', () => {
    // −100 + 230v − 132v² = 0 at 1+i = 1.1 and 1.2 (hand: (1.1·1.2 = 1.32, 1.1 + 1.2 = 2.3)).
    expect(reason(irr(flows([-100, 230, -132])))).toBe('2 rates give NPV = 0 (10 %, 20 %): the IRR is ambiguous, use NPV')
  })
  it('no-root and out-of-range reasons', () => {
    expect(reason(irr(flows([-100, 150, -60])))).toBe('the cash flows change sign but no discount rate makes NPV zero')
    expect(reason(irr(flows(['-1', '0.000000000001'])))).toBe('NPV changes sign only outside −99.99 % … +1,000,000 % per period')
  })
  it('leading and trailing zeros do not change which flow is "first" and "last" for the beyond-the-grid test', () => {
    // 100 − 150v + 60v²: discriminant 22,500 − 24,000 < 0 → no root; padded with zeros it is still no-root.
    expect(irr(flows([0, 100, -150, 60])).status).toBe('no-root')
    expect(irr(flows([100, -150, 60, 0])).status).toBe('no-root')
    expect(irr(flows([100, -150, 60])).status).toBe('no-root')
  })
})

describe('irr — roots on grid points and beyond the top of the grid', () => {
  it('[100, −100]: NPV is exactly 0 at the grid point x = 0 after a negative one → one root, 0 %', () => {
    // 100 − 100/(1+i) < 0 for i < 0 and > 0 for i > 0: one root at 0, found as the grid point itself.
    expectRate(irr(flows([100, -100])), '0', 30)
  })
  it('[1, −2, 1] = (1 − v)²: a double root at 0 % (slope 0 there) is reported, not divided by zero', () => {
    expectRate(irr(flows([1, -2, 1])), '0', 30)
  })
  it('a root exactly on the first grid point (x = −9.215): [−1, e^−9.215] → i = e^−9.215 − 1', () => {
    const a = Math.exp(-9.215) // float NPV at the grid's first point is exactly −1·w + a = 0
    const r = irr([dec(-1), new Decimal(a)])
    expect(r.status).toBe('ok')
    // Exact root a − 1 (Decimal); the grid point's rate expm1(−9.215) is the same number to 1e-15.
    if (r.status === 'ok') expect(r.periodicRate.minus(new Decimal(a).minus(1)).abs().toNumber()).toBeLessThan(1e-15)
  })
  it('a float NPV exactly 0 at a grid point is still polished to the Decimal root: [−1, 1.010050167084168] → 0.010050167084168', () => {
    // x = 0.01 is grid point 2; in floats 1.010050167084168·e^−0.01 − 1 = 0 exactly, so the float root is
    // expm1(0.01) = 0.010050167084168058, 5.8e-17 from the true root a − 1 = 0.010050167084168 (exact, 2 flows).
    expectRate(irr(flows([-1, '1.010050167084168'])), '0.010050167084168', 25)
  })
  it('[−1, 10,070]: the root 1+i = 10,070 (x = 9.2173) lies between the last grid point 9.215 and 9.22 → out-of-range', () => {
    expect(irr(flows([-1, 10070])).status).toBe('out-of-range')
    // Inside the grid: 1+i = 10,000 (x = 9.2103 < 9.215) → 9,999.
    expectRate(irr(flows([-1, 10000])), '9999', 20)
  })
  it('100 flows with a root near the top of the grid: no overflow in the scaled NPV (i = 4,999)', () => {
    // −1 + 5000·v + v^99 = 0: at v = 1/5000 the last term is 5000^−99 ≈ 1e−366, so i = 4,999 to far below
    // 1e−20. Unscaled, (1+i)^99 at x ≈ 8.5 would overflow a float.
    const f = [dec(-1), dec(5000), ...Array.from({ length: 97 }, () => dec(0)), dec(1)]
    expectRate(irr(f), '4999', 20)
  })
  // Issue 21 bug, fixed: with 82 or more trailing zero flows the scaled NPV Σ f_k·w^(n−1−k) underflowed to
  // exactly 0 near the bottom of the grid (w^83 at x = −9.215 is e^−765), and every exact zero was taken as a
  // root: irr() said 'multiple' (6 spurious rates near −99.99 %), floatIrr said ok −99.99 %. The scan now
  // leaves out the zeros before the first and after the last non-zero flow (they change no root).
  it('[−1, 5000, then 82 zeros] → ok 4,999 (was: multiple, spurious roots at −99.99 %)', () => {
    // By hand: NPV = −1 + 5000/(1+i) + 0 = 0 ⇔ 1 + i = 5000 ⇔ i = 4,999 (= 499,900 %) exactly.
    expectRate(irr([dec(-1), dec(5000), ...Array.from({ length: 82 }, () => dec(0))]), '4999', 20)
  })
  it('[82 zeros, then −1, 5000] → ok 4,999: the same underflow near the TOP of the grid (leading zeros)', () => {
    // NPV = v^82·(−1 + 5000v): the same single root 1 + i = 5000. Before the fix Σ f_k v^k underflowed to 0
    // near x = 9.21 (v^82·0.5 at v = 1e−4 is 5e−329) and irr() said 'multiple' (29 spurious rates).
    expectRate(irr([...Array.from({ length: 82 }, () => dec(0)), dec(-1), dec(5000)]), '4999', 20)
  })
  it('a 372-month series ending in 120 zeros (12 months of build, 20 years of operations, 10 empty years) → one IRR, 1.1735 % a month', () => {
    // 12 × −250,000 (months 0–11), 240 × +40,000 (months 12–251), 120 × 0 (months 252–371). Before the fix
    // irr() said 'multiple' with 585 spurious rates near −99.99 %.
    // Expected value, independent of the engine: NPV·(1 − v) = −250,000·(1 − v^12) + 40,000·v^12·(1 − v^240)
    // (two geometric sums), solved by 200 bisection steps at 60 digits (Python decimal, /tmp/scratch/irr372.py):
    //   def npv(i): v = 1/(1+i); return -250000*(1-v**12)/(1-v) + 40000*v**12*(1-v**240)/(1-v)
    //   lo, hi = D('0.0001'), D('0.1')   # npv(lo) > 0 > npv(hi)
    //   for _ in range(200): mid = (lo+hi)/2; lo, hi = (mid, hi) if npv(mid) > 0 else (lo, mid)
    // → 0.011734686918877480423579074108026…; the direct sum Σ f_k (1+i)^−k at it is 1.8e−51.
    // (1.011734686918877…)^12 − 1 = 15.027 % a year.
    const f = [
      ...Array.from({ length: 12 }, () => dec(-250000)),
      ...Array.from({ length: 240 }, () => dec(40000)),
      ...Array.from({ length: 120 }, () => dec(0))
    ]
    expect(f).toHaveLength(372)
    expectRate(irr(f), '0.011734686918877480423579074108026', 26)
  })
})
