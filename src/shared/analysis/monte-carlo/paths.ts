import { correlate } from './correlation'
import type { Rng } from './prng'

/**
 * Price paths as multipliers on the deck, one per product and calendar year, on log price:
 * - GBM: x_t = x_{t−1} − σ²/2 + σ·ε_t (t = 1 for the first model year);
 * - Ornstein–Uhlenbeck (mean-reverting to the deck): x_t = x_{t−1}·e^{−κ} + σ·√((1 − e^{−2κ})/(2κ))·ε_t,
 *   multiplier exp(x_t − Var(x_t)/2) with Var(x_t) = σ²(1 − e^{−2κt})/(2κ).
 * Both are mean-preserving (E[multiplier] = 1: the deck is the expected price). ε_t = L·z_t are
 * correlated across products by the Cholesky factor L, independent across years.
 */
export type PriceProcess = { kind: 'gbm' } | { kind: 'ou'; meanReversionPerYear: number }

export type PathSpec = {
  process: PriceProcess
  /** Annual volatility of log price per product (0.25 = 25 %). */
  volatility: readonly number[]
  lower: readonly (readonly number[])[]
  years: number
}

export type PathBuffers = { z: number[]; eps: number[]; x: number[] }
export const pathBuffers = (n: number): PathBuffers => ({ z: new Array<number>(n).fill(0), eps: new Array<number>(n).fill(0), x: new Array<number>(n).fill(0) })

/** Fill `out` (row-major products × years) with one draw of multipliers. */
export function drawPricePath(spec: PathSpec, rng: Rng, out: Float64Array, b: PathBuffers): void {
  const productCount = spec.volatility.length
  const yearCount = spec.years
  b.x.fill(0)
  const ou = spec.process.kind === 'ou' ? spec.process.meanReversionPerYear : 0
  const decay = Math.exp(-ou)
  const stepSd = ou > 0 ? Math.sqrt((1 - Math.exp(-2 * ou)) / (2 * ou)) : 1
  for (let y = 0; y < yearCount; y++) {
    for (let p = 0; p < productCount; p++) b.z[p] = rng.normal()
    correlate(spec.lower, b.z, b.eps)
    const yearsElapsed = y + 1
    for (let p = 0; p < productCount; p++) {
      const volatility = spec.volatility[p]!
      if (ou > 0) {
        b.x[p] = b.x[p]! * decay + volatility * stepSd * b.eps[p]!
        const variance = (volatility * volatility * (1 - Math.exp(-2 * ou * yearsElapsed))) / (2 * ou)
        out[p * yearCount + y] = Math.exp(b.x[p]! - variance / 2)
      } else {
        b.x[p] = b.x[p]! - (volatility * volatility) / 2 + volatility * b.eps[p]!
        out[p * yearCount + y] = Math.exp(b.x[p]!)
      }
    }
  }
}
