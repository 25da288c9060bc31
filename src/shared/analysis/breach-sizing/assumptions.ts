import type { Currency, Project } from '@shared/model'
import { DEFAULT_FX_VOLATILITY, type McSettings } from '../monte-carlo/simulate-settings'
import { productMeanReversionSource, productVolatilitySource, type FigureSource } from '../monte-carlo/reference-settings'

/**
 * The distribution assumptions behind a breach sizing, each with where it comes from: the reference price
 * process (resources/reference/price-process.json — Ni estimated from the IMF monthly series, Pt and Pd
 * a published estimate, Rh, Li, Co and Mn judgements, each said to be what it is), a figure the user
 * typed ("set by the user"), or the app's flat 25 % GBM default, an ASSUMPTION. FX volatility's default
 * has a stated rationale (realised INR/USD and JPY/USD volatility, docs/methodology.md "Monte Carlo") but
 * no data file: also an assumption.
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
const sourceText = (f: FigureSource) => (f.kind === 'reference' ? f.citation : f.kind === 'user' ? USER : DEFAULT_PRICE_SOURCE)

// One decimal below 10 % ("5.0 %"), up to one above it: 25 % reads "25 %", a sourced 26.5 % is not rounded to 27.
const pct = (x: number) => `${x * 100 < 10 ? (x * 100).toFixed(1) : (x * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`

export function assumptionsOf(project: Project, mc: McSettings, fxCurrencies: readonly Currency[]): SizingAssumptions {
  const process = mc.process.kind === 'gbm' ? 'GBM (no mean reversion)' : meanReversionText(project, mc)
  const prices = project.products.map((p) => {
    const { volatility, source } = productVolatilitySource(project, mc, p.id)
    return { product: p.name, volatility, source: sourceText(source) }
  })
  const corr = mc.correlation
  const correlation = corr === null || corr.every((row, i) => row.every((x, j) => (i === j ? x === 1 : x === 0)))
    ? 'products independent (assumption: no sourced correlation between metals)'
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

/**
 * The OU process with κ per metal and its source (issue 19): one κ and source for every product reads as
 * before, "mean-reverting (Ornstein–Uhlenbeck, κ = 0.17/yr, <source>) to the deck"; otherwise products
 * are grouped by κ and source: "… to the deck, κ Li2CO3, CoSO4 0.17/yr (assumption: …); NiSO4 0.17/yr
 * (estimated from its own stored price series …)".
 */
function meanReversionText(project: Project, mc: McSettings): string {
  const groups = new Map<string, { perYear: number; source: string; names: string[] }>()
  for (const p of project.products) {
    const { perYear, source } = productMeanReversionSource(project, mc, p.id)!
    const key = `${perYear}|${sourceText(source)}`
    const g = groups.get(key) ?? { perYear, source: sourceText(source), names: [] }
    g.names.push(p.name)
    groups.set(key, g)
  }
  const list = [...groups.values()]
  if (list.length === 1) return `mean-reverting (Ornstein–Uhlenbeck, κ = ${list[0]!.perYear}/yr, ${list[0]!.source}) to the deck`
  return `mean-reverting (Ornstein–Uhlenbeck) to the deck, κ ${list.map((g) => `${g.names.join(', ')} ${g.perYear}/yr (${g.source})`).join('; ')}`
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
