import { Decimal } from '../decimal'
import type { Project } from '../model'
import type { Prepared } from '../engine/prepare'
import type { FixedDebt, Metric, ModelResult, Scenario } from '../engine/types'
import { solveBreakeven, type BreakevenRange } from './breakeven-solver'
import { buildFastModel, type FastModel } from './monte-carlo/fast-model'
import { createScratch, priceDraw, walkDraw, type Scratch } from './monte-carlo/fast-eval'

/**
 * Breakevens on the float path (issue 18): the search runs on the Monte Carlo fast model (a price
 * multiplier is a draw whose price shock is x in every calendar year), then each answer is confirmed by
 * ONE Decimal probe — the same lean evaluation the Decimal solver uses — and reported only if that probe
 * meets the Decimal tolerance. A miss (the float model differs from the engine by rounding, ~1e-13
 * relative) takes Newton / secant refinement steps on Decimal probes; a float answer the engine
 * contradicts, or refinements that do not converge, fall back to the Decimal solver from scratch, so the
 * reported answer is always one the Decimal engine has checked against the same tolerance.
 */

/** How many Decimal refinement steps a float answer may take before the Decimal solver takes over. */
const MAX_REFINEMENTS = 4
/** The float search stops when the bracket is this narrow relative to x (float precision is ~2e-16). */
const FLOAT_WIDTH = 1e-15

/** What the float search found: a crossing at x, or why there is none (the Decimal solver's three answers). */
export type FloatAnswer = { kind: 'root'; x: number } | { kind: 'no-debt' } | { kind: 'holds-at-zero' } | { kind: 'not-reached' }

/**
 * The Decimal solver's search (bracket on [0, first], doubling up to max, then Illinois) in floats, to
 * float precision: the crossing of the increasing g, or why there is none.
 */
export function solveFloat(g: (x: number) => number | null, first: number, max: number): FloatAnswer {
  const g0 = g(0)
  if (g0 === null) return { kind: 'no-debt' }
  if (!(g0 < 0)) return { kind: 'holds-at-zero' }
  let lo = 0
  let glo = g0
  let hi = first
  let ghi = g(hi)
  // Stryker disable next-line ConditionalExpression: equivalent, `null < 0` is false, so a missing value ends the doubling with or without the null test (which the type needs)
  while (ghi !== null && ghi < 0 && hi < max) {
    lo = hi
    glo = ghi
    hi = Math.min(hi * 2, max)
    ghi = g(hi)
  }
  if (ghi === null || ghi < 0) return { kind: 'not-reached' }
  if (ghi === 0) return { kind: 'root', x: hi }
  let side = 0
  // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator: equivalent, the bracket collapses long before 200 steps (the secant stays inside it and a secant that rounds onto an end bisects; a jump of 1e-20 against 1 takes 50), so the cap is a guard that never stops the loop
  for (let i = 0; i < 200; i++) {
    // Stryker disable next-line EqualityOperator: equivalent, a width of exactly 1e-15 × hi is one float among the ~5 the bracket can have there: the next step (a midpoint) ends it
    if (hi - lo <= FLOAT_WIDTH * hi) break
    let x = lo - (glo * (hi - lo)) / (ghi - glo)
    // A secant that rounds onto an end of the bracket (a tiny value against a large one) bisects instead.
    if (!(x > lo && x < hi)) x = (lo + hi) / 2
    const v = g(x)
    if (v === 0) return { kind: 'root', x }
    // As in the Decimal solver: a missing DSCR inside the bracket counts as "above".
    // Stryker disable next-line EqualityOperator: equivalent, v = 0 has returned just above, so v ≥ 0 is v > 0 here
    if (v === null || v > 0) {
      hi = x
      ghi = v ?? 1
      if (side === 1) glo /= 2
      side = 1
    } else {
      lo = x
      glo = v
      if (side === -1) ghi /= 2
      side = -1
    }
  }
  // The collapsed bracket holds the crossing (a step's edge too): its midpoint, as the Decimal solver.
  return { kind: 'root', x: (lo + hi) / 2 }
}

/**
 * The answer the Decimal engine confirms for a float answer. `gDec` is the Decimal target function
 * (one probe per new x); `gFloat` the float one, for the slope of the first refinement step. Returns the
 * metric and whether the Decimal solver had to take over (`fellBack`).
 */
