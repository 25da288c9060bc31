import type { Metal, Project } from '@shared/model'
import { ownValue } from '@shared/json/own'
import { referenceCorrelation, referenceMeanReversion, referenceVolatility } from '@shared/reference/price-process'
import { DEFAULT_MC_SETTINGS, type McSettings } from './simulate-settings'

/**
 * The Monte Carlo's default price process for a project (issue 19): mean-reverting to the deck (OU) at
 * the reference speed, each product at its metal's reference volatility, correlated where the reference
 * file sources a correlation (none today: independent). `DEFAULT_MC_SETTINGS` stays the flat 25 % GBM
 * that saved settings and tests were written against; a new run starts from this instead.
 */
export function referenceMcSettings(project: Project, base: McSettings = DEFAULT_MC_SETTINGS): McSettings {
  const volatility: Record<string, number> = {}
  for (const p of project.products) {
    const r = referenceVolatility(p.metal)
    // Stryker disable next-line ConditionalExpression: equivalent, the shipped file has a figure for every metal (tests/shared/reference/reference.test.ts holds it to that), so r is never null here
    if (r) volatility[p.id] = r.volatility
  }
  return { ...base, process: { kind: 'ou', meanReversionPerYear: referenceMeanReversion().perYear }, volatility, correlation: referenceCorrelationMatrix(project) }
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

/** The mean-reversion speed's source: the reference when it equals the reference figure. */
export function meanReversionSource(s: McSettings): FigureSource | null {
  if (s.process.kind !== 'ou') return null
  const ref = referenceMeanReversion()
  return s.process.meanReversionPerYear === ref.perYear ? { kind: 'reference', citation: ref.citation, assumption: false } : { kind: 'user' }
}
