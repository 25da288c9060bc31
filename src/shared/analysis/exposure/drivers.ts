import { type Decimal, dec } from '@shared/decimal'
import { METALS, type Currency, type Metal, type Project } from '@shared/model'
import type { ModelOptions, PriceMultipliers, Scenario } from '@shared/engine/types'
import { fxCurrencies } from '@shared/analysis/drivers'

/**
 * What the natural-hedge ledger moves, one at a time (the ledger) or two at once (the joint stress):
 * - `metal`: the deck price of every product of one metal (Li2CO3 and LiOH·H2O move together as Li);
 * - `fx`: the units of one non-USD currency per USD, each currency its own driver (the scenario's
 *   `fxMultipliers`, rules/fx-multiplier.ts: +10 % on INR = 85 INR/USD becomes 93.5 while JPY stays);
 * - `byproducts`: the price of every sold by-product — its line's own price where set, else its deck prices
 *   (every deck's by-product rows: they are no metal product, so no product multiplier moves them).
 */
export type ExposureDriver =
  | { id: string; kind: 'metal'; label: string; metal: Metal; productIds: string[] }
  | { id: string; kind: 'fx'; label: string; currency: Exclude<Currency, 'USD'> }
  | { id: string; kind: 'byproducts'; label: string }

const soldByproducts = (project: Project) => project.feedstock.some((s) => (s.byproducts ?? []).some((b) => b.fate.kind === 'sold'))

/** The drivers that apply to this project, in a stable order: metals (Pt … Mn), each currency an amount is in other than USD (INR, JPY), sold by-products. */
export function exposureDrivers(project: Project): ExposureDriver[] {
  const list: ExposureDriver[] = []
  for (const metal of METALS) {
    const productIds = project.products.filter((p) => p.metal === metal).map((p) => p.id)
    if (productIds.length > 0) list.push({ id: `metal:${metal}`, kind: 'metal', label: `${metal} price`, metal, productIds })
  }
  // Every currency some amount is in (fxCurrencies: reporting, deck, contracts, tranches and the EPR certificates' (§13),
  // whose revenue moves with FX too), each its own driver.
  for (const c of fxCurrencies(project)) list.push({ id: `fx:${c}`, kind: 'fx', label: `FX: ${c} per USD`, currency: c })
  if (soldByproducts(project)) list.push({ id: 'byproducts', kind: 'byproducts', label: 'By-product prices' })
  return list
}

/** One engine run's inputs: the project (a by-product move edits it) and the price multipliers and scenario on top. */
export type ExposureCase = { project: Project; priceMultipliers: Map<string, Decimal>; fxMultipliers: Map<Exclude<Currency, 'USD'>, Decimal> }

export const baseCase = (project: Project): ExposureCase => ({ project, priceMultipliers: new Map(), fxMultipliers: new Map() })

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
    case 'fx': {
      const fxMultipliers = new Map(c.fxMultipliers)
      fxMultipliers.set(driver.currency, (fxMultipliers.get(driver.currency) ?? dec(1)).times(factor))
      return { ...c, fxMultipliers }
    }
    case 'byproducts': {
      const project = structuredClone(c.project)
      for (const s of project.feedstock)
        // Stryker disable next-line ConditionalExpression: equivalent, a disposed residue has no pricePerTonne (the kind test narrows the type for the compiler)
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
  const scenario: Scenario | undefined =
    // Stryker disable next-line StringLiteral: equivalent, the engine reads a scenario's overrides, never its id or name
    c.fxMultipliers.size > 0 ? { id: 'exposure', name: 'Exposure', fxMultipliers: [...c.fxMultipliers].map(([currency, m]) => ({ currency, multiplier: m.toString() })) } : undefined
  return { ...(priceMultipliers ? { priceMultipliers } : {}), ...(scenario ? { scenario } : {}) }
}
