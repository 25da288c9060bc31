/**
 * Brent's method on a float function (used inside solvers where speed matters, e.g. to refine IRR
 * brackets before a decimal polish). `f(a)` and `f(b)` must differ in sign. Returns the root to
 * about `tol` (absolute in x) or machine precision.
 */
export function brentFloat(f: (x: number) => number, a0: number, b0: number, tol = 1e-15, maxIterations = 200): number {
  let a = a0
  let b = b0
  let fa = f(a)
  let fb = f(b)
  // Stryker disable next-line ConditionalExpression: equivalent, the loop's first pass swaps the zero end into b and returns it without another evaluation
  if (fa === 0) return a
  // Stryker disable next-line ConditionalExpression: equivalent, the loop's first pass returns b when fb = 0
  if (fb === 0) return b
  let c = a
  let fc = fa
  let d = b - a
  let e = d
  for (let i = 0; i < maxIterations; i++) {
    // fc is never 0 here (it is an earlier fa or fb, and a zero was returned), and at fb = 0 the pass returns b below.
    // Stryker disable next-line EqualityOperator: equivalent, see above
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a
      fc = fa
      d = b - a
      e = d
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b
      b = c
      c = a
      fa = fb
      fb = fc
      fc = fa
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tol
    const xm = 0.5 * (c - b)
    if (Math.abs(xm) <= tol1 || fb === 0) return b
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa
      let p: number
      let q: number
      if (a === c) {
        p = 2 * xm * s
        q = 1 - s
      } else {
        const qq = fa / fc
        const r = fb / fc
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1))
        q = (qq - 1) * (r - 1) * (s - 1)
      }
      if (p > 0) q = -q
      p = Math.abs(p)
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d
        d = p / q
      } else {
        d = xm
        e = d
      }
    } else {
      d = xm
      e = d
    }
    a = b
    fa = fb
    // Stryker disable next-line EqualityOperator: equivalent, `|d| ≥ tol1`: at |d| = tol1 the step has xm's sign (a bisection step is xm; an accepted interpolation has p ≥ 0 and 2p < 3·xm·q − |tol1·q|, so xm·q > 0), so b moves by the same ±tol1; `xm ≥ 0`: xm = 0 returned above (|xm| ≤ tol1)
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1
    fb = f(b)
  }
  return b
}
