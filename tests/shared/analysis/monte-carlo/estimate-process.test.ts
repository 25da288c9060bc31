/** OU parameters from a yearly series (the reference price process's Ni figures, issue 19). */
import { describe, expect, it } from 'vitest'
import { estimateOu } from '@shared/analysis/monte-carlo/estimate-process'
import { createRng } from '@shared/analysis/monte-carlo/prng'
import { referenceMeanReversion, referenceSeries, referenceVolatility } from '@shared/reference'

describe('estimateOu', () => {
  it('a four-year series by hand', () => {
    // x = ln P = 0, 1, 0.5, 0.75. Pairs (0, 1), (1, 0.5), (0.5, 0.75): x̄ = 0.5, ȳ = 0.75,
    // Sxy = (−0.5)(0.25) + (0.5)(−0.25) + 0·0 = −0.25 → slope −1: no reversion, refused.
    expect(() => estimateOu([1, Math.E, Math.exp(0.5), Math.exp(0.75)])).toThrow(/does not revert/)
    // x = 0, 1, 1.5, 1.5: pairs (0, 1), (1, 1.5), (1.5, 1.5): x̄ = 5/6, ȳ = 4/3,
    // Sxx = 25/36 + 1/36 + 16/36 = 42/36, Sxy = (−5/6)(−1/3) + (1/6)(1/6) + (2/3)(1/6) = 15/36 → b = 15/42 = 5/14;
    // a = 4/3 − (5/14)(5/6) = 4/3 − 25/84 = 87/84; residuals: 1 − 87/84 = −3/84, 1.5 − 87/84 − 5/14 = 9/84, 1.5 − 87/84 − 15/28 = −6/84;
    // SSE = (9 + 81 + 36)/84² = 126/7056 → sd = √(126/7056 / 1) = 0.13363.
    const e = estimateOu([1, Math.E, Math.exp(1.5), Math.exp(1.5)])
    expect(e.slope).toBeCloseTo(5 / 14, 12)
    expect(e.meanReversionPerYear).toBeCloseTo(-Math.log(5 / 14), 12)
    expect(e.halfLifeYears).toBeCloseTo(Math.log(2) / -Math.log(5 / 14), 12)
    expect(e.residualSd).toBeCloseTo(Math.sqrt(126 / 7056), 12)
    const k = -Math.log(5 / 14)
    expect(e.volatility).toBeCloseTo(Math.sqrt(126 / 7056) * Math.sqrt((2 * k) / (1 - Math.exp(-2 * k))), 12)
    expect(e.pairs).toBe(3)
  })

  it('recovers κ and σ from a long simulated OU path (exact discretisation)', () => {
    const rng = createRng(7)
    const kappa = 0.4
    const sigma = 0.3
    const b = Math.exp(-kappa)
    const sd = sigma * Math.sqrt((1 - Math.exp(-2 * kappa)) / (2 * kappa))
    const prices: number[] = []
    let x = 0
    for (let t = 0; t < 20000; t++) {
      prices.push(Math.exp(2 + x))
      x = b * x + sd * rng.normal()
    }
    const e = estimateOu(prices)
    expect(e.meanReversionPerYear).toBeGreaterThan(0.37)
    expect(e.meanReversionPerYear).toBeLessThan(0.43)
    expect(e.volatility).toBeGreaterThan(0.29)
    expect(e.volatility).toBeLessThan(0.31)
  })

  it('refuses a slope of exactly 0 (no memory: κ would be infinite) and of exactly 1 or more (a random walk or a trend)', () => {
    // ln P = 1, 0, 1, 2: pairs (1, 0), (0, 1), (1, 2), x̄ = 2/3, ȳ = 1: Sxy = (1/3)(−1) + (−2/3)(0) + (1/3)(1) = 0.
    expect(() => estimateOu([Math.E, 1, Math.E, Math.E ** 2])).toThrow(/slope 0 is not between 0 and 1/)
    // ln P = 0, 1, 2, 3: every step +1, Sxy = Sxx = 2: slope 1.
    expect(() => estimateOu([1, Math.E, Math.E ** 2, Math.E ** 3])).toThrow(/slope 1 is not between 0 and 1/)
    // ln P = 0, 1, 3, 7: Sxy = 84/9, Sxx = 42/9: slope 2.
    expect(() => estimateOu([1, Math.E, Math.E ** 3, Math.E ** 7])).toThrow(/does not revert/)
  })

  it('refuses too short a series and a price at or below zero', () => {
    expect(() => estimateOu([1, 2, 3])).toThrow(/at least 4/)
    expect(() => estimateOu([1, 2, 0, 3])).toThrow(/above 0/)
  })

  it('the reference file’s Ni volatility and mean reversion are what its stored IMF series gives', () => {
    const series = referenceSeries('Ni')
    expect(series.map((s) => s.year)).toEqual(Array.from({ length: 36 }, (_, i) => 1980 + i))
    const e = estimateOu(series.map((s) => s.price))
    // b = 0.8426, κ = 0.171, σ = 0.347 (docs/methodology.md, Monte Carlo): the file rounds to 0.17 and 0.35.
    expect(e.slope).toBeCloseTo(0.8426, 3)
    expect(e.meanReversionPerYear.toFixed(2)).toBe(referenceMeanReversion().perYear.toFixed(2))
    expect(e.volatility.toFixed(2)).toBe(referenceVolatility('Ni')!.volatility.toFixed(2))
    expect(e.halfLifeYears).toBeCloseTo(4.05, 1)
  })
})
