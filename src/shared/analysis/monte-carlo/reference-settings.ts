import type { Metal, Project } from '@shared/model'
import { ownValue } from '@shared/json/own'
import { referenceCorrelation, referenceMeanReversion, referenceSeries, referenceVolatility } from '@shared/reference/price-process'
import { estimateOu } from './estimate-process'
import { DEFAULT_MC_SETTINGS, type McSettings } from './simulate-settings'

/** A metal's reference mean-reversion speed and where it comes from. */
export type ReferenceMeanReversion = { perYear: number; assumption: boolean; citation: string }

/**
 * A metal's κ (issue 19, mean reversion per metal): estimated from the metal's own stored price series
 * (resources/reference/price-process.json `series`, annual averages; `estimateOu`, rounded to 2 decimals as
 * the file states its figures) where there is one that reverts; else the pooled κ, marked as an
 * assumption. Only Ni has a series today, and its estimate is the pooled value, so no draw moves.
 */
export function referenceMeanReversionOf(metal: Metal): ReferenceMeanReversion {
  const pooled = referenceMeanReversion()
  const series = referenceSeries(metal)
  try {
    const e = estimateOu(series.map((s) => s.price))
    return { perYear: Number(e.meanReversionPerYear.toFixed(2)), assumption: false, citation: `estimated from its own stored price series (annual averages ${series[0]!.year}–${series.at(-1)!.year}, ${e.pairs} yearly pairs)` }
  } catch {
    // No series (estimateOu needs 4 years), or one that does not revert: no κ of its own, the pooled value stands.
  }
  return { perYear: pooled.perYear, assumption: true, citation: `assumption: no price series of the metal stored — the pooled κ, ${pooled.citation}` }
}

/**
 * The Monte Carlo's default price process for a project (issue 19): mean-reverting to the deck (OU) at
 * the reference speed, each product at its metal's reference volatility, correlated where the reference
 * file sources a correlation (none today: independent). `meanReversionOf`: each metal's κ (a parameter so a
 * test can give its own). `DEFAULT_MC_SETTINGS` stays the flat 25 % GBM
 * that saved settings and tests were written against; a new run starts from this instead.
 */
export function referenceMcSettings(project: Project, base: McSettings = DEFAULT_MC_SETTINGS, meanReversionOf: (metal: Metal) => number = (m) => referenceMeanReversionOf(m).perYear): McSettings {
  const volatility: Record<string, number> = {}
  for (const p of project.products) {
    const r = referenceVolatility(p.metal)
    // Stryker disable next-line ConditionalExpression: equivalent, the shipped file has a figure for every metal (tests/shared/reference/reference.test.ts holds it to that), so r is never null here
    if (r) volatility[p.id] = r.volatility
  }
  const pooled = referenceMeanReversion().perYear
  // A product reverts at its metal's own κ only where that differs from the pooled one (none today: the settings stay as before).
  const own = Object.fromEntries(project.products.flatMap((p) => {
    const k = meanReversionOf(p.metal)
    return k === pooled ? [] : [[p.id, k] as const]
  }))
  const process = { kind: 'ou' as const, meanReversionPerYear: pooled, ...(Object.keys(own).length > 0 ? { meanReversionByProduct: own } : {}) }
  return { ...base, process, volatility, correlation: referenceCorrelationMatrix(project) }
}

/**
 * The products' correlation matrix from the reference file's sourced pairs (products of the same metal
 * cannot occur: one product per metal); null when no pair is sourced (independent, the run's default).
 */
export function referenceCorrelationMatrix(project: Project, correlation: (a: Metal, b: Metal) => number | null = referenceCorrelation): number[][] | null {
  const pairs = project.products.map((p) => project.products.map((q) => (p.id === q.id ? 1 : (correlation(p.metal, q.metal) ?? 0))))
  const sourced = pairs.some((row, i) => row.some((x, j) => i !== j && x !== 0))
  return sourced ? pairs : null
}

/** Where a figure comes from: the reference file (with its short citation), the user, or the app's flat default. */
export type FigureSource = { kind: 'reference'; citation: string; assumption: boolean } | { kind: 'user' } | { kind: 'default' }

/** A product's volatility in `s` and its source: the reference when it equals its metal's reference figure. */
export function productVolatilitySource(project: Project, s: McSettings, productId: string): { volatility: number; source: FigureSource } {
  const product = project.products.find((p) => p.id === productId)
  const own = ownValue(s.volatility, productId)
  const volatility = own ?? s.defaultVolatility
  const ref = product ? referenceVolatility(product.metal) : null
  if (ref && volatility === ref.volatility) return { volatility, source: { kind: 'reference', citation: ref.citation, assumption: ref.assumption } }
  if (own !== undefined || s.defaultVolatility !== DEFAULT_MC_SETTINGS.defaultVolatility) return { volatility, source: { kind: 'user' } }
  return { volatility, source: { kind: 'default' } }
}

/**
 * A product's mean-reversion speed in `s` and its source (null under GBM): the reference when it equals its
 * metal's reference κ (`referenceMeanReversionOf`: the metal's own estimate, or the pooled κ as an assumption).
 */
export function productMeanReversionSource(project: Project, s: McSettings, productId: string): { perYear: number; source: FigureSource } | null {
  if (s.process.kind !== 'ou') return null
  const perYear = ownValue(s.process.meanReversionByProduct, productId) ?? s.process.meanReversionPerYear
  const product = project.products.find((p) => p.id === productId)
  const ref = product ? referenceMeanReversionOf(product.metal) : null
  return ref && perYear === ref.perYear ? { perYear, source: { kind: 'reference', citation: ref.citation, assumption: ref.assumption } } : { perYear, source: { kind: 'user' } }
}
