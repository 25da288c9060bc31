/**
 * The largest debt that meets a target, over debt amounts expressed as a scale of the deterministic
 * sizing (0 = no debt, 1 = the deterministic debt). The probe is evaluated on the same draws at every
 * scale (common random numbers), so in practice "meets" holds on [0, s*] and fails above it; the search
 * does not rely on that:
 * 1. a curve of `curvePoints` scales evenly spaced from 0 to `upper`;
 * 2. the first curve point that fails brackets the answer with the point before it;
 * 3. bisection inside that bracket until it is no wider than `tolerance` (a scale).
 * The answer is the largest amount below which EVERY evaluated point meets the target: the bracket's
 * lower end only ever moves to a point that meets, and every point that fails becomes the upper end, so
 * no evaluated point at or below the answer fails. A curve point above the first failure that meets
 * again (an empirical probability that is not monotone) is reported, never chosen.
 */
export type SearchPoint = { scale: number; meets: boolean }

export type SearchSpec = {
  /** Highest scale on the curve (e.g. 1.5 × the deterministic sizing). */
  upper: number
  /** Points on the curve, 0 and `upper` included (≥ 2). */
  curvePoints: number
  /** Width of the final bracket, as a scale (> 0). */
  tolerance: number
}

export type SearchResult<P extends SearchPoint> = {
  curve: P[]
  /** The largest evaluated point below which all evaluated points meet; null when not even scale 0 meets. */
  chosen: P | null
  /** The smallest evaluated point that fails, just above `chosen` (within `tolerance`); null when the whole curve meets. */
  next: P | null
  /** Curve points above the first failure that meet again (not monotone); empty in the usual case. */
  nonMonotone: P[]
  /** Every point probed, curve first, then bisection, in order. */
  probes: number
}

/** Bisection steps needed to close a bracket of one curve step to `tolerance` (an upper bound for progress). */
export function bisectionSteps(spec: SearchSpec): number {
  const step = spec.upper / (spec.curvePoints - 1)
  // Stryker disable next-line EqualityOperator: equivalent, at step = tolerance ⌈log2(1)⌉ = 0 as well
  return step > spec.tolerance ? Math.ceil(Math.log2(step / spec.tolerance)) : 0
}

export function curveScales(spec: SearchSpec): number[] {
  const last = spec.curvePoints - 1
  return Array.from({ length: spec.curvePoints }, (_, i) => (i === last ? spec.upper : (spec.upper * i) / last))
}

export function searchLargestMeeting<P extends SearchPoint>(probe: (scale: number) => P, spec: SearchSpec): SearchResult<P> {
  if (!(spec.curvePoints >= 2) || !Number.isInteger(spec.curvePoints)) throw new Error('searchLargestMeeting: curvePoints must be a whole number ≥ 2')
  if (!(spec.upper > 0) || !(spec.tolerance > 0)) throw new Error('searchLargestMeeting: upper and tolerance must be above 0')
  const curve = curveScales(spec).map(probe)
  let probes = curve.length
  const firstFail = curve.findIndex((p) => !p.meets)
  if (firstFail === -1) return { curve, chosen: curve[curve.length - 1]!, next: null, nonMonotone: [], probes }
  // Stryker disable next-line EqualityOperator: equivalent, the point at firstFail does not meet by definition, so `>=` adds nothing
  const nonMonotone = curve.filter((p, i) => i > firstFail && p.meets)
  if (firstFail === 0) return { curve, chosen: null, next: curve[0]!, nonMonotone, probes }
  let lo = curve[firstFail - 1]!
  let hi = curve[firstFail]!
  while (hi.scale - lo.scale > spec.tolerance) {
    const mid = probe((lo.scale + hi.scale) / 2)
    probes++
    if (mid.meets) lo = mid
    else hi = mid
  }
  return { curve, chosen: lo, next: hi, nonMonotone, probes }
}
