import type { Project } from '@shared/model'
import { fxCurrencies } from '../drivers'
import { DEFAULT_FX_VOLATILITY, type McSettings } from './simulate'
import { productMeanReversionSource, productVolatilitySource, type FigureSource } from './reference-settings'

/**
 * The distribution assumptions of a Monte Carlo run, as a lender asks for them (issue 17): the price
 * model, each product's volatility, the correlations, volume/recovery and FX uncertainty, each with
 * where it comes from — the user's own figure, the reference price process (resources/reference/
 * price-process.json: estimated from price history, a published estimate, or a judgement, each cited),
 * or the app's flat default, an assumption (FX's default is set against realised history).
 */
export type Assumption = { label: string; value: string; source: string }

const pct = (x: number) => `${(x * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} %`
const DEFAULT_SOURCE = 'assumption (the app’s default, not estimated from a price history)'
const YOURS = 'your input'
const sourceText = (f: FigureSource) => (f.kind === 'reference' ? f.citation : f.kind === 'user' ? YOURS : DEFAULT_SOURCE)
const FX_SOURCE = 'assumption: INR/USD’s realised volatility mostly 4–8 %/yr since 2010 (stress years above), JPY/USD near 10 % (methodology §8)'

export function mcAssumptions(project: Project, s: McSettings): Assumption[] {
  const out: Assumption[] = []
  if (s.process.kind === 'gbm') out.push({ label: 'Price model', value: 'random walk of log price per year (GBM), mean-preserving around the deck; no pull back to it', source: 'assumption' })
  else {
    // Mean reversion per metal (issue 19): one row when every product shares κ and source, else a row per product.
    const speed = (k: number) => `κ = ${k}/yr, half-life ${(Math.log(2) / k).toFixed(1)} years`
    const each = project.products.map((p) => ({ p, ...productMeanReversionSource(project, s, p.id)! }))
    const one = each.every((x) => x.perYear === each[0]!.perYear && sourceText(x.source) === sourceText(each[0]!.source))
    if (one) {
      const k = each[0]?.perYear ?? s.process.meanReversionPerYear
      out.push({ label: 'Price model', value: `mean-reverting to the deck (OU), ${speed(k)}`, source: each[0] ? sourceText(each[0].source) : YOURS })
    } else {
      out.push({ label: 'Price model', value: 'mean-reverting to the deck (OU), each metal at its own speed κ (below)', source: 'each metal’s, below' })
      for (const x of each) out.push({ label: `${x.p.name} mean reversion`, value: speed(x.perYear), source: sourceText(x.source) })
    }
  }
  for (const p of project.products) {
    const { volatility, source } = productVolatilitySource(project, s, p.id)
    out.push({ label: `${p.name} price volatility`, value: `${pct(volatility)}/yr`, source: sourceText(source) })
  }
  const pairs: string[] = []
  if (s.correlation)
    project.products.forEach((p, i) => project.products.forEach((q, j) => {
      const c = s.correlation![i]![j]!
      if (j > i && c !== 0) pairs.push(`${p.name}–${q.name} ${c}`)
    }))
  if (project.products.length > 1)
    out.push({ label: 'Price correlations', value: pairs.length ? pairs.join('; ') : 'none: each product’s prices move independently', source: pairs.length ? YOURS : 'assumption: no sourced correlation between metals' })
  out.push({ label: 'Volume uncertainty', value: s.volumeSd > 0 ? `${pct(s.volumeSd)} standard deviation, one draw per run` : 'none: volumes as entered', source: s.volumeSd > 0 ? YOURS : 'assumption' })
  out.push({ label: 'Recovery uncertainty', value: s.recoverySd > 0 ? `${pct(s.recoverySd)} standard deviation, one draw per run` : 'none: recoveries as entered', source: s.recoverySd > 0 ? YOURS : 'assumption' })
  const currencies = fxCurrencies(project)
  if (currencies.length > 0) {
    if (!s.fx) out.push({ label: 'FX', value: 'fixed on the FX table’s path', source: 'assumption' })
    else {
      for (const c of currencies) {
        const v = s.fx.volatility[c] ?? DEFAULT_FX_VOLATILITY
        out.push({ label: `${c} per USD volatility`, value: `${pct(v)}/yr, a random walk from the year after construction`, source: v === DEFAULT_FX_VOLATILITY ? FX_SOURCE : YOURS })
      }
      out.push({ label: 'FX–price correlation', value: String(s.fx.priceCorrelation), source: s.fx.priceCorrelation === 0 ? 'assumption' : YOURS })
      if (currencies.length > 1) out.push({ label: 'INR–JPY correlation', value: String(s.fx.currencyCorrelation), source: s.fx.currencyCorrelation === 0 ? 'assumption' : YOURS })
    }
  }
  return out
}
