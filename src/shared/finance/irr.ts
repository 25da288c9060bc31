import { Decimal, ONE, ZERO } from '../decimal'
import { brentFloat } from './root-finding'

/**
 * The IRR scan, in both its forms (reliability.md §5.1, methodology §8): `irr` for the engine (Decimal
 * flows, Decimal rates) and `floatIrr` for the Monte Carlo fast path (binary floating point). Both look
 * for the periodic rate i in −99.99 % … +1,000,000 % with Σ f_k (1+i)^−k = 0 the same way: the scaled
 * NPV below over one grid of rates in x = ln(1 + i), a Brent refinement of every sign change
 * (`gridRoots`), "ok" only when exactly one root exists, and the same test for a root beyond the grid
 * (`beyondGrid`). Unlike Excel's Newton iteration from a guess (workbook/formula-eval.ts `excelIrr`,
 * which emulates Excel on purpose), this finds EVERY sign change and says why when there is no single answer.
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

/** The float form's answer: the same statuses as `IrrResult` ('none' is 'no-sign-change'), no reasons, no list of rates. */
export type FloatIrr = { ok: true; periodicRate: number } | { ok: false; code: 'no-sign-change' | 'multiple-roots' | 'no-root' | 'out-of-range' }

/** Search in x = ln(1 + i): x ∈ [−9.21, 9.21] ↔ i ∈ [−99.99 %, +1,000,000 %] per period. */
const X_LIMIT = 9.2104
const X_STEP = 0.005
const STEPS = Math.ceil(X_LIMIT / X_STEP)
const X_MIN = -STEPS * X_STEP
const X_MAX = STEPS * X_STEP

/**
 * NPV as a float at x = ln(1+i), scaled by a positive factor so it never overflows or underflows:
 * over the flows `start … end − 1` (the first to the last non-zero one, see `nonZeroSpan`), for i ≥ 0
 * Σ f_k v^(k−start) with v = e^−x ≤ 1; for i < 0, Σ f_k w^(end−1−k) with w = e^x < 1. The leading and
 * trailing zeros are left out: they only multiply the NPV by a power of v (or w) and change no root, but
 * that power underflows (w^83 at x = −9.215 is e^−765 < 5e−324), and an NPV that has underflowed to an
 * exact 0 would be taken for a root. Without them the term of lowest order is a non-zero flow, so the
 * scaled NPV tends to that flow at either end of the grid and is never 0 there by underflow. Sign and
 * roots are those of the true NPV.
 */
function scaledNpv(flows: ArrayLike<number>, start: number, end: number, x: number): number {
  let acc = 0
  // Stryker disable next-line EqualityOperator: equivalent, at x = 0 both branches compute Σ f_k (v = w = 1)
  if (x >= 0) {
    const v = Math.exp(-x)
    for (let k = end - 1; k >= start; k--) acc = acc * v + flows[k]!
  } else {
    const w = Math.exp(x)
    for (let k = start; k < end; k++) acc = acc * w + flows[k]!
  }
  return acc
}

/**
 * The flows that count for the scan: from the first non-zero flow to the last (`end` is one past it).
 * Zeros before and after them change no root (see `scaledNpv`). Called only when some flow is non-zero.
 */
function nonZeroSpan(flows: ArrayLike<number>, n: number): { start: number; end: number } {
  let start = 0
  while (flows[start] === 0) start++
  let end = n
  while (flows[end - 1] === 0) end--
  return { start, end }
}

/** A root of the scaled NPV at `x`, found inside the grid bracket [lo, hi]. */
type GridRoot = { x: number; lo: number; hi: number }

/**
 * Sign changes of the scaled NPV over the grid x_j = j·0.005, each refined by Brent to 1e-15 inside its
 * grid step (a grid point where NPV is exactly 0 is a root itself).
 *
 * With `prune`, grid points PROVEN to share the sign of the last evaluated one are skipped, so the
 * roots found are exactly those of the full scan, faster: on x ≥ 0 the scaled NPV is p(v) = Σ f_k v^k
 * with v = e^−x ∈ (0, 1], whose slope is bounded by D = Σ k·|f_k|; on x < 0 it is
 * q(w) = Σ f_k w^(n−1−k) with w = e^x ∈ (0, 1), slope ≤ Σ (n−1−k)·|f_k|. So p keeps its sign within
 * |p(v)| / D of v: every grid point in that interval has the same sign and can be skipped. A jump that
 * lands on a different sign (rounding) falls back to stepping one point at a time. Without `prune`
 * (the engine's Decimal form), every grid point is evaluated.
 */
