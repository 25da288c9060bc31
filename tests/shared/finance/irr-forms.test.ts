import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { floatIrr, irr } from '@shared/finance'

/**
 * finance/irr.ts holds the IRR scan in two forms: `irr` (Decimal, the engine) and `floatIrr` (float,
 * Monte Carlo). They must agree: same status, same rate to 1e-9 (relative above 100 % per period).
 */
const STATUS = { ok: 'ok', none: 'no-sign-change', multiple: 'multiple-roots', 'no-root': 'no-root', 'out-of-range': 'out-of-range' } as const

function agree(flows: number[], expected?: keyof typeof STATUS) {
  const exact = irr(flows.map((f) => new Decimal(f)))
  if (expected) expect(exact.status, JSON.stringify(flows)).toBe(expected)
  for (const fast of [floatIrr(flows), floatIrr(Float64Array.from(flows))]) {
    expect(fast.ok ? 'ok' : fast.code, JSON.stringify(flows)).toBe(STATUS[exact.status])
    if (exact.status === 'ok' && fast.ok) {
      const r = exact.periodicRate.toNumber()
      expect(Math.abs(fast.periodicRate - r), JSON.stringify(flows)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(r)))
    }
  }
}

describe('Decimal and float IRR agree', () => {
  it('one root: ordinary, zero, tiny and huge rates, near both ends of the range', () => {
    agree([-100, 110], 'ok')
    agree([-1000, 300, 400, 500], 'ok')
    agree([-100, 100], 'ok') // 0 %, a grid point
    agree([-1, 1.0000000001], 'ok') // 1e-10 per period
    agree([-1e6, 1e6 + 1e-3], 'ok')
    agree([-1, 1e4], 'ok') // +999,900 %
    agree([-1, 0, 1e7], 'ok') // +316,128 %
    agree([-1, 0.0002], 'ok') // −99.98 %
    agree([-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1e12], 'ok')
    agree([1000, -300, -400, -500], 'ok') // a loan: positive first
  })
  it('several sign changes: one root, two roots, three roots', () => {
    agree([-100, 230, -132], 'multiple') // 10 % and 20 %
    agree([-5, 10.5, 1, -8, 1])
    agree([-100, 100, 0, -7])
    agree([-1000, 3600, -4310, 1716], 'multiple') // 10 %, 20 %, 30 %
    agree([-100, 50, -20, 120], 'ok')
  })
  it('no root, no sign change, out of range', () => {
    agree([-100, 150, -60], 'no-root')
    agree([100, 50], 'none')
    agree([0, 0], 'none')
    agree([-100], 'none')
    agree([0, -50, 0, 80, 0], 'ok')
    agree([-1, 5e5], 'out-of-range') // +49,999,900 %, beyond +1,000,000 %
    agree([-1, 1e-5], 'out-of-range') // −99.999 %
  })
  it('random series, many sign changes and mixed scales', () => {
    let seed = 20261202
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648)
    for (let t = 0; t < 300; t++) {
      const len = 2 + Math.floor(rnd() * 40)
      const bias = t % 3 === 0 ? 0.5 : 0.2
      agree(Array.from({ length: len }, (_, k) => (k === 0 ? -1000 : Math.round((rnd() - bias) * 400 * (rnd() < 0.1 ? 1000 : 1)))))
    }
  })
})

describe('float IRR: the Descartes shortcut, the sign count and the grid ends (issue 21)', () => {
  it('a root exactly at either end of the range: the end itself is the answer', () => {
    // Grid ends x = ±9.215 (1,843 steps of 0.005). [−1, e^9.215]: the scaled NPV at the top is exactly 0.
    expect(floatIrr([-1, Math.exp(9.215)])).toEqual({ ok: true, periodicRate: Math.expm1(9.215) })
    expect(floatIrr([-1, Math.exp(-9.215)])).toEqual({ ok: true, periodicRate: Math.expm1(-9.215) })
  })
  it('zeros are not a sign: [100, 0, 50] has no sign change; [0, −50, 0, 80, 0] has one', () => {
    agree([100, 0, 50], 'none')
    agree([0, -50, 0, 80, 0], 'ok') // −50v + 80v³ = 0 → v² = 0.625 → 1+i = √1.6 → i = 0.264911064067352 (hand)
    expect(floatIrr([0, -50, 0, 80, 0])).toEqual({ ok: true, periodicRate: expect.closeTo(Math.sqrt(1.6) - 1, 12) })
  })
  it('no-root and out-of-range with several sign changes use the first and last non-zero flows', () => {
    agree([100, -150, 60], 'no-root') // discriminant 22,500 − 24,000 < 0
    agree([0, 100, -150, 60, 0], 'no-root')
    // −1 + 5e5·v − 1e−3·v² + 1e−12·v³: positive over the whole grid (v ∈ [1e−4, 1e4]); the roots are at
    // v ≈ 2e−6 (i ≈ 5e5, above the grid) and beyond v = 1e4 → out-of-range, first flow negative, last positive.
    agree([-1, 5e5, -1e-3, 1e-12], 'out-of-range')
  })
  it('root pairs 0.008 apart in x = ln(1+i) (more than one grid step) are both found by the pruned scan', () => {
    // (u − u1)(u − u2)/u² with u = 1+i: flows [K, −K(u1+u2), K·u1·u2]. Spacing 0.008 > 0.005 puts a grid
    // point between the roots, so the full scan sees both: status multiple, and the pruned float scan must agree.
    for (const c of [-6, -3, -1, -0.3, -0.02, 0.02, 0.3, 1, 3, 6])
      for (const K of [1, 1e3, 1e6]) {
        const u1 = Math.exp(c)
        const u2 = Math.exp(c + 0.008)
        agree([K, -K * (u1 + u2), K * u1 * u2], 'multiple')
        agree([-K, K * (u1 + u2), -K * u1 * u2], 'multiple')
      }
  })
})

