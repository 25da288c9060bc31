import { Decimal, ONE, ZERO } from '../decimal'
import { brentFloat } from './root-finding'

/**
 * Robust internal rate of return (reliability.md §5.1). Unlike Excel's Newton iteration from a guess,
 * this scans NPV over a grid of rates for EVERY sign change, refines each bracket (Brent in floating
 * point, then Newton polish in Decimal), and says why when there is no single answer.
 */
export type IrrResult =
  | { status: 'ok'; periodicRate: Decimal }
  /** No IRR exists because the flows never change sign (or there are fewer than two flows). */
  | { status: 'none'; reason: string }
  /** More than one rate gives NPV = 0: the IRR is ambiguous; use NPV (or MIRR) instead. */
  | { status: 'multiple'; periodicRates: Decimal[]; reason: string }
  /** The flows change sign but NPV never reaches zero at any rate (e.g. −100, 150, −60). */
  | { status: 'no-root'; reason: string }
  /** NPV changes sign only beyond the searched range (periodic rate below −99.99 % or above 1,000,000 %). */
  | { status: 'out-of-range'; reason: string }

/** Search in x = ln(1 + i): x ∈ [−9.21, 9.21] ↔ i ∈ [−99.99 %, +1,000,000 %] per period. */
const X_LIMIT = 9.2104
const X_STEP = 0.005
const STEPS = Math.ceil(X_LIMIT / X_STEP)

/**
 * NPV as a float at x = ln(1+i), scaled by a positive factor so it never overflows:
 * for i ≥ 0, Σ f_k v^k with v = e^−x ≤ 1; for i < 0, the same divided by v^(n−1). Sign and roots are
 * those of the true NPV.
 */
function scaledNpv(flows: readonly number[], x: number): number {
  const n = flows.length
  let acc = 0
  if (x >= 0) {
    const v = Math.exp(-x)
    for (let k = n - 1; k >= 0; k--) acc = acc * v + flows[k]!
  } else {
    const w = Math.exp(x)
    for (let k = 0; k < n; k++) acc = acc * w + flows[k]!
  }
  return acc
}

/**
 * NPV Σ f_k v^k and its derivative with respect to i (−Σ k f_k v^(k+1)) in one Horner pass, in Decimal.
 */
function npvAndDerivative(periodicRate: Decimal, flows: readonly Decimal[]): { value: Decimal; slope: Decimal } {
  const v = ONE.div(ONE.plus(periodicRate))
  let value = ZERO
  let d = ZERO // Σ k f_k v^(k−1), built alongside: d' = d·v + value
  for (let k = flows.length - 1; k >= 0; k--) {
    d = d.times(v).plus(value)
    value = value.times(v).plus(flows[k]!)
  }
  // d = Σ_{k≥1} k f_k v^(k−1); dNPV/di = −v² · d
  return { value, slope: d.times(v).times(v).neg() }
}

/**
 * One Newton step in Decimal from the float root (Brent leaves ~1e-15 in the rate; one step takes it
 * to the Decimal precision for a simple root). Kept only inside the bracket.
 */
function polish(flows: readonly Decimal[], rate: Decimal, lo: Decimal, hi: Decimal): Decimal {
  const { value, slope } = npvAndDerivative(rate, flows)
  if (value.isZero() || slope.isZero()) return rate
  const next = rate.minus(value.div(slope))
  return next.lt(lo) || next.gt(hi) ? rate : next
}

const toRate = (x: number): Decimal => new Decimal(Math.expm1(x))

/**
 * IRR of cash flows at equal periods, the first flow at time 0 (undiscounted): the periodic rate `i`
 * with `Σ flow_k / (1+i)^k = 0`. Unit: fraction per period; annualise with
 * `annualEffectiveFromPeriodic`. Returns `ok` only when exactly one root exists in the range.
 */
export function irr(flows: readonly Decimal[]): IrrResult {
  if (flows.length < 2) return { status: 'none', reason: 'needs at least two cash flows' }
  if (flows.some((f) => !f.isFinite())) return { status: 'none', reason: 'a cash flow is not a finite number' }
  const nonZero = flows.filter((f) => !f.isZero())
  const hasPos = nonZero.some((f) => f.gt(0))
  const hasNeg = nonZero.some((f) => f.isNegative())
  if (!hasPos || !hasNeg)
    return { status: 'none', reason: hasPos ? 'all cash flows are positive or zero: no IRR' : 'all cash flows are negative or zero: no IRR' }

  const f = flows.map((d) => d.toNumber())
  const fx = (x: number) => scaledNpv(f, x)
  const roots: { x: number; lo: number; hi: number }[] = []
  let prevX = -STEPS * X_STEP
  let prevV = fx(prevX)
  if (prevV === 0) roots.push({ x: prevX, lo: prevX, hi: prevX })
  for (let j = -STEPS + 1; j <= STEPS; j++) {
    const x = j * X_STEP
    const v = fx(x)
    if (v === 0) roots.push({ x, lo: x - X_STEP, hi: x + X_STEP })
    else if (prevV !== 0 && (v > 0) !== (prevV > 0)) roots.push({ x: brentFloat(fx, prevX, x, 1e-15), lo: prevX, hi: x })
    prevX = x
    prevV = v
  }

  if (roots.length === 1) {
    const r = roots[0]!
    return { status: 'ok', periodicRate: polish(flows, toRate(r.x), toRate(r.lo), toRate(r.hi)) }
  }
  if (roots.length > 1) {
    const rates = roots.map((r) => polish(flows, toRate(r.x), toRate(r.lo), toRate(r.hi)))
    return {
      status: 'multiple',
      periodicRates: rates,
      reason: `${rates.length} rates give NPV = 0 (${rates.map((r) => `${r.times(100).toSignificantDigits(6).toString()} %`).join(', ')}): the IRR is ambiguous, use NPV`
    }
  }
  // No root on the grid: is one beyond either end? As i → ∞, NPV → the first non-zero flow's sign;
  // as i → −1, the scaled NPV → the last non-zero flow's sign.
  const firstSign = nonZero[0]!.gt(0)
  const lastSign = nonZero[nonZero.length - 1]!.gt(0)
  const atTop = fx(STEPS * X_STEP)
  const atBottom = fx(-STEPS * X_STEP)
  if ((atTop > 0) !== firstSign || (atBottom > 0) !== lastSign)
    return { status: 'out-of-range', reason: 'NPV changes sign only outside −99.99 % … +1,000,000 % per period' }
  return { status: 'no-root', reason: 'the cash flows change sign but no discount rate makes NPV zero' }
}
