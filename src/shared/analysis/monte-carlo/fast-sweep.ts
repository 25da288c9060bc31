import type { Currency, Project } from '@shared/model'
import type { Prepared } from '@shared/engine/prepare'
import type { FixedDebt, ModelResult } from '@shared/engine/types'
import { resolveTranches } from '@shared/engine/tranche-terms'
import { dsraTargetsFloat } from '@shared/rules/dsra-target'
import { allocateSweepFloat, reprofiledPrincipalFloat, sweptBalanceFloat } from '@shared/rules/sweep'

type F = Float64Array

/**
 * The cash sweep in the Monte Carlo fast path (§11; the engine's is engine/sweep.ts, whose walk this
 * mirrors in floats). A draw re-walks the debt from COD: each tranche's interest and hedge cost on its
 * opening balance in its currency, the held scheduled instalment capped at the balance
 * (rules/sweep.ts), translated at the period's rate — an unhedged foreign tranche's moved by the draw's
 * FX as `moveDebt` moves it; the DSRA target on the service projected before the period's sweep; then
 * the swept cash allocated (rules/sweep.ts) and converted into each tranche's currency.
 */
export type FastSweepTranche = {
  /** Periodic rate per period and hedge cost per period (0 unhedged). */
  rate: F; hedge: number
  /** The held (sized) instalment per period, in the tranche's currency. */
  scheduled: F
  /** Units of tranche currency per unit of reporting currency at the base FX (the swap rate when hedged). */
  perReporting: F
  /** The draw's FX slot that moves it (an unhedged foreign tranche), else null. */
  slot: number | null
  unit: number
  /** Balance at COD in its currency. */
  atCod: number
}

export type FastSweep = { tranches: FastSweepTranche[]; chosen: number | null; dsraMonths: number; coverPeriods: number }

/** The sweep's fixed inputs, or null when the terms have none. */
export function buildFastSweep(project: Project, prep: Prepared, fixedDebt: FixedDebt, base: ModelResult, slotOf: (c: Currency) => number): FastSweep | null {
  const sweep = project.financing.waterfall?.sweep
  if (!sweep) return null
  const C = prep.tl.constructionPeriods
  const terms = resolveTranches(prep, fixedDebt)
  const dsra = project.financing.dsra
  return {
    chosen: sweep.allocation === 'pro-rata' ? null : project.financing.tranches.findIndex((t) => t.id === sweep.allocation),
    dsraMonths: dsra.enabled ? dsra.months : 0,
    // Stryker disable next-line ArithmeticOperator: equivalent, projecting more periods than the cover needs changes nothing
    coverPeriods: dsra.enabled ? Math.ceil(dsra.months / prep.tl.periodMonths) : 0,
    tranches: terms.map((t, k) => ({
      rate: Float64Array.from(t.rate, (x) => x.toNumber()), hedge: t.hedgePeriodic.toNumber(),
      scheduled: Float64Array.from(fixedDebt.tranches?.[k]?.principalInCurrency ?? fixedDebt.principal, (x) => x.toNumber()),
      perReporting: Float64Array.from(t.perReporting, (x) => x.toNumber()),
      slot: !t.sameCurrency && !(t.tranche.hedge.hedged) ? slotOf(t.tranche.currency) : null,
      unit: t.unit.toNumber(), atCod: base.financing.tranches[k]!.balanceInCurrency[C - 1]!.toNumber()
    }))
  }
}

/** A draw's buffers: balances in each currency, after principal in reporting currency, the allocation, the projection. */
export type SweepScratch = { balance: F; after: F; alloc: F; factor: F; projected: F; targets: F }

export const createSweepScratch = (s: FastSweep): SweepScratch => ({
  balance: new Float64Array(s.tranches.length), after: new Float64Array(s.tranches.length), alloc: new Float64Array(s.tranches.length),
  factor: new Float64Array(s.tranches.length), projected: new Float64Array(s.coverPeriods + 1), targets: new Float64Array(s.coverPeriods + 1)
})