describe('zeros before the first and after the last non-zero flow change no root (issue 21 bug, fixed)', () => {
  // Before the fix the scaled NPV underflowed to an exact 0 at the grid's bottom (82+ trailing zeros) or top
  // (82+ leading zeros), and an exact 0 counts as a root: floatIrr said ok −99.99 % through the Descartes
  // shortcut and 'multiple-roots' through the grid scan.
  const zeros = (n: number) => Array.from({ length: n }, () => 0)
  it('one sign change (Descartes shortcut): [−1, 5000] with 82 zeros after or before it → 4,999 in both forms', () => {
    // −1 + 5000v = 0 ⇔ 1 + i = 5000 (by hand).
    for (const f of [[-1, 5000, ...zeros(82)], [...zeros(82), -1, 5000], [...zeros(90), -1, 5000, ...zeros(300)]]) {
      agree(f, 'ok')
      const fast = floatIrr(f)
      expect(fast.ok && Math.abs(fast.periodicRate - 4999)).toBeLessThan(1e-9)
    }
  })
  it('two sign changes (the pruned grid scan): [−100, 200, −0.01] with 90 trailing or leading zeros → ok 99.995 %', () => {
    // −100 + 200v − 0.01v² = 0 ⇔ v² − 20,000v + 10,000 = 0 ⇔ v = 10,000 ∓ √99,990,000 (quadratic formula):
    // v = 0.50001250062503906… → i = 1/v − 1 = 0.99994999874993749609… (50-digit Python decimal), and
    // v = 19,999.4999874… → i = −0.99995, below the grid's −99.990 %: one root in range.
    for (const f of [[-100, 200, -0.01, ...zeros(90)], [...zeros(90), -100, 200, -0.01]]) {
      agree(f, 'ok')
      const fast = floatIrr(f)
      expect(fast.ok && Math.abs(fast.periodicRate - 0.9999499987499375)).toBeLessThan(1e-14)
    }
  })
  it('two roots with 90 trailing zeros are still exactly two: [−100, 230, −132, 0 × 90] → 10 % and 20 %', () => {
    // NPV·u² = −100u² + 230u − 132 = −100(u − 1.1)(u − 1.2) with u = 1 + i: roots 10 % and 20 % (by hand).
    const r = irr([-100, 230, -132, ...zeros(90)].map((x) => new Decimal(x)))
    expect(r.status).toBe('multiple')
    if (r.status === 'multiple') expect(r.periodicRates.map((x) => x.toDecimalPlaces(12).toString())).toEqual(['0.1', '0.2'])
    expect(floatIrr([-100, 230, -132, ...zeros(90)])).toEqual({ ok: false, code: 'multiple-roots' })
  })
  it('no root, padded: [100, −150, 60] with 90 zeros either side is still no-root (not a root at an underflowed end)', () => {
    agree([...zeros(90), 100, -150, 60, ...zeros(90)], 'no-root')
  })
})

describe('pruned scan stays inside the proven interval (issue 21)', () => {
  it('close root pairs that a jump two grid points too far would skip: both forms say multiple, at the quadratic-formula roots', () => {
    // Found by fuzzing the mutant "jMax = ⌈xMax/step⌉ + 1" (it returned no-root for these). The roots in
    // u = 1+i of f0·u² + f1·u + f2 = 0 are (−f1 ± √(f1² − 4·f0·f2)) / (2·f0) — computed here, not by the scan.
    for (const f of [[10, -56.45938298351094, 79.69100952230623], [10000000, -28799.318671781137, 20.7348484255065], [10, -0.024214501922443094, 0.000014658411492579351]]) {
      agree(f, 'multiple')
      const [f0, f1, f2] = f as [number, number, number]
      const d = Math.sqrt(f1 * f1 - 4 * f0 * f2)
      const roots = [(-f1 - d) / (2 * f0) - 1, (-f1 + d) / (2 * f0) - 1]
      const r = irr(f.map((x) => new Decimal(x)))
      if (r.status !== 'multiple') throw new Error(r.status)
      r.periodicRates.forEach((x, k) => expect(Math.abs(x.toNumber() - roots[k]!)).toBeLessThan(1e-9 * Math.max(1, Math.abs(roots[k]!))))
    }
  })
})
