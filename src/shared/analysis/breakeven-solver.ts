import { Decimal, ONE, ZERO, dec } from '../decimal'
import { npv } from '../finance'
import type { Project } from '../model'
import { coverAndProjectFlow } from '../engine/financing-result'
import { withSweep } from '../engine/sweep'
import { evaluateOperations } from '../engine/operations'
import { prepare, type Prepared } from '../engine/prepare'
import { runPrepared } from '../engine/run-model'
import { planDebt } from '../engine/sizing'
import type { FixedDebt, Metric, ModelResult, PriceMultipliers, Scenario } from '../engine/types'

/** minDscr1: minimum DSCR = 1.00x; covenant: = project.lender.minDscr; npv0: project NPV = 0. */
export type BreakevenTarget = 'minDscr1' | 'covenant' | 'npv0'

/** One target of a search: the DSCR level to meet (null = NPV = 0) and how a message names it. */
export type TargetSpec = { id: BreakevenTarget; level: Decimal | null; what: string }

/** The targets in grid order, with the project's covenant. */
export function targetSpecs(project: Project, wanted: readonly BreakevenTarget[]): TargetSpec[] {
  const covenant = dec(project.lender.minDscr)
  const all: TargetSpec[] = [
    { id: 'minDscr1', level: ONE, what: 'minimum DSCR ≥ 1.00x' },
    { id: 'covenant', level: covenant, what: `minimum DSCR ≥ covenant ${covenant.toFixed(2)}x` },
    { id: 'npv0', level: null, what: 'NPV ≥ 0' }
  ]
  return all.filter((t) => wanted.includes(t.id))
}

/**
 * The breakeven solver and what every breakeven shares (methodology §8): one lean evaluation of the
 * model with the debt held (`probe`), the held debt itself, the tolerances, and `solveBreakeven`.
 */

const MAX_MULTIPLIER = new Decimal(100)
/** The search stops when the target is met this closely (DSCR in x; NPV relative to the base NPV's scale) or the bracket is this narrow. */
// Stryker disable next-line StringLiteral: false survivor, a module-level initialiser runs at import, before the vitest runner activates the mutant (stryker-js #6144) (and new Decimal('') throws on import)
export const DSCR_TOLERANCE = new Decimal('1e-10')
// Stryker disable next-line StringLiteral: false survivor, a module-level initialiser runs at import, before the vitest runner activates the mutant (stryker-js #6144) (and new Decimal('') throws on import)
const WIDTH_TOLERANCE = new Decimal('1e-14')

export type Probe = { minDscr: Decimal | null; npv: Decimal }

/**
 * One lean evaluation at `multipliers` with the debt held: the minimum DSCR over repayment periods and
 * the project NPV. Neither depends on the cash waterfall (DSRA, MRA, facility, sponsor support,
 * lock-up only move cash between accounts and equity), so the probe skips it (coverAndProjectFlow) —
 * but a cash sweep re-profiles the schedule the cover reads, so the probe takes the swept plan.
 */
export function probe(prep: Prepared, fixed: FixedDebt, multipliers: PriceMultipliers): Probe {
  const op = evaluateOperations(prep, multipliers)
  const fin = coverAndProjectFlow(prep, withSweep(prep, op.operations, planDebt(prep, op.operations, fixed)).plan)
  let min: Decimal | null = null
  fin.dscr.forEach((d, i) => {
    if (d.ok && prep.tl.periods[i]!.isRepayment && (min === null || d.value.lt(min))) min = d.value
  })
  return { minDscr: min, npv: npv(dec(prep.project.valuation.discountRate), fin.projectCashFlow, prep.tl.periodMonths) }
}

/**
 * The one breakeven solver (methodology §8), for every caller: the app's grid, the sheet, the export and
 * the CLI's `evaluate`. Multiplier x ≥ 0 where an increasing-in-price target g crosses zero: bracket on [0, 1], doubling up to
 * 100, then the Illinois variant of regula falsi, which keeps the bracket
 * (so it is never worse than bisection) but converges superlinearly, until |g| ≤ tolerance or the
 * bracket is narrower than 1e-14. Methodology §8 asks for 1e-6; this goes further so that re-running the
 * engine at the answer reproduces the target (min DSCR = 1.00x ± 1e-6).
 */
