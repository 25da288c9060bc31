import type { Metal } from '../model/metals'
import { loadPriceProcess } from './load'
import type { priceProcessFileSchema } from './schemas'
import type { z } from 'zod'

export type PriceProcessCorrelation = z.infer<typeof priceProcessFileSchema>['correlations'][number]

/**
 * The Monte Carlo's default price process, from resources/reference/price-process.json: one
 * mean-reversion speed and a volatility per metal, each with its source line (what a lender reads beside
 * the figure) and whether it is a judgement rather than an estimate from price history.
 */
export type ReferenceVolatility = { metal: Metal; volatility: number; assumption: boolean; citation: string; source: string }

/** "IMF … (derived: …)" — the source and, when the file gives one, its note: the method and window. */
const sourceLine = (v: { source: string; note?: string | undefined }) => (v.note ? `${v.source}; ${v.note}` : v.source)

export function referenceMeanReversion(): { perYear: number; citation: string; source: string } {
  const m = loadPriceProcess().meanReversion
  return { perYear: Number(m.speed.value), citation: m.citation, source: sourceLine(m.speed) }
}

/** The metal's default volatility, or null when the file has none for it. */
export function referenceVolatility(metal: Metal): ReferenceVolatility | null {
  const m = loadPriceProcess().metals.find((x) => x.metal === metal)
  return m ? { metal, volatility: Number(m.volatility.value), assumption: m.assumption, citation: m.citation, source: sourceLine(m.volatility) } : null
}

/**
 * The sourced correlation between two metals' price shocks, in either order, or null (none sourced:
 * independent by assumption). `correlations`: the file's list (a parameter so a test can give its own).
 */
export function referenceCorrelation(a: Metal, b: Metal, correlations: readonly PriceProcessCorrelation[] = loadPriceProcess().correlations): number | null {
  const c = correlations.find((x) => (x.metals[0] === a && x.metals[1] === b) || (x.metals[0] === b && x.metals[1] === a))
  return c ? Number(c.correlation.value) : null
}

/** The annual averages (calendar year, price) a metal's figures were estimated from; empty when none is stored. */
export function referenceSeries(metal: Metal): { year: number; price: number }[] {
  return (loadPriceProcess().series[metal] ?? []).map((v) => ({ year: Number(v.date), price: Number(v.value) }))
}
