/**
 * What a set of draws says about one debt amount: the share of draws whose minimum DSCR over the loan
 * life is below 1.00x (a breach: CFADS does not pay debt service), with its binomial standard error, the
 * share below the covenant, and the 10th percentile of minimum DSCR (the "P90" DSCR: 90 % of draws do at
 * least as well) with a distribution-free 95 % interval from order statistics. A draw without debt
 * service (no debt) has no DSCR: it cannot breach, and it counts above every percentile.
 */
export const BREACH_DSCR = 1

/** z of a two-sided 95 % normal interval. */
const Z95 = 1.959963984540054

/** The target: either or both of P(min DSCR < 1.00x) ≤ `maxBreachProbability` and P10 min DSCR ≥ `p90Covenant`. */
export type BreachTarget = { maxBreachProbability: number | null; p90Covenant: number | null }

export type CoverAssessment = {
  draws: number
  /** Draws with a DSCR (debt service in some repayment period). */
  withDscr: number
  breachProbability: number
  /** √(p(1 − p)/n): the binomial standard error of `breachProbability`. */
  breachStandardError: number
  /** p ± 1.96 · standard error, clamped to [0, 1]. */
  breachCi95: [number, number]
  /** Share of draws below the P90 covenant (null without that target). */
  covenantProbability: number | null
  /** 10th percentile of minimum DSCR (PERCENTILE.INC); null when it falls on draws without DSCR. */
  p10MinDscr: number | null
  /** Order statistics at ranks n·0.1 ∓ 1.96·√(n·0.1·0.9): a 95 % interval for the 10th percentile. */
  p10Ci95: [number | null, number | null]
  meets: boolean
}

/** Binomial standard error and the clamped normal 95 % interval of a share `p` of `n` draws. */
export function binomialInterval(p: number, n: number): { standardError: number; ci95: [number, number] } {
  const standardError = n > 0 ? Math.sqrt((p * (1 - p)) / n) : 0
  return { standardError, ci95: [Math.max(0, p - Z95 * standardError), Math.min(1, p + Z95 * standardError)] }
}

// Stryker disable next-line ConditionalExpression: equivalent, Number.isFinite(undefined) is false, so undefined is null either way (the check narrows the type)
const finiteOrNull = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x)

/** PERCENTILE.INC of an ascending array whose missing values sort as +∞; null when it lands on one. */
export function percentileWithMissing(sorted: Float64Array, q: number): number | null {
  const h = (sorted.length - 1) * q
  const lo = Math.floor(h)
  const below = sorted[lo]!
  if (h === lo) return finiteOrNull(below)
  return finiteOrNull(below + (h - lo) * (sorted[lo + 1]! - below))
}

/**
 * Assess one debt amount from each draw's minimum DSCR (NaN = the draw has none). `sorted` is a buffer
 * of the same length, overwritten.
 */
export function assessCover(minDscr: Float64Array, target: BreachTarget, sorted: Float64Array = new Float64Array(minDscr.length)): CoverAssessment {
  const n = minDscr.length
  let breaches = 0
  let belowCovenant = 0
  let withDscr = 0
  const covenant = target.p90Covenant
  for (let d = 0; d < n; d++) {
    const x = minDscr[d]!
    if (Number.isNaN(x)) {
      sorted[d] = Infinity
      continue
    }
    withDscr++
    sorted[d] = x
    if (x < BREACH_DSCR) breaches++
    // Stryker disable next-line ConditionalExpression: equivalent, without a covenant the count is not read (covenantProbability is null)
    if (covenant !== null && x < covenant) belowCovenant++
  }
  sorted.sort()
  const p = n > 0 ? breaches / n : 0
  const { standardError, ci95 } = binomialInterval(p, n)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, with no draws the percentile reads sorted[−1] (undefined) and gives null as well; the guard says so plainly
  const p10 = n > 0 ? percentileWithMissing(sorted, 0.1) : null
  const spread = Z95 * Math.sqrt(n * 0.1 * 0.9)
  const rank = (r: number) => Math.min(n, Math.max(1, r)) - 1
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, with no draws both ranks are −1 and read undefined → null, as the guard gives
  const p10Ci95: [number | null, number | null] = n > 0 ? [finiteOrNull(sorted[rank(Math.floor(n * 0.1 - spread))]), finiteOrNull(sorted[rank(Math.ceil(n * 0.1 + spread))])] : [null, null]
  const meetsBreach = target.maxBreachProbability === null || p <= target.maxBreachProbability
  const meetsCovenant = covenant === null || p10 === null || p10 >= covenant
  return {
    draws: n, withDscr, breachProbability: p, breachStandardError: standardError, breachCi95: ci95,
    covenantProbability: covenant === null ? null : n > 0 ? belowCovenant / n : 0, p10MinDscr: p10, p10Ci95, meets: meetsBreach && meetsCovenant
  }
}
