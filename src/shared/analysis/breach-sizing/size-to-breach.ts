import type { Project } from '@shared/model'
import { createDrawSource } from '../monte-carlo/draw-source'
import { createScratch, priceDraw, walkDraw } from '../monte-carlo/fast-eval'
import { buildFastModel } from '../monte-carlo/fast-model'
import { validateMcSettings, type McSettings } from '../monte-carlo/simulate-settings'
import { assumptionsOf, type SizingAssumptions } from './assumptions'
import { assessCover, type BreachTarget, type CoverAssessment } from './cover'
import { debtAtScale, debtLinesGap, fullFundingScale, scaleHeldDebt } from './debt-scale'
import { bisectionSteps, searchLargestMeeting, type SearchSpec } from './search'

export type BreachSizingSettings = {
  mc: McSettings
  target: BreachTarget
  /** Points on the probability curve, from no debt to `upperMultiple` × the deterministic sizing (default 21). */
  curvePoints: number
  /** Top of the range searched, as a multiple of the deterministic sizing (default 1.5). */
  upperMultiple: number
  /** The search stops when the bracket is no wider than this share of the deterministic debt (default 0.0001 = 0.01 %). */
  toleranceFraction: number
}

export const DEFAULT_BREACH_SIZING = { curvePoints: 21, upperMultiple: 1.5, toleranceFraction: 0.0001 } as const
/** Each draw's revenue, feed and opex are kept for the whole search (3 floats per period): 50,000 draws of 40 periods is 48 MB. */
export const MAX_SIZING_DRAWS = 50000
/** How far the interpolated debt lines may sit from a Decimal build at the top of the range (relative). */
const AFFINE_TOLERANCE = 1e-9

/** One debt amount on the same draws: `scale` × the deterministic sizing = `amount` (reporting currency). */
export type BreachSizingPoint = CoverAssessment & { scale: number; amount: number }

export type BreachSizingResult = {
  ok: true
  currency: string
  settings: BreachSizingSettings
  target: BreachTarget
  /** The project's own sizing (`financing.sizing`: gearing, or sculpted at the target DSCR capped at the gearing), its debt at COD and its point on the same draws. */
  deterministic: { amount: number; sizingMode: Project['financing']['sizing']; point: BreachSizingPoint }
  /** The largest amount meeting the target (all evaluated smaller amounts meet it too). */
  chosen: BreachSizingPoint
  /** The smallest evaluated amount that fails, within the tolerance above `chosen`; null when the target holds over the whole range (the answer is then a lower bound). */
  next: BreachSizingPoint | null
  curve: BreachSizingPoint[]
  /** Curve points above the first failure that meet again (the empirical curve is not monotone there); not chosen. */
  nonMonotone: BreachSizingPoint[]
  /** Top of the range as a scale: `upperMultiple`, or less when debt would exceed 100 % of a construction period's uses. */
  upperScale: number
  cappedAtFullFunding: boolean
  /** Search tolerance in the reporting currency. */
  tolerance: number
  /** Debt amounts evaluated (curve, the deterministic sizing, bisection). */
  evaluations: number
  assumptions: SizingAssumptions
  elapsedMs: number
}

export type BreachSizingFailure = { ok: false; reason: string }

export function validateBreachSizing(project: Project, s: BreachSizingSettings): string | null {
  const mc = validateMcSettings(project, s.mc)
  if (mc) return mc
  if (s.mc.draws > MAX_SIZING_DRAWS) return `breach sizing takes at most ${MAX_SIZING_DRAWS.toLocaleString('en-US')} draws`
  const { maxBreachProbability: p, p90Covenant: c } = s.target
  if (p === null && c === null) return 'give a breach probability, a P90 covenant, or both'
  if (p !== null && !(p >= 0 && p < 1)) return 'the breach probability must be from 0 to below 1 (0.10 = 10 %)'
  if (c !== null && !(c > 0 && c <= 10)) return 'the P90 covenant must be a DSCR above 0 and at most 10 (1.30 = 1.30x)'
  if (!Number.isInteger(s.curvePoints) || s.curvePoints < 3 || s.curvePoints > 101) return 'curve points must be a whole number from 3 to 101'
  if (!(s.upperMultiple > 0 && s.upperMultiple <= 5)) return 'the range must reach above 0 and at most 5 × the deterministic sizing'
  if (!(s.toleranceFraction > 0 && s.toleranceFraction <= 0.1)) return 'the tolerance must be above 0 and at most 10 % of the deterministic sizing'
  return null
}

/**
 * Senior debt sized to a breach probability (issue 19): the largest debt — the deterministic sizing's
 * drawdowns and repayment schedule scaled, profile and tranche split held — at which the Monte Carlo's
 * draws meet the target. The draws (prices, volumes, recoveries, FX: `runMonteCarlo`'s, same seed, same
 * stream) are drawn and priced ONCE; every debt amount walks the same priced draws (common random
 * numbers), so the curve moves only because the debt does. Search: `searchLargestMeeting` (curve, then
 * bisection). Seeded and pure apart from the elapsed time.
 */
