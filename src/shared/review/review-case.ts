import { Decimal, ONE, dec } from '../decimal'
import { runModel } from '../engine/run-model'
import type { ModelOptions, ModelResult, Scenario } from '../engine/types'
import { parseProject, type Project, type ValidationIssue } from '../model'
import type { ReviewCase } from './schema'

/** Id of the reviewer's deck inside the copy of the project the review case runs on. */
export const REVIEW_DECK_ID = 'review-deck'

/** The neutral case: the project's own deck, no haircuts, the project's lender thresholds, debt held. */
export const defaultReviewCase = (project: Project): ReviewCase => ({
  priceDeck: null, priceHaircut: '0', recoveryHaircut: '0', volumeHaircut: '0', capexOverrun: '0', delayMonths: 0,
  lender: { ...project.lender }, resizeDebt: false
})

/**
 * A ramp-up profile (factor per operating year, last repeating) with production starting `months` later:
 * the factor of year y is the average over its 12 months of the original monthly factor `months` earlier
 * (zero before the original start). Annual granularity is the ramp-up's own; the loss is exact on
 * annual volumes and spread evenly within each year.
 */
export function delayRampUp(rampUp: readonly string[], months: number): string[] {
  if (months === 0) return [...rampUp]
  const factorAt = (monthIndex: number): Decimal => (monthIndex < 0 ? new Decimal(0) : dec(rampUp[Math.min(Math.floor(monthIndex / 12), rampUp.length - 1)]!))
  const years = rampUp.length + Math.ceil(months / 12)
  const out: string[] = []
  for (let y = 0; y < years; y++) {
    let sum = new Decimal(0)
    for (let m = 0; m < 12; m++) sum = sum.plus(factorAt(y * 12 + m - months))
    out.push(sum.div(12).toString())
  }
  return out
}

export type ReviewRun = { ok: true; project: Project; options: ModelOptions; scenario: Scenario } | { ok: false; issues: ValidationIssue[] }

/**
 * The review case as engine inputs: a COPY of the project (reviewer's deck added, ramp-ups delayed, the
 * reviewer's lender thresholds) and a scenario carrying the haircuts as multipliers (prices × (1 − h),
 * recoveries × (1 − h), volumes × (1 − h), capex × (1 + overrun)) and the FX stress (multiplier and annual
 * INR/JPY depreciation): held debt keeps each tranche in its currency, so FX moves unhedged foreign service. Debt is held at the recycler's base
 * case (the original project's debt) unless `resizeDebt`. The recycler's project is never modified.
 */
export function reviewInputs(project: Project, rc: ReviewCase, base?: ModelResult): ReviewRun {
  const copy = structuredClone(project)
  if (rc.priceDeck) {
    copy.prices.decks = copy.prices.decks.filter((d) => d.id !== REVIEW_DECK_ID)
    copy.prices.decks.push({ ...rc.priceDeck, id: REVIEW_DECK_ID })
  }
  if (rc.delayMonths > 0) for (const s of copy.feedstock) s.rampUp = delayRampUp(s.rampUp, rc.delayMonths)
  copy.lender = { ...rc.lender }
  const checked = parseProject(copy)
  if (!checked.ok) return checked
  const scenario: Scenario = {
    id: 'review', name: 'Review case',
    ...(rc.priceDeck ? { priceDeckId: REVIEW_DECK_ID } : {}),
    priceMultiplierAll: ONE.minus(rc.priceHaircut).toString(),
    recoveryMultiplier: ONE.minus(rc.recoveryHaircut).toString(),
    volumeMultiplier: ONE.minus(rc.volumeHaircut).toString(),
    capexMultiplier: ONE.plus(rc.capexOverrun).toString(),
    ...(rc.fxMultiplier !== undefined ? { fxMultiplier: rc.fxMultiplier } : {}),
    ...(rc.fxDepreciationPerYear !== undefined ? { fxDepreciationPerYear: rc.fxDepreciationPerYear } : {}),
    resizeDebt: rc.resizeDebt
  }
  // Held debt comes from the recycler's project as entered, not from the delayed copy.
  const options: ModelOptions = rc.resizeDebt ? { scenario } : { scenario, fixedDebt: (base ?? runModel(project)).debt }
  return { ok: true, project: checked.value, options, scenario }
}

export type ReviewComparison = { ok: true; base: ModelResult; review: ModelResult; reviewProject: Project } | { ok: false; issues: ValidationIssue[] }

/** Base (the project as entered, graded on its own thresholds) and review case, side by side. */
export function runReview(project: Project, rc: ReviewCase): ReviewComparison {
  const base = runModel(project)
  const inputs = reviewInputs(project, rc, base)
  if (!inputs.ok) return inputs
  return { ok: true, base, review: runModel(inputs.project, inputs.options), reviewProject: inputs.project }
}