/**
 * Where `solveBreakeven` looks and how it says it found nothing: the first upper end of the bracket, the
 * largest x, and the two "not reachable" sentences. The default is the price multiplier's: [0, 1], doubling
 * to 100×.
 */
export type BreakevenRange = { first: Decimal; max: Decimal; holdsAtZero: (what: string) => string; notReached: (what: string) => string }

export const PRICE_RANGE: BreakevenRange = {
  first: ONE, max: MAX_MULTIPLIER,
  holdsAtZero: (what) => `${what} holds even with these prices at zero`,
  notReached: (what) => `${what} is not reached even at ${MAX_MULTIPLIER.toString()}× these prices`
}

export function solveBreakeven(g: (x: Decimal) => Decimal | null, what: string, tolerance: Decimal, range: BreakevenRange = PRICE_RANGE): { metric: Metric; evaluations: number } {
  let evaluations = 0
  const at = (x: Decimal) => {
    evaluations++
    return g(x)
  }
  const g0 = at(ZERO)
  if (g0 === null) return { metric: { ok: false, code: 'no-debt', reason: 'no debt service to test' }, evaluations }
  if (!g0.isNegative()) return { metric: { ok: false, code: 'not-reachable', reason: range.holdsAtZero(what) }, evaluations }
  let lo = ZERO
  let glo = g0
  let hi = range.first
  let ghi = at(hi)
  while (ghi !== null && ghi.isNegative() && hi.lt(range.max)) {
    lo = hi
    glo = ghi
    hi = Decimal.min(hi.times(2), range.max)
    ghi = at(hi)
  }
  if (ghi === null || ghi.isNegative()) return { metric: { ok: false, code: 'not-reachable', reason: range.notReached(what) }, evaluations }
  if (ghi.isZero()) return { metric: { ok: true, value: hi }, evaluations }
  let side = 0
  // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator: equivalent, the bracket reaches 1e-14 long before 300 steps (a step function takes 56 evaluations), so the cap is a guard that never stops the loop
  for (let i = 0; i < 300 && hi.minus(lo).gt(WIDTH_TOLERANCE); i++) {
    let x = lo.minus(glo.times(hi.minus(lo)).div(ghi.minus(glo)))
    if (!x.gt(lo) || !x.lt(hi)) x = lo.plus(hi).div(2)
    const v = at(x)
    // A missing DSCR inside the bracket cannot happen with debt held; treat it as "above" to stay safe.
    if (v === null || !v.isNegative()) {
      if (v !== null && v.abs().lte(tolerance)) return { metric: { ok: true, value: x }, evaluations }
      hi = x
      ghi = v ?? ONE
      if (side === 1) glo = glo.div(2)
      side = 1
    } else {
      if (v.abs().lte(tolerance)) return { metric: { ok: true, value: x }, evaluations }
      lo = x
      glo = v
      if (side === -1) ghi = ghi.div(2)
      side = -1
    }
  }
  return { metric: { ok: true, value: lo.plus(hi).div(2) }, evaluations }
}

/**
 * The debt every breakeven holds: for a scenario that does not re-size, the project's own base case (as
 * `runModel` holds it); otherwise the debt sized on `prep` itself.
 */
export function breakevenHeldDebt(project: Project, scenario: Scenario | undefined, prep: Prepared): FixedDebt {
  return breakevenHeldRun(project, scenario, prep).debt
}

/**
 * The held debt and, when the debt is sized on `prep` itself (no scenario, or one that re-sizes), the
 * sizing run — which is then the case's run at that debt, the base the fast model needs.
 */
export function breakevenHeldRun(project: Project, scenario: Scenario | undefined, prep: Prepared): { debt: FixedDebt; run: ModelResult | undefined } {
  if (scenario && !scenario.resizeDebt) return { debt: runPrepared(prepare(project, undefined), undefined, undefined).debt, run: undefined }
  const run = runPrepared(prep, undefined, undefined)
  return { debt: run.debt, run }
}

/** The NPV tolerance of a search: 1e-12 of the base NPV's scale (at least 1e-12 of one currency unit). */
export const npvToleranceOf = (baseNpv: Decimal): Decimal => Decimal.max(baseNpv.abs(), ONE).times('1e-12')
