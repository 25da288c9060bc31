import type { Currency, Project } from '@shared/model'
import { ownValue } from '@shared/json/own'
import { choleskyOfCorrelation } from './correlation'
import type { DrawShocks } from './fast-eval'
import type { FastModel } from './fast-model'
import { drawFxPath, drawPricePath, fxBuffers, pathBuffers, type FxPathSpec } from './paths'
import { createRng } from './prng'
import { DEFAULT_FX_VOLATILITY, type McFxSettings, type McSettings } from './simulate-settings'

/**
 * The Monte Carlo's stream of draws: price paths (stream 0 of the seed), then FX paths (stream 1, when FX
 * is a driver and the project has a non-USD currency), then one volume and one recovery multiplier
 * (stream 0). `next()` refills the same buffers, so a caller that keeps a draw copies it. Shared by
 * `runMonteCarlo` and breach sizing, so the same seed and settings give both the very same draws.
 */
export type DrawSource = {
  /** The FX currencies drawn (empty = FX fixed on the table's path). */
  currencies: readonly Currency[]
  next(): DrawShocks
}

/** The joint correlation matrix: products (the price matrix) then currencies, one FX–price and one FX–FX correlation. */
function jointCorrelation(prices: readonly (readonly number[])[], currencies: number, fx: McFxSettings): number[][] {
  const p = prices.length
  const n = p + currencies
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i < p && j < p ? prices[i]![j]! : i === j ? 1 : i < p || j < p ? fx.priceCorrelation : fx.currencyCorrelation))
  )
}

/** A draw source for `model` (built from `project`), or the reason the correlation matrices are refused (not positive semi-definite). */
export function createDrawSource(project: Project, settings: McSettings, model: FastModel): { ok: true; source: DrawSource } | { ok: false; reason: string } {
  const productCount = project.products.length
  const identity = Array.from({ length: productCount }, (_, i) => Array.from({ length: productCount }, (_, j) => (i === j ? 1 : 0)))
  const chol = choleskyOfCorrelation(settings.correlation ?? identity, 'price correlation matrix', project.products.map((p) => p.name))
  if (!chol.ok) return { ok: false, reason: chol.reason }
  const currencies = settings.fx ? model.fx.currencies : []
  let fxSpec: FxPathSpec | null = null
  if (settings.fx && currencies.length > 0) {
    const joint = choleskyOfCorrelation(jointCorrelation(settings.correlation ?? identity, currencies.length, settings.fx), 'price and FX correlation matrix', [...project.products.map((p) => p.name), ...currencies])
    if (!joint.ok) return { ok: false, reason: joint.reason }
    const fx = settings.fx
    fxSpec = { volatility: currencies.map((c) => fx.volatility[c] ?? DEFAULT_FX_VOLATILITY), lower: joint.lower, productCount, years: model.years, firstYear: model.fx.firstYear }
  }
  const yearCount = model.years
  const process = settings.process
  // Mean reversion per metal (issue 19): each product's own κ where the settings give one.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, without per-product κ the list is the pooled κ for every product (the path's own default), and GBM reads no κ
  const meanReversion = process.kind === 'ou' && process.meanReversionByProduct
    ? model.products.map((p) => ownValue(process.meanReversionByProduct, p.id) ?? process.meanReversionPerYear)
    : undefined
  const spec = {
    process, volatility: model.products.map((p) => ownValue(settings.volatility, p.id) ?? settings.defaultVolatility), lower: chol.lower, years: yearCount, ...(meanReversion ? { meanReversion } : {})
  }
  const rng = createRng(settings.seed)
  const fxRng = createRng(settings.seed, 1)
  const buffers = pathBuffers(productCount)
  const price = new Float64Array(productCount * yearCount)
  const priceZ = fxSpec ? new Float64Array(productCount * yearCount) : undefined
  const fxPath = fxSpec ? new Float64Array(currencies.length * yearCount) : undefined
  const fxBuf = fxBuffers(currencies.length)
  const next = (): DrawShocks => {
    drawPricePath(spec, rng, price, buffers, priceZ)
    if (fxSpec) drawFxPath(fxSpec, fxRng, priceZ!, fxPath!, fxBuf)
    const volume = Math.max(0, 1 + settings.volumeSd * rng.normal())
    const recovery = Math.max(0, 1 + settings.recoverySd * rng.normal())
    return fxPath ? { price, volume, recovery, fx: fxPath } : { price, volume, recovery }
  }
  return { ok: true, source: { currencies: fxSpec ? [...currencies] : [], next } }
}
