import type { Currency, Project } from '@shared/model'
import { ownValue } from '@shared/json/own'
import { DEFAULT_FX_VOLATILITY, DEFAULT_MC_SETTINGS, type McSettings } from '../monte-carlo/simulate-settings'

/**
 * The distribution assumptions behind a breach sizing, each with where it comes from. The repository
 * holds no sourced price history, so the Monte Carlo's default price volatility (25 %/yr, GBM, no mean
 * reversion, independent products) is an ASSUMPTION and is said to be one; a figure the user typed is
 * "set by the user". FX volatility's default has a stated rationale (realised INR/USD and JPY/USD
 * volatility, docs/methodology.md "Monte Carlo") but no data file either: also an assumption.
 */
export type SizingAssumptions = {
  process: string
  prices: { product: string; volatility: number; source: string }[]
  correlation: string
  volume: string
  recovery: string
  fx: string
}

export const DEFAULT_PRICE_SOURCE = 'assumption: the Monte Carlo default, not estimated from price history — the repository has no sourced price series'
const USER = 'set by the user'

const pct = (x: number) => `${(x * 100).toFixed(x * 100 < 10 ? 1 : 0)} %`

export function assumptionsOf(project: Project, mc: McSettings, fxCurrencies: readonly Currency[]): SizingAssumptions {
  const process = mc.process.kind === 'gbm' ? 'GBM (no mean reversion)' : `mean-reverting (Ornstein–Uhlenbeck, κ = ${mc.process.meanReversionPerYear}/yr) to the deck`
  const prices = project.products.map((p) => {
    const own = ownValue(mc.volatility, p.id)
    const volatility = own ?? mc.defaultVolatility
    return { product: p.name, volatility, source: own === undefined && mc.defaultVolatility === DEFAULT_MC_SETTINGS.defaultVolatility ? DEFAULT_PRICE_SOURCE : USER }
  })
  const corr = mc.correlation
  const correlation = corr === null || corr.every((row, i) => row.every((x, j) => (i === j ? x === 1 : x === 0)))
    ? 'products independent (assumption: no sourced correlation in the repository)'
    : 'price correlation matrix set by the user'
  const sd = (x: number, what: string) => (x === 0 ? `${what} fixed at the plan` : `${what} ± ${pct(x)} (1 sd, one draw per run, ${USER})`)
  let fx = 'FX fixed on the table path'
  if (mc.fx && fxCurrencies.length > 0) {
    const vols = fxCurrencies.map((c) => {
      const v = mc.fx!.volatility[c] ?? DEFAULT_FX_VOLATILITY
      return `${c} ${pct(v)}/yr${v === DEFAULT_FX_VOLATILITY ? ' (assumption: realised INR/USD 4–8 %, JPY/USD ~10 % since 2010, no data file)' : ` (${USER})`}`
    })
    fx = `FX random walk: ${vols.join(', ')}, FX–price correlation ${mc.fx.priceCorrelation}`
  }
  return { process, prices, correlation, volume: sd(mc.volumeSd, 'volume'), recovery: sd(mc.recoverySd, 'recovery'), fx }
}

/** One line: process, price volatilities (grouped when equal) with their sources, correlation, volume, recovery, FX. */
export function assumptionsLine(a: SizingAssumptions): string {
  const groups = new Map<string, string[]>()
  for (const p of a.prices) {
    const key = `${pct(p.volatility)}/yr (${p.source})`
    groups.set(key, [...(groups.get(key) ?? []), p.product])
  }
  const vols = [...groups].map(([k, names]) => (groups.size === 1 ? `price volatility ${k} on every product` : `${names.join(', ')} ${k}`)).join('; ')
  return [a.process, vols, a.correlation, a.volume, a.recovery, a.fx].join('; ')
}