export function sizeToBreach(project: Project, settings: BreachSizingSettings, onProgress?: (done: number, total: number) => void): BreachSizingResult | BreachSizingFailure {
  const started = Date.now()
  const invalid = validateBreachSizing(project, settings)
  if (invalid) return { ok: false, reason: invalid }
  // A cash sweep: the scaled schedule and balance at COD are the sweep's held inputs (debtAtScale), and
  // every draw re-walks the debt with its own prepayments at every amount (fast-sweep.ts).
  const { mc, target } = settings
  const one = buildFastModel(project, mc.scenario)
  const heldDebt = one.base.debt
  const amount = heldDebt.drawdowns.reduce((s, x) => s + x.toNumber(), 0)
  if (!(amount > 0)) return { ok: false, reason: 'the deterministic sizing gives no senior debt to scale (no debt at COD)' }
  const zero = buildFastModel(project, mc.scenario, scaleHeldDebt(heldDebt, 0))
  const fullFunding = fullFundingScale(zero, one)
  const upper = Math.min(settings.upperMultiple, fullFunding)
  if (upper !== 1 && upper !== 0) {
    const built = buildFastModel(project, mc.scenario, scaleHeldDebt(heldDebt, upper))
    const { gap, line } = debtLinesGap(debtAtScale(zero, one, upper), built)
    if (gap > AFFINE_TOLERANCE) return { ok: false, reason: `the debt's ${line} does not scale linearly with the amount (${gap.toExponential(1)} apart at ${upper.toFixed(2)}×; a grant capped by the uses, say): breach sizing cannot hold this debt's shape` }
  }
  const made = createDrawSource(project, mc, one)
  if (!made.ok) return { ok: false, reason: made.reason }
  const spec: SearchSpec = { upper, curvePoints: settings.curvePoints, tolerance: settings.toleranceFraction }
  const draws = mc.draws
  const total = draws * (2 + spec.curvePoints + bisectionSteps(spec))
  let done = 0
  const every = Math.max(1, Math.floor(total / 200))
  let reported = 0
  const tick = (n: number) => {
    done += n
    if (done - reported >= every) {
      reported = done
      onProgress?.(done, total)
    }
  }

  // Price every draw once (the debt-free part of the model), keeping its lines and FX path.
  const periods = one.periodCount
  const scratch = createScratch(one)
  const revenue = new Float64Array(draws * periods)
  const feed = new Float64Array(draws * periods)
  const opex = new Float64Array(draws * periods)
  const fxSize = made.source.currencies.length * one.years
  const fxPaths = fxSize > 0 ? new Float64Array(draws * fxSize) : null
  for (let d = 0; d < draws; d++) {
    const shocks = made.source.next()
    priceDraw(one, shocks, scratch)
    revenue.set(scratch.revenue, d * periods)
    feed.set(scratch.feed, d * periods)
    opex.set(scratch.opex, d * periods)
    if (fxPaths && shocks.fx) fxPaths.set(shocks.fx, d * fxSize)
    tick(1)
  }

  const minDscr = new Float64Array(draws)
  const sorted = new Float64Array(draws)
  let evaluations = 0
  const probe = (scale: number): BreachSizingPoint => {
    const model = debtAtScale(zero, one, scale)
    for (let d = 0; d < draws; d++) {
      const at = d * periods
      scratch.revenue.set(revenue.subarray(at, at + periods))
      scratch.feed.set(feed.subarray(at, at + periods))
      scratch.opex.set(opex.subarray(at, at + periods))
      const fx = fxPaths ? fxPaths.subarray(d * fxSize, (d + 1) * fxSize) : undefined
      const r = walkDraw(model, fx, scratch, true)
      minDscr[d] = r.minDscr ?? NaN
    }
    evaluations++
    tick(draws)
    return { scale, amount: scale * amount, ...assessCover(minDscr, target, sorted) }
  }
  const deterministicPoint = probe(1)
  const found = searchLargestMeeting(probe, spec)
  onProgress?.(total, total)
  if (!found.chosen) return { ok: false, reason: 'no debt amount meets the target, not even none' }
  return {
    ok: true, currency: project.reportingCurrency, settings, target,
    deterministic: { amount, sizingMode: project.financing.sizing, point: deterministicPoint },
    chosen: found.chosen, next: found.next, curve: found.curve, nonMonotone: found.nonMonotone,
    upperScale: upper, cappedAtFullFunding: fullFunding < settings.upperMultiple, tolerance: settings.toleranceFraction * amount, evaluations,
    assumptions: assumptionsOf(project, mc, made.source.currencies), elapsedMs: Date.now() - started
  }
}
