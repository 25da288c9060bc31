import type { Currency, Project } from '@shared/model'
import { createScratch, evaluateDraw } from './fast-eval'
import { buildFastModel } from './fast-model'
import { createDrawSource } from './draw-source'
import { describe, type Distribution } from './stats'
import { validateMcSettings, type McSettings } from './simulate-settings'
import { emptyNoIrrCounts, noIrrReason, type NoIrrCounts } from './no-irr'

export { DEFAULT_FX_VOLATILITY, DEFAULT_MC_FX, DEFAULT_MC_SETTINGS, validateMcSettings, type McFxSettings, type McSettings } from './simulate-settings'

export const MC_METRICS = ['equityIrr', 'projectIrr', 'npv', 'minDscr'] as const
export type McMetric = (typeof MC_METRICS)[number]

/** All draws as plain columns (index = draw − 1). Price multipliers: the mean over operating years per product. */
export type McDraws = {
  products: { id: string; name: string }[]
  volume: number[]
  recovery: number[]
  meanPriceMultiplier: number[][]
  equityIrr: (number | null)[]
  projectIrr: (number | null)[]
  npv: number[]
  minDscr: (number | null)[]
  /** With FX as a driver: the currencies drawn and, per currency, the mean FX multiplier over operating years per draw. */
  fx?: { currencies: Currency[]; meanMultiplier: number[][] }
}

export type McResult = {
  ok: true
  settings: McSettings
  currency: string
  covenantDscr: number
  stats: Record<McMetric, Distribution>
  /** Share of draws (with a DSCR) whose minimum DSCR is below the covenant / below 1.00x. */
  probabilityBelowCovenant: number | null
  probabilityBelowOne: number | null
  /** The engine's base case (no shocks), for reference lines. */
  base: Record<McMetric, number | null>
  /** Draws without an IRR, counted by why (no-irr.ts); absent on results stored before it was counted. */
  noIrr?: { equityIrr: NoIrrCounts; projectIrr: NoIrrCounts }
  draws: McDraws
  elapsedMs: number
}

export type McFailure = { ok: false; reason: string }

/**
 * Monte Carlo on prices (and optionally volumes, recoveries and FX) with the float fast path
 * (`buildFastModel` / `evaluateDraw`), debt held at the base case in each tranche's currency.
 * Deterministic for a given seed; the FX paths draw from their own stream, so switching FX on leaves the
 * price, volume and recovery draws unchanged. Refuses a correlation matrix that is not positive semi-definite.
 */
export function runMonteCarlo(project: Project, settings: McSettings, onProgress?: (done: number, total: number) => void): McResult | McFailure {
  const started = Date.now()
  const invalid = validateMcSettings(project, settings)
  if (invalid) return { ok: false, reason: invalid }
  const model = buildFastModel(project, settings.scenario)
  const made = createDrawSource(project, settings, model)
  if (!made.ok) return { ok: false, reason: made.reason }
  const source = made.source
  const currencies: readonly Currency[] = source.currencies
  const productCount = model.products.length
  const yearCount = model.years
  const operatingYears = new Set<number>()
  for (let i = model.constructionPeriods; i < model.periodCount; i++) operatingYears.add(model.yearIndex[i]!)
  const scratch = createScratch(model)
  const drawCount = settings.draws
  const draws: McDraws = {
    products: model.products, volume: [], recovery: [], meanPriceMultiplier: model.products.map(() => []), equityIrr: [], projectIrr: [], npv: [], minDscr: [],
    ...(currencies.length > 0 ? { fx: { currencies: [...currencies], meanMultiplier: currencies.map(() => []) } } : {})
  }
  const noIrr = { equityIrr: emptyNoIrrCounts(), projectIrr: emptyNoIrrCounts() }
  const every = Math.max(1, Math.floor(drawCount / 100))
  for (let d = 0; d < drawCount; d++) {
    const shocks = source.next()
    const { price, volume, recovery } = shocks
    const fxPath = shocks.fx
    const metrics = evaluateDraw(model, shocks, scratch)
    draws.volume.push(volume)
    draws.recovery.push(recovery)
    for (let p = 0; p < productCount; p++) {
      let sum = 0
      for (const y of operatingYears) sum += price[p * yearCount + y]!
      draws.meanPriceMultiplier[p]!.push(operatingYears.size > 0 ? sum / operatingYears.size : 1)
    }
    if (draws.fx)
      for (let c = 0; c < currencies.length; c++) {
        let sum = 0
        for (const y of operatingYears) sum += fxPath![c * yearCount + y]!
        draws.fx.meanMultiplier[c]!.push(operatingYears.size > 0 ? sum / operatingYears.size : 1)
      }
    // The draw's flows are still in the scratch buffers: classify only the draws that failed (rare, so no cost otherwise).
    if (metrics.equityIrr === null) noIrr.equityIrr[noIrrReason(scratch.equity) ?? 'outOfRange']++
    if (metrics.projectIrr === null) noIrr.projectIrr[noIrrReason(scratch.project) ?? 'outOfRange']++
    draws.equityIrr.push(metrics.equityIrr)
    draws.projectIrr.push(metrics.projectIrr)
    draws.npv.push(metrics.npv)
    draws.minDscr.push(metrics.minDscr)
    if ((d + 1) % every === 0 || d === drawCount - 1) onProgress?.(d + 1, drawCount)
  }
  const covenant = Number(project.lender.minDscr)
  const withDscr = draws.minDscr.filter((x): x is number => x !== null)
  const share = (pred: (x: number) => boolean) => (withDscr.length === 0 ? null : withDscr.filter(pred).length / withDscr.length)
  const bm = model.base.metrics
  const num = (metric: { ok: boolean; value?: { toNumber(): number } }) => (metric.ok && metric.value ? metric.value.toNumber() : null)
  return {
    ok: true, settings, currency: project.reportingCurrency, covenantDscr: covenant,
    stats: { equityIrr: describe(draws.equityIrr), projectIrr: describe(draws.projectIrr), npv: describe(draws.npv), minDscr: describe(draws.minDscr) },
    probabilityBelowCovenant: share((x) => x < covenant), probabilityBelowOne: share((x) => x < 1),
    base: { equityIrr: num(bm.equityIrr), projectIrr: num(bm.projectIrr), npv: bm.npv.toNumber(), minDscr: num(bm.minDscr) },
    noIrr,
    draws, elapsedMs: Date.now() - started
  }
}
