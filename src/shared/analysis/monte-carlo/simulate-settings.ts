import type { Currency, Project } from '@shared/model'
import type { Scenario } from '@shared/engine/types'
import type { PriceProcess } from './paths'

/** The Monte Carlo's settings, defaults and their check (shared by `runMonteCarlo`, its draw source and breach sizing). */
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

/** Check settings; a message naming the bad field, or null. */
export function validateMcSettings(project: Project, s: McSettings): string | null {
  if (!Number.isInteger(s.draws) || s.draws < 1 || s.draws > 200000) return 'draws must be a whole number from 1 to 200,000'
  if (!Number.isSafeInteger(s.seed) || s.seed < 0) return 'seed must be a whole number ≥ 0'
  const vols = [s.defaultVolatility, ...Object.values(s.volatility)]
  if (vols.some((v) => !Number.isFinite(v) || v < 0 || v > 5)) return 'volatility must be between 0 % and 500 % a year'
  if (s.process.kind === 'ou' && [s.process.meanReversionPerYear, ...Object.values(s.process.meanReversionByProduct ?? {})].some((k) => !(k > 0 && k <= 50)))
    return 'mean reversion speed must be above 0 and at most 50 a year'
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

