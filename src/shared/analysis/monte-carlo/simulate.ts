import type { Currency, Project } from '@shared/model'
import type { Scenario } from '@shared/engine/types'
import { choleskyOfCorrelation } from './correlation'
import { createScratch, evaluateDraw } from './fast-eval'
import { buildFastModel } from './fast-model'
import { drawFxPath, drawPricePath, fxBuffers, pathBuffers, type PriceProcess } from './paths'
import { createRng } from './prng'
import { describe, type Distribution } from './stats'
import { ownValue } from '@shared/json/own'
import { mcOperationsUnsupported } from './operations-support'
import { emptyNoIrrCounts, noIrrReason, type NoIrrCounts } from './no-irr'

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
  /** FX as a random driver (absent = FX fixed on the table's path, as before FX was a driver). */
  fx?: McFxSettings
}

/**
 * FX as a random driver: a GBM per non-USD currency of the project (INR, JPY) on the FX path, from the
 * first calendar year after construction, moving revenue translation and the service of unhedged
 * foreign-currency tranches. `priceCorrelation`: between each currency's FX shock and each product's
 * price shock in the same year (> 0: INR weakens — more rupees per USD — when prices rise);
 * `currencyCorrelation`: between INR and JPY.
 */
export type McFxSettings = {
  /** Annual volatility of log FX per currency (fraction); a currency not listed uses `DEFAULT_FX_VOLATILITY`. */
  volatility: Partial<Record<Currency, number>>
  priceCorrelation: number
  currencyCorrelation: number
}

/**
 * 10 % a year for INR and JPY against USD: INR/USD's realised volatility has mostly run at 4–8 % a year
 * since 2010, with stress years (2008, 2013) well above; JPY/USD has run near 10 %. A round, conservative
 * figure for a long-tenor loan; the user sets their own.
 */
export const DEFAULT_FX_VOLATILITY = 0.1
export const DEFAULT_MC_FX: McFxSettings = { volatility: { INR: DEFAULT_FX_VOLATILITY, JPY: DEFAULT_FX_VOLATILITY }, priceCorrelation: 0, currencyCorrelation: 0 }

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
  if (s.fx) {
    const fxVols = Object.values(s.fx.volatility)
    if (fxVols.some((v) => !Number.isFinite(v) || v < 0 || v > 5)) return 'FX volatility must be between 0 % and 500 % a year'
    for (const [name, v] of [['FX–price', s.fx.priceCorrelation], ['INR–JPY', s.fx.currencyCorrelation]] as const)
      if (!Number.isFinite(v) || v < -1 || v > 1) return `the ${name} correlation must be between −1 and 1`
  }
  return null
}

/** The joint correlation matrix: products (the price matrix) then currencies, one FX–price and one FX–FX correlation. */
function jointCorrelation(prices: readonly (readonly number[])[], currencies: number, fx: McFxSettings): number[][] {
  const p = prices.length
  const n = p + currencies
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i < p && j < p ? prices[i]![j]! : i === j ? 1 : i < p || j < p ? fx.priceCorrelation : fx.currencyCorrelation))
  )
}

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
  const unsupported = mcOperationsUnsupported(project)
  if (unsupported) return { ok: false, reason: unsupported }
  const productCount = project.products.length
  const identity = Array.from({ length: productCount }, (_, i) => Array.from({ length: productCount }, (_, j) => (i === j ? 1 : 0)))
  const chol = choleskyOfCorrelation(settings.correlation ?? identity, 'price correlation matrix', project.products.map((p) => p.name))
  if (!chol.ok) return { ok: false, reason: chol.reason }
  const model = buildFastModel(project, settings.scenario)
  const currencies = settings.fx ? model.fx.currencies : []
  let fxSpec: Parameters<typeof drawFxPath>[0] | null = null
  if (settings.fx && currencies.length > 0) {
    const joint = choleskyOfCorrelation(jointCorrelation(settings.correlation ?? identity, currencies.length, settings.fx), 'price and FX correlation matrix', [...project.products.map((p) => p.name), ...currencies])
    if (!joint.ok) return { ok: false, reason: joint.reason }
    const fx = settings.fx
    fxSpec = { volatility: currencies.map((c) => fx.volatility[c] ?? DEFAULT_FX_VOLATILITY), lower: joint.lower, productCount, years: model.years, firstYear: model.fx.firstYear }
  }
  const yearCount = model.years
  const spec = { process: settings.process, volatility: model.products.map((p) => ownValue(settings.volatility, p.id) ?? settings.defaultVolatility), lower: chol.lower, years: yearCount }
  const operatingYears = new Set<number>()
  for (let i = model.constructionPeriods; i < model.periodCount; i++) operatingYears.add(model.yearIndex[i]!)
  const rng = createRng(settings.seed)
  const fxRng = createRng(settings.seed, 1)
  const buffers = pathBuffers(productCount)
  const scratch = createScratch(model)
  const price = new Float64Array(productCount * yearCount)
  const priceZ = fxSpec ? new Float64Array(productCount * yearCount) : undefined
  const fxPath = fxSpec ? new Float64Array(currencies.length * yearCount) : undefined
  const fxBuf = fxBuffers(currencies.length)
  const drawCount = settings.draws
  const draws: McDraws = {
    products: model.products, volume: [], recovery: [], meanPriceMultiplier: model.products.map(() => []), equityIrr: [], projectIrr: [], npv: [], minDscr: [],
    ...(fxSpec ? { fx: { currencies: [...currencies], meanMultiplier: currencies.map(() => []) } } : {})
  }
  const noIrr = { equityIrr: emptyNoIrrCounts(), projectIrr: emptyNoIrrCounts() }
  const every = Math.max(1, Math.floor(drawCount / 100))
  for (let d = 0; d < drawCount; d++) {
    drawPricePath(spec, rng, price, buffers, priceZ)
    if (fxSpec) drawFxPath(fxSpec, fxRng, priceZ!, fxPath!, fxBuf)
    const volume = Math.max(0, 1 + settings.volumeSd * rng.normal())
    const recovery = Math.max(0, 1 + settings.recoverySd * rng.normal())
    const metrics = evaluateDraw(model, fxPath ? { price, volume, recovery, fx: fxPath } : { price, volume, recovery }, scratch)
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
