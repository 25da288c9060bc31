import { DEFAULT_FX_VOLATILITY, DEFAULT_MC_SETTINGS, type McSettings } from '@shared/analysis'
import { numberOption } from './analysis-args'

/** The Monte Carlo options `simulate` and `size` share (draws, seed, price process, volume/recovery, FX). */
export const MC_VALUE_OPTIONS = ['--draws', '--seed', '--volatility', '--ou', '--volume-sd', '--recovery-sd', '--fx-volatility', '--fx-price-correlation', '--fx-correlation'] as const
export const MC_FLAGS = ['--fx'] as const
export { MC_USAGE } from './usages'

export type McOptions = { settings: McSettings; kappa: number; fxVol: number; fxPrice: number }

/**
 * Monte Carlo settings from the command line: GBM by default, Ornstein–Uhlenbeck with `--ou κ`; `--fx`
 * (or any `--fx-…` option) adds FX as a random driver. A usage message naming the option when one is wrong.
 */
export function parseMcOptions(values: Map<string, string>, flags: Set<string>, maxDraws: number): McOptions | string {
  const draws = numberOption(values, '--draws', Math.min(DEFAULT_MC_SETTINGS.draws, maxDraws), (x) => Number.isInteger(x) && x >= 1 && x <= maxDraws, `must be a whole number from 1 to ${maxDraws}`)
  const seed = numberOption(values, '--seed', 1, (x) => Number.isSafeInteger(x) && x >= 0, 'must be a whole number ≥ 0')
  const vol = numberOption(values, '--volatility', DEFAULT_MC_SETTINGS.defaultVolatility, (x) => x >= 0 && x <= 5, 'must be between 0 and 5 (annual, 0.25 = 25 %)')
  const kappa = numberOption(values, '--ou', 0, (x) => x > 0 && x <= 50, 'must be above 0 and at most 50 (per year)')
  const volumeSd = numberOption(values, '--volume-sd', 0, (x) => x >= 0 && x <= 1, 'must be between 0 and 1')
  const recoverySd = numberOption(values, '--recovery-sd', 0, (x) => x >= 0 && x <= 1, 'must be between 0 and 1')
  const fxVol = numberOption(values, '--fx-volatility', DEFAULT_FX_VOLATILITY, (x) => x >= 0 && x <= 5, 'must be between 0 and 5 (annual, 0.1 = 10 %)')
  const fxPrice = numberOption(values, '--fx-price-correlation', 0, (x) => x >= -1 && x <= 1, 'must be between -1 and 1')
  const fxCross = numberOption(values, '--fx-correlation', 0, (x) => x >= -1 && x <= 1, 'must be between -1 and 1')
  for (const v of [draws, seed, vol, kappa, volumeSd, recoverySd, fxVol, fxPrice, fxCross]) if (typeof v === 'string') return v
  const fxOn = flags.has('--fx') || ['--fx-volatility', '--fx-price-correlation', '--fx-correlation'].some((k) => values.has(k))
  const settings: McSettings = {
    ...DEFAULT_MC_SETTINGS, draws: draws as number, seed: seed as number, defaultVolatility: vol as number,
    process: values.has('--ou') ? { kind: 'ou', meanReversionPerYear: kappa as number } : { kind: 'gbm' }, volumeSd: volumeSd as number, recoverySd: recoverySd as number,
    ...(fxOn ? { fx: { volatility: { INR: fxVol as number, JPY: fxVol as number }, priceCorrelation: fxPrice as number, currencyCorrelation: fxCross as number } } : {})
  }
  return { settings, kappa: kappa as number, fxVol: fxVol as number, fxPrice: fxPrice as number }
}