function gridRoots(flows: ArrayLike<number>, start: number, end: number, prune: boolean): GridRoot[] {
  const fx = (x: number) => scaledNpv(flows, start, end, x)
  let dPos = 0
  let dNeg = 0
  // Stryker disable next-line ConditionalExpression: equivalent, dPos and dNeg are read only when pruning
  if (prune)
    for (let k = start; k < end; k++) {
      const a = Math.abs(flows[k]!)
      // Stryker disable next-line ArithmeticOperator: equivalent, pruning only skips grid points proven to share a sign, so this makes it skip fewer (or none) and the roots found are the same (k + start is a larger power)
      const power = k - start
      // Stryker disable next-line AssignmentOperator: equivalent, pruning only skips grid points proven to share a sign, so this makes it skip fewer (or none) and the roots found are the same (a negative bound proves nothing)
      dPos += power * a
      // Stryker disable next-line AssignmentOperator,ArithmeticOperator: equivalent, pruning only skips grid points proven to share a sign, so this makes it skip fewer (or none) and the roots found are the same (a negative bound proves nothing; end − 1 + k and end + 1 − k are larger bounds; the (end − 1 − k)/a form, which can be smaller, is killed by the root-pair tests)
      dNeg += (end - 1 - k) * a
    }
  const roots: GridRoot[] = []
  let j = -STEPS
  let prevX = j * X_STEP
  let prevV = fx(prevX)
  if (prevV === 0) roots.push({ x: prevX, lo: prevX, hi: prevX })
  while (j < STEPS) {
    let target = j + 1
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent, pruning only skips grid points proven to share a sign, so this makes it skip fewer (or none) and the roots found are the same (at prevV = 0 the bound is 0)
    if (prune && prevV !== 0) {
      const x = j * X_STEP
      let xMax: number
      // Stryker disable BlockStatement: equivalent, without either block xMax is undefined, jMax is NaN and nothing is skipped
      if (x < 0) {
        const r = Math.abs(prevV) / dNeg
        // Stryker disable next-line ArithmeticOperator: equivalent, pruning only skips grid points proven to share a sign, so this makes it skip fewer (or none) and the roots found are the same
        xMax = Math.min(0, Math.log(Math.exp(x) + r))
      } else {
        const r = Math.abs(prevV) / dPos
        // Stryker disable next-line UnaryOperator: equivalent, pruning only skips grid points proven to share a sign, so this makes it skip fewer (or none) and the roots found are the same (e^x ≥ e^−x for x ≥ 0)
        const v = Math.exp(-x)
        // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator,ArithmeticOperator: equivalent, pruning only skips grid points proven to share a sign, so this makes it skip fewer (or none) and the roots found are the same (log of ≤ 0 is NaN or −∞: no jump)
        xMax = v > r ? -Math.log(v - r) : Infinity
      }
      // Stryker restore BlockStatement
      // Stay strictly inside the proven interval (and within one region per jump).
      const jMax = Math.min(STEPS, Math.ceil(xMax / X_STEP) - 1)
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, pruning only skips grid points proven to share a sign, so this makes it skip fewer (or none) and the roots found are the same
      if (jMax > target) target = jMax
    }
    let x = target * X_STEP
    let v = fx(x)
    // A jump lands inside the proven interval, so on the same sign: this fallback is a guard against
    // rounding that no test can reach, and its mutants either never fall back or always do (no pruning).
    // Stryker disable all: unreachable guard (see above)
    if (target > j + 1 && (v === 0 || v > 0 !== prevV > 0)) {
      target = j + 1
      x = target * X_STEP
      v = fx(x)
    }
    // Stryker restore all
    if (v === 0) roots.push({ x, lo: x - X_STEP, hi: x + X_STEP })
    else {
      // Stryker disable next-line EqualityOperator: equivalent, v = 0 took the branch above and prevV = 0 is excluded, so > and >= agree
      if (prevV !== 0 && v > 0 !== prevV > 0) roots.push({ x: brentFloat(fx, prevX, x, 1e-15), lo: prevX, hi: x })
    }
    j = target
    prevX = x
    prevV = v
  }
  return roots
}

/**
 * No root on the grid: is one beyond either end? As i → ∞, NPV → the first non-zero flow's sign;
 * as i → −1, the scaled NPV → the last non-zero flow's sign.
 */
function beyondGrid(flows: ArrayLike<number>, start: number, end: number, firstPositive: boolean, lastPositive: boolean): 'out-of-range' | 'no-root' {
  const atTop = scaledNpv(flows, start, end, X_MAX)
  const atBottom = scaledNpv(flows, start, end, X_MIN)
  // Stryker disable next-line EqualityOperator: equivalent, an exact 0 at either end is a grid root, so this is never called with one
  return atTop > 0 !== firstPositive || atBottom > 0 !== lastPositive ? 'out-of-range' : 'no-root'
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
  // Stryker disable next-line LogicalOperator: equivalent, value 0 makes the step 0 and slope 0 makes it infinite, which the bracket test rejects
  if (value.isZero() || slope.isZero()) return rate
  const next = rate.minus(value.div(slope))
  return next.lt(lo) || next.gt(hi) ? rate : next
}

const toRate = (x: number): Decimal => new Decimal(Math.expm1(x))
const polishRoot = (flows: readonly Decimal[], r: GridRoot): Decimal => polish(flows, toRate(r.x), toRate(r.lo), toRate(r.hi))

/**
 * IRR of cash flows at equal periods, the first flow at time 0 (undiscounted): the periodic rate `i`
 * with `Σ flow_k / (1+i)^k = 0`. Unit: fraction per period; annualise with
 * `annualEffectiveFromPeriodic`. Returns `ok` only when exactly one root exists in the range.
 * The scan runs in floats over every grid point; each root is then polished by one Newton step in Decimal.
 */