export function confirmBreakeven(
  answer: FloatAnswer, gDec: (x: Decimal) => Decimal | null, gFloat: (x: number) => number | null, what: string, tolerance: Decimal, range: BreakevenRange
): { metric: Metric; fellBack: boolean } {
  const decimalSolve = () => ({ metric: solveBreakeven(gDec, what, tolerance, range).metric, fellBack: true })
  switch (answer.kind) {
    case 'no-debt':
      return gDec(new Decimal(0)) === null ? { metric: { ok: false, code: 'no-debt', reason: 'no debt service to test' }, fellBack: false } : decimalSolve()
    case 'holds-at-zero': {
      const g0 = gDec(new Decimal(0))
      return g0 !== null && !g0.isNegative() ? { metric: { ok: false, code: 'not-reachable', reason: range.holdsAtZero(what) }, fellBack: false } : decimalSolve()
    }
    case 'not-reached': {
      const gMax = gDec(range.max)
      return gMax === null || gMax.isNegative() ? { metric: { ok: false, code: 'not-reachable', reason: range.notReached(what) }, fellBack: false } : decimalSolve()
    }
    case 'root':
      return refine(answer.x, gDec, gFloat, tolerance) ?? decimalSolve()
  }
}

/**
 * The Decimal check of a float crossing: one probe at x; if it misses the tolerance, Newton steps on
 * Decimal probes — the first with the float model's slope, then secants through the last two probes.
 * Null when a step leaves the increasing branch or does not converge (the caller solves in Decimal).
 */
function refine(xFloat: number, gDec: (x: Decimal) => Decimal | null, gFloat: (x: number) => number | null, tolerance: Decimal): { metric: Metric; fellBack: false } | null {
  const found = (value: Decimal) => ({ metric: { ok: true as const, value }, fellBack: false as const })
  let x = new Decimal(xFloat)
  let gx = gDec(x)
  if (gx === null) return null
  if (gx.abs().lte(tolerance)) return found(x)
  // The float slope around x (one-sided at 0, where a multiplier cannot go below).
  const h = Math.max(xFloat, 1e-6) * 1e-7
  // Stryker disable next-line EqualityOperator: equivalent, x − h = 0 exactly takes the same slope from [0, x + h] either way
  const left = xFloat - h >= 0 ? xFloat - h : xFloat
  const a = gFloat(left)
  const b = gFloat(xFloat + h)
  if (a === null || b === null || !(b > a)) return null
  let slope = new Decimal((b - a) / (xFloat + h - left))
  for (let k = 0; k < MAX_REFINEMENTS; k++) {
    const next = x.minus(gx.div(slope))
    if (next.isNegative() || next.eq(x)) return null
    const gn = gDec(next)
    if (gn === null) return null
    if (gn.abs().lte(tolerance)) return found(next)
    slope = gn.minus(gx).div(next.minus(x))
    if (!slope.isPositive()) return null
    x = next
    gx = gn
  }
  return null
}

/** A row's float target: the fast model evaluated at multiplier x on the row's products, debt held. */
export type FastRow = { minDscr: (x: number) => number | null; npv: (x: number) => number }

/**
 * The fast model of a breakeven search (it models every operation since fast-operations.ts, §13).
 * `base`: the Decimal run at the held debt when the caller has it (it spares the fast model one full run);
 * `prep`: the case's preparation the Decimal probes use (it spares preparing it twice).
 */
export function breakevenFastModel(project: Project, scenario: Scenario | undefined, fixed: FixedDebt, base?: ModelResult, prep?: Prepared): FastModel {
  return buildFastModel(project, scenario, fixed, base, prep)
}

/**
 * Float evaluations of one row: `productIndex` null moves every product's price, otherwise that product's
 * only. One walk gives both targets (the minimum DSCR of a full walk is the cover-only walk's: no period
 * after the last repayment has a DSCR), and each x is walked once per row: the row's targets share the
 * bracket's doubling steps (0, 1, 2, 4 … 100), which are most of a search that finds no root.
 */
export function fastRow(model: FastModel, productIndex: number | null): FastRow {
  const scratch: Scratch = createScratch(model)
  const price = new Float64Array(model.products.length * model.years).fill(1)
  const walked = new Map<number, { npv: number; minDscr: number | null }>()
  const evaluate = (x: number) => {
    let r = walked.get(x)
    // Stryker disable next-line ConditionalExpression: equivalent, walking an x again gives the same value (the cache saves time only; `false` fails every test on the undefined)
    if (r === undefined) {
      if (productIndex === null) price.fill(x)
      else price.fill(x, productIndex * model.years, (productIndex + 1) * model.years)
      priceDraw(model, { price, volume: 1, recovery: 1 }, scratch)
      r = walkDraw(model, undefined, scratch)
      // Stryker disable next-line all: equivalent, without the cache every x is walked again to the same value (time only)
      walked.set(x, r)
    }
    return r
  }
  return { minDscr: (x) => evaluate(x).minDscr, npv: (x) => evaluate(x).npv }
}
