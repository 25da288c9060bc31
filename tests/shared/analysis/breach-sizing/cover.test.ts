import { describe, expect, it } from 'vitest'
import { assessCover, binomialInterval, percentileWithMissing } from '@shared/analysis/breach-sizing/cover'

const f = (xs: number[]) => Float64Array.from(xs)

describe('assessCover (hand figures)', () => {
  // Ten draws: three below 1.00x, one without debt service (NaN).
  const ten = f([0.5, 2.0, 0.95, 1.4, NaN, 1.0, 1.25, 0.99, 3.0, 1.1])
  it('breach share, its binomial standard error and 95 % interval', () => {
    const a = assessCover(ten, { maxBreachProbability: 0.3, p90Covenant: null })
    expect(a.draws).toBe(10)
    expect(a.withDscr).toBe(9)
    expect(a.breachProbability).toBe(0.3) // 0.5, 0.95, 0.99; exactly 1.00x is not a breach
    expect(a.breachStandardError).toBeCloseTo(Math.sqrt(0.3 * 0.7 / 10), 15)
    expect(a.breachCi95[0]).toBeCloseTo(0.3 - 1.959963984540054 * Math.sqrt(0.021), 12)
    expect(a.breachCi95[1]).toBeCloseTo(0.3 + 1.959963984540054 * Math.sqrt(0.021), 12)
    expect(a.meets).toBe(true) // 0.3 ≤ 0.3
    expect(assessCover(ten, { maxBreachProbability: 0.29, p90Covenant: null }).meets).toBe(false)
    expect(a.covenantProbability).toBeNull()
  })
  it('P10 of minimum DSCR (PERCENTILE.INC), the missing draw sorting last; the covenant share', () => {
    // sorted: 0.5 0.95 0.99 1.0 1.1 1.25 1.4 2.0 3.0 ∞; h = 9 × 0.1 = 0.9 → 0.5 + 0.9 × 0.45 = 0.905
    const a = assessCover(ten, { maxBreachProbability: null, p90Covenant: 0.9 })
    expect(a.p10MinDscr).toBeCloseTo(0.905, 14)
    expect(a.meets).toBe(true)
    expect(a.covenantProbability).toBe(0.1)
    const b = assessCover(ten, { maxBreachProbability: null, p90Covenant: 0.91 })
    expect(b.meets).toBe(false)
    expect(b.covenantProbability).toBe(0.1) // only 0.5 lies below 0.91: the share meets 10 % while the interpolated P10 (0.905) misses
  })
  it('without a covenant target a negative P10 does not fail the breach target', () => {
    const xs = f([-1, -0.5, 2, 2, 2, 2, 2, 2, 2, 2]) // P10 = −1 + 0.9 × 0.5 = −0.55
    const a = assessCover(xs, { maxBreachProbability: 0.5, p90Covenant: null })
    expect(a.p10MinDscr).toBeCloseTo(-0.55, 14)
    expect(a.breachProbability).toBe(0.2)
    expect(a.meets).toBe(true)
  })
  it('both targets must hold', () => {
    expect(assessCover(ten, { maxBreachProbability: 0.3, p90Covenant: 0.905 }).meets).toBe(true)
    expect(assessCover(ten, { maxBreachProbability: 0.2, p90Covenant: 0.5 }).meets).toBe(false)
    expect(assessCover(ten, { maxBreachProbability: 0.5, p90Covenant: 0.95 }).meets).toBe(false)
  })
  it('no debt service in any draw: no breach, no P10 (the covenant is met), the share of a covenant 0', () => {
    const a = assessCover(f([NaN, NaN, NaN]), { maxBreachProbability: 0, p90Covenant: 1.3 })
    expect(a).toMatchObject({ withDscr: 0, breachProbability: 0, breachStandardError: 0, breachCi95: [0, 0], p10MinDscr: null, p10Ci95: [null, null], covenantProbability: 0, meets: true })
  })
  it('order-statistic interval of P10 on 1,000 draws 1…1000: ranks ⌊100 − 18.6⌋ = 81 and ⌈118.6⌉ = 119', () => {
    const xs = f(Array.from({ length: 1000 }, (_, i) => 1000 - i))
    const a = assessCover(xs, { maxBreachProbability: null, p90Covenant: 50 })
    expect(a.p10MinDscr).toBeCloseTo(100.9, 12) // h = 99.9 → 100 + 0.9
    expect(a.p10Ci95).toEqual([81, 119])
    expect(a.covenantProbability).toBe(0.049)
  })
  it('no draws at all: nothing to assess, zeros and nulls', () => {
    expect(assessCover(f([]), { maxBreachProbability: 0.1, p90Covenant: 1.2 })).toMatchObject({ draws: 0, breachProbability: 0, p10MinDscr: null, p10Ci95: [null, null], covenantProbability: 0, meets: true })
  })
})

describe('helpers', () => {
  it('binomial interval clamps at 0 and 1', () => {
    expect(binomialInterval(0.01, 10).ci95[0]).toBe(0)
    expect(binomialInterval(0.99, 10).ci95[1]).toBe(1)
    expect(binomialInterval(0.5, 100).standardError).toBeCloseTo(0.05, 15)
    expect(binomialInterval(0.5, 0).standardError).toBe(0)
  })
  it('a percentile that lands on or interpolates towards a missing draw is null', () => {
    expect(percentileWithMissing(f([1, 2, Infinity]), 0.5)).toBe(2)
    expect(percentileWithMissing(f([1, 2, Infinity]), 0.75)).toBeNull()
    expect(percentileWithMissing(f([1, Infinity, Infinity]), 0.5)).toBeNull()
    expect(percentileWithMissing(f([1, 3]), 0.25)).toBe(1.5)
  })
})