export function irr(flows: readonly Decimal[]): IrrResult {
  if (flows.length < 2) return { status: 'none', reason: 'needs at least two cash flows' }
  if (flows.some((f) => !f.isFinite())) return { status: 'none', reason: 'a cash flow is not a finite number' }
  const nonZero = flows.filter((f) => !f.isZero())
  const hasPos = nonZero.some((f) => f.gt(0))
  const hasNeg = nonZero.some((f) => f.isNegative())
  if (!hasPos || !hasNeg)
    return { status: 'none', reason: hasPos ? 'all cash flows are positive or zero: no IRR' : 'all cash flows are negative or zero: no IRR' }

  // A Float64Array, as the Monte Carlo path passes, so the shared scan stays monomorphic (and fast) there.
  const f = Float64Array.from(flows, (d) => d.toNumber())
  const { start, end } = nonZeroSpan(f, f.length)
  // Stryker disable next-line BooleanLiteral: equivalent, the pruned scan finds exactly the roots of the full one (gridRoots)
  const roots = gridRoots(f, start, end, false)
  if (roots.length === 1) return { status: 'ok', periodicRate: polishRoot(flows, roots[0]!) }
  // Stryker disable next-line EqualityOperator: equivalent, one root returned on the line above
  if (roots.length > 1) {
    const rates = roots.map((r) => polishRoot(flows, r))
    return {
      status: 'multiple',
      periodicRates: rates,
      reason: `${rates.length} rates give NPV = 0 (${rates.map((r) => `${r.times(100).toSignificantDigits(6).toString()} %`).join(', ')}): the IRR is ambiguous, use NPV`
    }
  }
  return beyondGrid(f, start, end, nonZero[0]!.gt(0), nonZero[nonZero.length - 1]!.gt(0)) === 'out-of-range'
    ? { status: 'out-of-range', reason: 'NPV changes sign only outside −99.99 % … +1,000,000 % per period' }
    : { status: 'no-root', reason: 'the cash flows change sign but no discount rate makes NPV zero' }
}

/**
 * `irr` in binary floating point for the Monte Carlo fast path: the same grid, scan and statuses, the
 * rate to ~1e-15 without the Decimal polish. Speed-ups: when the non-zero flows change sign exactly
 * once, Descartes' rule of signs (in v = 1/(1+i)) proves there is exactly one root with i > −1, so one
 * Brent solve on the whole range replaces the grid scan; otherwise the scan is pruned (`gridRoots`).
 */
export function floatIrr(flows: ArrayLike<number>): FloatIrr {
  const n = flows.length
  // Stryker disable next-line ConditionalExpression: equivalent, fewer than two flows count no sign change below
  if (n < 2) return { ok: false, code: 'no-sign-change' }
  let changes = 0
  let last = 0
  let first = 0
  for (let k = 0; k < n; k++) {
    const f = flows[k]!
    if (f === 0) continue
    // Stryker disable next-line EqualityOperator: equivalent, f = 0 was skipped above
    const s = f > 0 ? 1 : -1
    if (first === 0) first = s
    // Stryker disable next-line UpdateOperator: equivalent, a count other than 0 or 1 takes the full scan below, which finds the same single root as the Descartes shortcut
    if (last !== 0 && s !== last) changes++
    last = s
  }
  if (changes === 0) return { ok: false, code: 'no-sign-change' }
  const { start, end } = nonZeroSpan(flows, n)
  // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, the shortcut and the grid scan give the same root (the shortcut is for speed)
  if (changes === 1) {
    const fx = (x: number) => scaledNpv(flows, start, end, x)
    const lo = fx(X_MIN)
    const hi = fx(X_MAX)
    if (lo === 0) return { ok: true, periodicRate: Math.expm1(X_MIN) }
    // Stryker disable next-line ConditionalExpression: equivalent, without it Brent is called on [X_MIN, X_MAX] and returns the end where f is 0 (X_MAX)
    if (hi === 0) return { ok: true, periodicRate: Math.expm1(X_MAX) }
    // Stryker disable next-line EqualityOperator: equivalent, lo = 0 and hi = 0 returned above
    if (lo > 0 === hi > 0) return { ok: false, code: 'out-of-range' }
    return { ok: true, periodicRate: Math.expm1(brentFloat(fx, X_MIN, X_MAX, 1e-15)) }
  }
  // Stryker disable next-line BooleanLiteral: equivalent, pruning changes the work, not the roots (gridRoots)
  const roots = gridRoots(flows, start, end, true)
  if (roots.length === 1) return { ok: true, periodicRate: Math.expm1(roots[0]!.x) }
  // Stryker disable next-line EqualityOperator: equivalent, one root returned on the line above
  if (roots.length > 1) return { ok: false, code: 'multiple-roots' }
  // Stryker disable next-line EqualityOperator: equivalent, first and last are ±1 here (at least two sign changes)
  return { ok: false, code: beyondGrid(flows, start, end, first > 0, last > 0) }
}