/** What period i owes before the sweep (reporting currency), its balances left after principal in `x.after`. */
export type SweepPeriod = { interest: number; debtService: number; sweepable: number; dsraTarget: number }

/**
 * Reporting currency per unit of tranche currency in period i: 1 / perReporting, times the draw's FX
 * move for an unhedged foreign tranche (`moveDebt`'s fx_R / fx_T). `fxOf(slot, i)` is the draw's multiplier.
 */
function toReportingFactor(t: FastSweepTranche, i: number, fxOf: (slot: number, i: number) => number, reportingSlot: number): number {
  const base = 1 / t.perReporting[i]!
  return t.slot === null ? base : (base * fxOf(reportingSlot, i)) / fxOf(t.slot, i)
}

export function sweepStart(s: FastSweep, x: SweepScratch): void {
  s.tranches.forEach((t, k) => (x.balance[k] = t.atCod))
}

/**
 * The DSRA target at the end of period i from balances `from` (after i's principal, before its sweep):
 * the next months' interest, hedge cost and capped instalments, translated (engine/sweep.ts projectService).
 */
function projectedTarget(s: FastSweep, x: SweepScratch, i: number, serviceNow: number, n: number, periodMonths: number, rate: (t: FastSweepTranche, j: number) => number): number {
  if (s.coverPeriods === 0) return 0
  x.projected[0] = serviceNow
  x.alloc.set(x.balance)
  let len = 1
  for (let j = i + 1; j < n && j <= i + s.coverPeriods; j++) {
    let ds = 0
    s.tranches.forEach((t, k) => {
      const b = x.alloc[k]!
      const paid = reprofiledPrincipalFloat(t.scheduled[j]!, b, t.unit)
      ds += (b * t.rate[j]! + b * t.hedge + paid) * rate(t, j)
      x.alloc[k] = b - paid
    })
    x.projected[len++] = ds
  }
  dsraTargetsFloat(x.projected.subarray(0, len), s.dsraMonths, periodMonths, x.targets.subarray(0, len))
  return x.targets[0]!
}

/** Period i up to the sweep: interest (+ hedge cost, as deducted for tax), debt service, what can be swept, the DSRA target. */
export function sweepOpen(s: FastSweep, x: SweepScratch, i: number, n: number, periodMonths: number, fxOf: (slot: number, i: number) => number, reportingSlot: number): SweepPeriod {
  let interest = 0
  let principal = 0
  let sweepable = 0
  const rate = (t: FastSweepTranche, j: number) => toReportingFactor(t, j, fxOf, reportingSlot)
  s.tranches.forEach((t, k) => {
    const f = rate(t, i)
    x.factor[k] = f
    const b = x.balance[k]!
    interest += b * t.rate[i]! * f + b * t.hedge * f
    const paid = reprofiledPrincipalFloat(t.scheduled[i]!, b, t.unit)
    principal += paid * f
    x.balance[k] = b - paid
    x.after[k] = x.balance[k]! * f
    sweepable += x.after[k]!
  })
  const debtService = interest + principal
  return { interest, debtService, sweepable, dsraTarget: projectedTarget(s, x, i, debtService, n, periodMonths, rate) }
}

/** The DSRA target at COD (before any sweep), from the balances at COD. */
export function sweepCodTarget(s: FastSweep, x: SweepScratch, n: number, periodMonths: number, constructionPeriods: number, fxOf: (slot: number, i: number) => number, reportingSlot: number): number {
  return projectedTarget(s, x, constructionPeriods - 1, 0, n, periodMonths, (t, j) => toReportingFactor(t, j, fxOf, reportingSlot))
}

/** The swept cash of period i reduces the balances (in each tranche's currency at the period's rate). */
export function sweepApply(s: FastSweep, x: SweepScratch, sweep: number): void {
  allocateSweepFloat(sweep, x.after, s.chosen, x.alloc)
  s.tranches.forEach((_, k) => {
    x.balance[k] = sweptBalanceFloat(x.balance[k]!, x.alloc[k]!, x.after[k]!, x.alloc[k]! / x.factor[k]!)
  })
}
