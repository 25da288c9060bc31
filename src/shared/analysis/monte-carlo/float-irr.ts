import { brentFloat } from '@shared/finance/root-finding'

/**
 * IRR in binary floating point for the Monte Carlo fast path, with the engine's semantics
 * (finance/irr.ts): the periodic rate i in −99.99 % … +1,000,000 % with Σ f_k (1+i)^−k = 0, "ok" only
 * when exactly one root exists. Speed-up: when the non-zero flows change sign exactly once, Descartes'
 * rule of signs (in v = 1/(1+i)) proves there is exactly one root with i > −1, so one Brent solve on
 * the whole range replaces the engine's grid scan. Otherwise the same grid is scanned, in floats,
 * skipping only grid points PROVEN to share the sign of the last evaluated one (see `gridRoots`), so
 * the roots found are exactly the engine's.
 */
export type FloatIrr = { ok: true; periodicRate: number } | { ok: false; code: 'no-sign-change' | 'multiple-roots' | 'no-root' | 'out-of-range' }

const X_LIMIT = 9.2104
const X_STEP = 0.005
const STEPS = Math.ceil(X_LIMIT / X_STEP)

function scaledNpv(flows: ArrayLike<number>, n: number, x: number): number {
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

export function floatIrr(flows: ArrayLike<number>): FloatIrr {
  const n = flows.length
  if (n < 2) return { ok: false, code: 'no-sign-change' }
  let changes = 0
  let last = 0
  let first = 0
  for (let k = 0; k < n; k++) {
    const f = flows[k]!
    if (f === 0) continue
    const s = f > 0 ? 1 : -1
    if (first === 0) first = s
    if (last !== 0 && s !== last) changes++
    last = s
  }
  if (changes === 0) return { ok: false, code: 'no-sign-change' }
  const fx = (x: number) => scaledNpv(flows, n, x)
  if (changes === 1) {
    const lo = fx(-STEPS * X_STEP)
    const hi = fx(STEPS * X_STEP)
    if (lo === 0) return { ok: true, periodicRate: Math.expm1(-STEPS * X_STEP) }
    if (hi === 0) return { ok: true, periodicRate: Math.expm1(STEPS * X_STEP) }
    if (lo > 0 === hi > 0) return { ok: false, code: 'out-of-range' }
    return { ok: true, periodicRate: Math.expm1(brentFloat(fx, -STEPS * X_STEP, STEPS * X_STEP, 1e-15)) }
  }
  const roots = gridRoots(flows, n, fx)
  if (roots.length === 1) return { ok: true, periodicRate: Math.expm1(roots[0]!) }
  if (roots.length > 1) return { ok: false, code: 'multiple-roots' }
  const atTop = fx(STEPS * X_STEP)
  const atBottom = fx(-STEPS * X_STEP)
  if (atTop > 0 !== first > 0 || atBottom > 0 !== last > 0) return { ok: false, code: 'out-of-range' }
  return { ok: false, code: 'no-root' }
}

/**
 * Sign changes of the scaled NPV over the engine's grid x_j = j·0.005. On x ≥ 0 the scaled NPV is
 * p(v) = Σ f_k v^k with v = e^−x ∈ (0, 1], whose slope is bounded by D = Σ k·|f_k|; on x < 0 it is
 * q(w) = Σ f_k w^(n−1−k) with w = e^x ∈ (0, 1), slope ≤ Σ (n−1−k)·|f_k|. So p keeps its sign within
 * |p(v)| / D of v: every grid point in that interval has the same sign and can be skipped. A jump that
 * lands on a different sign (rounding) falls back to stepping one point at a time.
 */
function gridRoots(flows: ArrayLike<number>, n: number, fx: (x: number) => number): number[] {
  let dPos = 0
  let dNeg = 0
  for (let k = 0; k < n; k++) {
    const a = Math.abs(flows[k]!)
    dPos += k * a
    dNeg += (n - 1 - k) * a
  }
  const roots: number[] = []
  let j = -STEPS
  let prevX = j * X_STEP
  let prevV = fx(prevX)
  if (prevV === 0) roots.push(prevX)
  while (j < STEPS) {
    let target = j + 1
    if (prevV !== 0) {
      const x = j * X_STEP
      let xMax: number
      if (x < 0) {
        const r = Math.abs(prevV) / dNeg
        xMax = Math.min(0, Math.log(Math.exp(x) + r))
      } else {
        const r = Math.abs(prevV) / dPos
        const v = Math.exp(-x)
        xMax = v > r ? -Math.log(v - r) : Infinity
      }
      // Stay strictly inside the proven interval (and within one region per jump).
      const jMax = Math.min(STEPS, Math.ceil(xMax / X_STEP) - 1)
      if (jMax > target) target = jMax
    }
    let x = target * X_STEP
    let v = fx(x)
    if (target > j + 1 && (v === 0 || v > 0 !== prevV > 0)) {
      target = j + 1
      x = target * X_STEP
      v = fx(x)
    }
    if (v === 0) roots.push(x)
    else if (prevV !== 0 && v > 0 !== prevV > 0) roots.push(brentFloat(fx, prevX, x, 1e-15))
    j = target
    prevX = x
    prevV = v
  }
  return roots
}
