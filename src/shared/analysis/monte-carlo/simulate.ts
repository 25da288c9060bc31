import type { Project } from '@shared/model'
import type { Scenario } from '@shared/engine/types'
import { choleskyOfCorrelation } from './correlation'
import { createScratch, evaluateDraw } from './fast-eval'
import { buildFastModel } from './fast-model'
import { drawPricePath, pathBuffers, type PriceProcess } from './paths'
import { createRng } from './prng'
import { describe, type Distribution } from './stats'
import { ownValue } from '@shared/json/own'
import { mcOperationsUnsupported } from './operations-support'

export type McSettings = {
  draws: number
  /** Any safe integer; the same seed and settings give the same draws. */
  seed: number
  process: PriceProcess
  /** Annual volatility of log price per productId (fraction); a product not listed uses `defaultVolatility`. */
  volatility: Record<string, number>
  defaultVolatility: number
  /** Correlation between products' price shocks, in `project.products` order; null = independent. */
  correlation: number[][] | null
  /** Standard deviation of the recovery and volume multipliers (one draw per run, 1 + sd·z, floored at 0); 0 = fixed. */
  recoverySd: number
  volumeSd: number
  /** The case under study; debt held at its base case unless it asks to re-size. */
  scenario?: Scenario
}

export const DEFAULT_MC_SETTINGS: McSettings = {
  draws: 10000, seed: 1, process: { kind: 'gbm' }, volatility: {}, defaultVolatility: 0.25, correlation: null, recoverySd: 0, volumeSd: 0
}

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
  draws: McDraws
  elapsedMs: number
}

export type McFailure = { ok: false; reason: string }

/**
 * The fast path holds the base case's aggregate debt service and deducts its interest from tax: right
 * for one debt in the reporting currency, but it has no tranche lines, no hedge cost in the tax
 * deduction and no FX on foreign-currency debt service. Until it does, such projects are refused
 * (issue #14) rather than simulated with a debt the draws would silently misstate. Null when supported.
 */
export function mcDebtUnsupported(project: Project): string | null {
  const tranches = project.financing.tranches
  if (tranches.length > 1) return `Monte Carlo does not yet support a senior debt in ${tranches.length} tranches; run it on a single-tranche copy or use scenarios`
  const t = tranches[0]!
  if (t.currency !== project.reportingCurrency) return `Monte Carlo does not yet support a tranche in ${t.currency} when the project reports in ${project.reportingCurrency}`
  return null
}

/** Check settings; a message naming the bad field, or null. */
export function validateMcSettings(project: Project, s: McSettings): string | null {
  if (!Number.isInteger(s.draws) || s.draws < 1 || s.draws > 200000) return 'draws must be a whole number from 1 to 200,000'
  if (!Number.isSafeInteger(s.seed) || s.seed < 0) return 'seed must be a whole number ≥ 0'
  const vols = [s.defaultVolatility, ...Object.values(s.volatility)]
  if (vols.some((v) => !Number.isFinite(v) || v < 0 || v > 5)) return 'volatility must be between 0 % and 500 % a year'
  if (s.process.kind === 'ou' && !(s.process.meanReversionPerYear > 0 && s.process.meanReversionPerYear <= 50)) return 'mean reversion speed must be above 0 and at most 50 a year'
  for (const [name, v] of [['recovery', s.recoverySd], ['volume', s.volumeSd]] as const)
    if (!Number.isFinite(v) || v < 0 || v > 1) return `${name} uncertainty must be between 0 % and 100 %`
  if (s.correlation && s.correlation.length !== project.products.length)
    return `the price correlation matrix has ${s.correlation.length} rows but the project has ${project.products.length} products`
  return null
}

/**
 * Monte Carlo on prices (and optionally volumes and recoveries) with the float fast path
 * (`buildFastModel` / `evaluateDraw`). Deterministic for a given seed. Refuses a correlation matrix that
 * is not positive semi-definite.
 */
export function runMonteCarlo(project: Project, settings: McSettings, onProgress?: (done: number, total: number) => void): McResult | McFailure {
  const started = Date.now()
  const invalid = validateMcSettings(project, settings)
  if (invalid) return { ok: false, reason: invalid }
  const unsupported = mcDebtUnsupported(project) ?? mcOperationsUnsupported(project)
  if (unsupported) return { ok: false, reason: unsupported }
  const productCount = project.products.length
  const identity = Array.from({ length: productCount }, (_, i) => Array.from({ length: productCount }, (_, j) => (i === j ? 1 : 0)))
  const chol = choleskyOfCorrelation(settings.correlation ?? identity, 'price correlation matrix', project.products.map((p) => p.name))
  if (!chol.ok) return { ok: false, reason: chol.reason }
  const model = buildFastModel(project, settings.scenario)
  const yearCount = model.years
  const spec = { process: settings.process, volatility: model.products.map((p) => ownValue(settings.volatility, p.id) ?? settings.defaultVolatility), lower: chol.lower, years: yearCount }
  const operatingYears = new Set<number>()
  for (let i = model.constructionPeriods; i < model.periodCount; i++) operatingYears.add(model.yearIndex[i]!)
  const rng = createRng(settings.seed)
  const buffers = pathBuffers(productCount)
  const scratch = createScratch(model)
  const price = new Float64Array(productCount * yearCount)
  const drawCount = settings.draws
  const draws: McDraws = {
    products: model.products, volume: [], recovery: [], meanPriceMultiplier: model.products.map(() => []), equityIrr: [], projectIrr: [], npv: [], minDscr: []
  }
  const every = Math.max(1, Math.floor(drawCount / 100))
  for (let d = 0; d < drawCount; d++) {
    drawPricePath(spec, rng, price, buffers)
    const volume = Math.max(0, 1 + settings.volumeSd * rng.normal())
    const recovery = Math.max(0, 1 + settings.recoverySd * rng.normal())
    const metrics = evaluateDraw(model, { price, volume, recovery }, scratch)
    draws.volume.push(volume)
    draws.recovery.push(recovery)
    for (let p = 0; p < productCount; p++) {
      let sum = 0
      for (const y of operatingYears) sum += price[p * yearCount + y]!
      draws.meanPriceMultiplier[p]!.push(operatingYears.size > 0 ? sum / operatingYears.size : 1)
    }
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
    draws, elapsedMs: Date.now() - started
  }
}
