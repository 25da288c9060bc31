import { DEFAULT_FX_VOLATILITY, DEFAULT_MC_SETTINGS, referenceMcSettings, type McSettings } from '@shared/analysis'
import type { Project } from '@shared/model'
import { numberOption } from './analysis-args'

/** The Monte Carlo options `simulate` and `size` share (draws, seed, price process, volume/recovery, FX). */
export const MC_VALUE_OPTIONS = ['--draws', '--seed', '--volatility', '--ou', '--volume-sd', '--recovery-sd', '--fx-volatility', '--fx-price-correlation', '--fx-correlation'] as const
export const MC_FLAGS = ['--fx'] as const
export { MC_USAGE } from './usages'

export type McOptions = {
  settings: McSettings
  kappa: number
  fxVol: number
  fxPrice: number
  /** Neither `--volatility` nor `--ou` given: the price process is the reference one (`withReferenceProcess`). */
  referenceProcess: boolean
}

/**
 * The reference price process (issue 19: OU at the sourced speed, each product at its metal's sourced
 * volatility) where the command line left it open: with neither `--volatility` nor `--ou`, all of it;
 * with `--ou κ` alone, the reference volatilities at the user's κ. `--volatility σ` is a flat σ on
 * every product, GBM unless `--ou` is given too (the behaviour before the reference process).
 */
export function withReferenceProcess(project: Project, o: McOptions, values: Map<string, string>): McSettings {
  if (values.has('--volatility')) return o.settings
  const ref = referenceMcSettings(project, o.settings)
  return values.has('--ou') ? { ...ref, process: o.settings.process } : ref
}

/**
 * Monte Carlo settings from the command line, before the project is read (`withReferenceProcess` then
 * fills the reference price process in): GBM at `--volatility`, Ornstein–Uhlenbeck with `--ou κ`; `--fx`
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
  return { settings, kappa: kappa as number, fxVol: fxVol as number, fxPrice: fxPrice as number, referenceProcess: !values.has('--volatility') && !values.has('--ou') }
}
