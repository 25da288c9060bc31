import { ZERO, type Decimal } from '../decimal'

/** The two root finders of debt sizing (§7), shared by the single-debt and the tranche planners. */

const MAX_ITERATIONS = 100

/**
 * Solve x = F(x) for a contraction F (|F'| small) by secant steps on h(x) = F(x) − x, falling back to
 * plain iteration when a secant step is not usable. Stops when |Δx| ≤ tolerance(x).
 */
export function fixedPoint(F: (x: Decimal) => Decimal, x0: Decimal, tolerance: (x: Decimal) => Decimal): { x: Decimal; iterations: number } {
  let xa = x0
  let ha = F(xa).minus(xa)
  let xb = xa.plus(ha)
  let iterations = 1
  // Stryker disable next-line EqualityOperator: equivalent, both loops converge in a few steps (sizing.test.ts counts them); the cap is a guard never reached
  for (; iterations < MAX_ITERATIONS; iterations++) {
    const hb = F(xb).minus(xb)
    if (hb.abs().lte(tolerance(xb))) return { x: xb.plus(hb), iterations: iterations + 1 }
    const denominator = hb.minus(ha)
    const next = denominator.isZero() ? xb.plus(hb) : xb.minus(hb.times(xb.minus(xa)).div(denominator))
    xa = xb
    ha = hb
    xb = next
  }
  // Stryker disable next-line ObjectLiteral: unreachable, both loops converge in a few steps (see the loop above)
  return { x: xb, iterations }
}

/** Gearing g in [0, gMax] whose construction funding draws exactly `debt` (secant; `debtAt(g)` is increasing). */
export function gearingForDebt(debtAt: (g: Decimal) => Decimal, debt: Decimal, gMax: Decimal, debtAtMax: Decimal): Decimal {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, capacity is ≥ 0 (W starts at 0 and only grows) so debt ≤ 0 arrives as 0, where the first secant point gMax·0/debtAtMax is already 0; with debtAtMax = 0 every debt asked for is 0 = atCap.debt, which fundFor serves without calling this
  if (!debt.gt(0) || !debtAtMax.gt(0)) return ZERO
  const f = (g: Decimal) => debtAt(g).minus(debt)
  const tolerance = debt.times('1e-30').plus('1e-12')
  let g0 = gMax
  let f0 = debtAtMax.minus(debt)
  let g1 = gMax.times(debt).div(debtAtMax)
  let f1 = f(g1)
  // debt(g) = g·k/(1 − g·f) is increasing and nearly linear, so the secant converges in a few steps:
  // the 30-step cap, the g1 = g0 stop and the flat/non-finite slope break are guards never reached.
  // Stryker disable next-line EqualityOperator,ConditionalExpression,LogicalOperator,UpdateOperator: equivalent, see above
  for (let i = 0; i < 30 && f1.abs().gt(tolerance) && !g1.eq(g0); i++) {
    const slope = f1.minus(f0).div(g1.minus(g0))
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, see above (g1 ≠ g0 and debt(g) strictly increasing)
    if (slope.isZero() || !slope.isFinite()) break
    const g2 = g1.minus(f1.div(slope))
    g0 = g1
    f0 = f1
    g1 = g2.isNegative() ? ZERO : g2.gt(gMax) ? gMax : g2
    f1 = f(g1)
  }
  return g1
}
