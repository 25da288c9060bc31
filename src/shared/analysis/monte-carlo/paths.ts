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
export type PriceProcess =
  | { kind: 'gbm' }
  /**
   * `meanReversionByProduct` (issue 19, mean reversion per metal): productId → κ for a product whose metal
   * reverts at its own speed; a product not listed reverts at `meanReversionPerYear` (absent: every product
   * does, so settings written before it draw the same numbers, bit for bit).
   */
  | { kind: 'ou'; meanReversionPerYear: number; meanReversionByProduct?: Record<string, number> }

export type PathSpec = {
  process: PriceProcess
  /** κ per product (in `volatility`'s order) under OU, when the products revert at speeds of their own; absent: `process.meanReversionPerYear` for every product. */
  meanReversion?: readonly number[]
  /** Annual volatility of log price per product (0.25 = 25 %). */
  volatility: readonly number[]
  lower: readonly (readonly number[])[]
  years: number
}

export type PathBuffers = { z: number[]; eps: number[]; x: number[]; decay: number[]; stepSd: number[] }
export const pathBuffers = (n: number): PathBuffers => ({
  // Stryker disable next-line ArrayDeclaration: equivalent, an empty array filled and then written index by index holds the same numbers (JS arrays grow)
  z: new Array<number>(n).fill(0), eps: new Array<number>(n).fill(0), x: new Array<number>(n).fill(0), decay: new Array<number>(n).fill(0), stepSd: new Array<number>(n).fill(0)
})

/**
 * Fill `out` (row-major products × years) with one draw of multipliers. `record` (years × products,
 * row-major by year), when given, receives each year's independent normals z, so the FX path can be
 * correlated with them (recording draws nothing: the path is the same with or without it).
 */
export function drawPricePath(spec: PathSpec, rng: Rng, out: Float64Array, b: PathBuffers, record?: Float64Array): void {
  const productCount = spec.volatility.length
  const yearCount = spec.years
  b.x.fill(0)
  const process = spec.process
  // Per product, the same expressions as with one κ (so one κ for all draws the same bits as before).
  const kappa = (p: number) => (process.kind === 'ou' ? (spec.meanReversion?.[p] ?? process.meanReversionPerYear) : 0)
  // Stryker disable next-line EqualityOperator: equivalent, one more slot past the products is written and never read
  for (let p = 0; p < productCount; p++) {
    const k = kappa(p)
    b.decay[p] = Math.exp(-k)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the step is read only under OU (k > 0); at k = 0 the GBM branch never reads it
    b.stepSd[p] = k > 0 ? Math.sqrt((1 - Math.exp(-2 * k)) / (2 * k)) : 1
  }
  for (let y = 0; y < yearCount; y++) {
    for (let p = 0; p < productCount; p++) b.z[p] = rng.normal()
    if (record) for (let p = 0; p < productCount; p++) record[y * productCount + p] = b.z[p]!
    correlate(spec.lower, b.z, b.eps)
    const yearsElapsed = y + 1
    for (let p = 0; p < productCount; p++) {
      const volatility = spec.volatility[p]!
      const ou = kappa(p)
      if (ou > 0) {
        b.x[p] = b.x[p]! * b.decay[p]! + volatility * b.stepSd[p]! * b.eps[p]!
        const variance = (volatility * volatility * (1 - Math.exp(-2 * ou * yearsElapsed))) / (2 * ou)
        out[p * yearCount + y] = Math.exp(b.x[p]! - variance / 2)
      } else {
        b.x[p] = b.x[p]! - (volatility * volatility) / 2 + volatility * b.eps[p]!
        out[p * yearCount + y] = Math.exp(b.x[p]!)
      }
    }
  }
}

/**
 * FX paths as multipliers on the FX table (units of currency per USD), one per currency and calendar year:
 * a GBM on log FX, mean-preserving like the price paths (the table, with its own depreciation and the
 * case's stress, is the expected path): x_t = x_{t−1} − σ²/2 + σ·ε_t, multiplier exp(x_t). FX is a random
 * walk here whatever the price process (no mean reversion to a forecast). The multiplier is exactly 1 in
 * the years before `firstYear` (through construction: the funding plan is held as drawn) and the walk
 * starts there. ε = the FX rows of the Cholesky factor of the joint price-and-FX correlation matrix
 * (`lower`, (P + K) rows) times (the year's price normals z_P, recorded by `drawPricePath`, then K fresh
 * normals), so ε carries the correlation with that year's price shocks.
 */
export type FxPathSpec = { volatility: readonly number[]; lower: readonly (readonly number[])[]; productCount: number; years: number; firstYear: number }

export type FxBuffers = { z: number[]; x: number[] }
export const fxBuffers = (currencies: number): FxBuffers => ({ z: new Array<number>(currencies).fill(0), x: new Array<number>(currencies).fill(0) })

/** Fill `out` (row-major currencies × years) with one draw of FX multipliers; `priceZ` is the draw's recorded price normals (years × products). */
export function drawFxPath(spec: FxPathSpec, rng: Rng, priceZ: Float64Array, out: Float64Array, b: FxBuffers): void {
  const k = spec.volatility.length
  const p = spec.productCount
  const years = spec.years
  b.x.fill(0)
  for (let y = 0; y < years; y++) {
    for (let c = 0; c < k; c++) b.z[c] = rng.normal()
    for (let c = 0; c < k; c++) {
      const row = spec.lower[p + c]!
      let eps = 0
      for (let j = 0; j < p; j++) eps += row[j]! * priceZ[y * p + j]!
      for (let j = 0; j <= c; j++) eps += row[p + j]! * b.z[j]!
      if (y < spec.firstYear) {
        out[c * years + y] = 1
        continue
      }
      const sigma = spec.volatility[c]!
      b.x[c] = b.x[c]! - (sigma * sigma) / 2 + sigma * eps
      out[c * years + y] = Math.exp(b.x[c]!)
    }
  }
}
