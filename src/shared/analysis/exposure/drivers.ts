import { type Decimal, dec } from '@shared/decimal'
import { METALS, type Currency, type Metal, type Project } from '@shared/model'
import type { ModelOptions, PriceMultipliers, Scenario } from '@shared/engine/types'
import { fxCurrencies } from '@shared/analysis/drivers'

/**
 * What the natural-hedge ledger moves, one at a time (the ledger) or two at once (the joint stress):
 * - `metal`: the deck price of every product of one metal (Li2CO3 and LiOH·H2O move together as Li);
 * - `fx`: the units of every non-USD currency per USD (the engine's one FX multiplier: INR and JPY move
 *   together against USD; +10 % = 85 INR/USD becomes 93.5);
 * - `byproducts`: the price of every sold by-product — its line's own price where set, else its deck prices
 *   (every deck's by-product rows: they are no metal product, so no product multiplier moves them).
 */
export type ExposureDriver =
  | { id: string; kind: 'metal'; label: string; metal: Metal; productIds: string[] }
  | { id: string; kind: 'fx'; label: string; currencies: Currency[] }
  | { id: string; kind: 'byproducts'; label: string }

const soldByproducts = (project: Project) => project.feedstock.some((s) => (s.byproducts ?? []).some((b) => b.fate.kind === 'sold'))

/** The drivers that apply to this project, in a stable order: metals (Pt … Mn), FX when an amount is not in USD, sold by-products. */
export function exposureDrivers(project: Project): ExposureDriver[] {
  const list: ExposureDriver[] = []
  for (const metal of METALS) {
    const productIds = project.products.filter((p) => p.metal === metal).map((p) => p.id)
    if (productIds.length > 0) list.push({ id: `metal:${metal}`, kind: 'metal', label: `${metal} price`, metal, productIds })
  }
  // The tornado's currencies, EPR certificates' price currency among them (§13): their revenue moves with FX too.
  const currencies = fxCurrencies(project)
  if (currencies.length > 0) list.push({ id: 'fx', kind: 'fx', label: `FX: ${currencies.join(' and ')} per USD`, currencies })
  if (soldByproducts(project)) list.push({ id: 'byproducts', kind: 'byproducts', label: 'By-product prices' })
  return list
}

/** One engine run's inputs: the project (a by-product move edits it) and the price multipliers and scenario on top. */
export type ExposureCase = { project: Project; priceMultipliers: Map<string, Decimal>; fxMultiplier: Decimal | null }

export const baseCase = (project: Project): ExposureCase => ({ project, priceMultipliers: new Map(), fxMultiplier: null })

/**
 * `c` with `driver` moved by `factor` (1.1 = +10 %). Moves compose: two drivers applied one after the
 * other are the joint stress of both (a metal's multiplier compounds with one already set on the same product).
 */
export function applyExposureDriver(c: ExposureCase, driver: ExposureDriver, factor: Decimal): ExposureCase {
  switch (driver.kind) {
    case 'metal': {
      const priceMultipliers = new Map(c.priceMultipliers)
      for (const id of driver.productIds) priceMultipliers.set(id, (priceMultipliers.get(id) ?? dec(1)).times(factor))
      return { ...c, priceMultipliers }
    }
    case 'fx':
      return { ...c, fxMultiplier: (c.fxMultiplier ?? dec(1)).times(factor) }
    case 'byproducts': {
      const project = structuredClone(c.project)
      for (const s of project.feedstock)
        for (const b of s.byproducts ?? []) if (b.fate.kind === 'sold' && b.fate.pricePerTonne !== undefined) b.fate.pricePerTonne = dec(b.fate.pricePerTonne).times(factor).toString()
      for (const d of project.prices.decks)
        for (const row of d.byproductPrices ?? []) for (const pt of row.points) pt.pricePerTonne = dec(pt.pricePerTonne).times(factor).toString()
      return { ...c, project }
    }
  }
}

/** The `runModel` options of a case (the held debt is added by the caller). */
export function caseOptions(c: ExposureCase): Pick<ModelOptions, 'priceMultipliers' | 'scenario'> {
  const priceMultipliers: PriceMultipliers | undefined = c.priceMultipliers.size > 0 ? { byProduct: c.priceMultipliers } : undefined
  // Stryker disable next-line StringLiteral: equivalent, the engine reads a scenario's overrides, never its id or name
  const scenario: Scenario | undefined = c.fxMultiplier ? { id: 'exposure', name: 'Exposure', fxMultiplier: c.fxMultiplier.toString() } : undefined
  return { ...(priceMultipliers ? { priceMultipliers } : {}), ...(scenario ? { scenario } : {}) }
}
