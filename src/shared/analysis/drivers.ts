import { Decimal, ONE, dec } from '../decimal'
import type { Currency, Project } from '../model'
import type { ModelOptions, Scenario } from '../engine/types'
import { eprPriceSeries } from '../rules/epr-certificates'

/**
 * Tornado drivers: each is one input moved by a factor (1 ± step). All are RELATIVE moves, including
 * the interest rate (8 % × 1.1 = 8.8 %) so one step size means the same for every bar.
 */
export type DriverKind = 'priceAll' | 'priceProduct' | 'volume' | 'recovery' | 'capex' | 'opex' | 'interestRate' | 'fx' | 'feedstockCost'
export type Driver = { id: string; kind: DriverKind; label: string; productId?: string }

/**
 * The debt's reference all-in rate that the interest-rate driver moves relatively: one fixed-rate
 * tranche's rate itself; with tranches, their rates weighted by share (a floating tranche counts its
 * first listed base rate + margin). The driver's move is one delta added to every tranche's rate.
 */
export function referenceAnnualRate(project: Project): Decimal {
  const tranches = project.financing.tranches
  const rateOf = (t: Project['financing']['tranches'][number]) => (t.interest.kind === 'fixed' ? dec(t.interest.annualRate) : dec(t.interest.baseRates[0]!.annualRate).plus(t.interest.marginAnnualRate))
  if (tranches.length === 1) return rateOf(tranches[0]!)
  return tranches.reduce((a, t) => a.plus(rateOf(t).times(t.share)), new Decimal(0))
}

/** The currencies other than USD that some amount is in (reporting, deck, contract, tranche or EPR price currency), in a stable order. */
export function fxCurrencies(project: Project, scenario?: Scenario): Exclude<Currency, 'USD'>[] {
  const deckId = scenario?.priceDeckId ?? project.prices.activeDeckId
  const deck = project.prices.decks.find((d) => d.id === deckId) ?? project.prices.decks[0]
  // EPR certificates are priced in the currency of the series the case reads (§13: the deck's, else the EPR block's).
  const epr = project.epr ? [eprPriceSeries(project.epr, deck!).currency] : []
  const currencies = new Set([project.reportingCurrency, deck?.currency ?? 'USD', ...project.offtake.map((o) => o.currency), ...project.financing.tranches.map((t) => t.currency), ...epr])
  return (['INR', 'JPY'] as const).filter((c) => currencies.has(c))
}

/** FX matters only when some amount is not in USD. */
export function fxRelevant(project: Project, scenario?: Scenario): boolean {
  return fxCurrencies(project, scenario).length > 0
}

/** The drivers that apply to this project, in a stable order. */
export function driversFor(project: Project, scenario?: Scenario): Driver[] {
  const list: Driver[] = [{ id: 'price:all', kind: 'priceAll', label: 'All prices' }]
  if (project.products.length > 1)
    for (const p of project.products) list.push({ id: `price:${p.id}`, kind: 'priceProduct', label: `${p.name} price`, productId: p.id })
  list.push(
    { id: 'volume', kind: 'volume', label: 'Feedstock volumes' },
    { id: 'recovery', kind: 'recovery', label: 'Recoveries' },
    { id: 'feedstockCost', kind: 'feedstockCost', label: 'Feedstock cost' },
    { id: 'capex', kind: 'capex', label: 'Capex' },
    { id: 'opex', kind: 'opex', label: 'Opex' },
    { id: 'interestRate', kind: 'interestRate', label: 'Interest rate' }
  )
  if (fxRelevant(project, scenario)) list.push({ id: 'fx', kind: 'fx', label: 'FX rate (units per USD)' })
  return list
}

const times = (v: string | undefined, f: Decimal): string => (v === undefined ? ONE : dec(v)).times(f).toString()

/** Multiply every stream's purchase terms (price per unit/tonne or % of contained) and logistics by f. */
export function scaleFeedstockCost(project: Project, f: Decimal): Project {
  const p = structuredClone(project)
  for (const s of p.feedstock) {
    s.purchase.logisticsPerTonne = dec(s.purchase.logisticsPerTonne).times(f).toString()
    if (s.purchase.basis === 'fixed') s.purchase.pricePerQuantity = dec(s.purchase.pricePerQuantity).times(f).toString()
    else s.purchase.pctOfContained = dec(s.purchase.pctOfContained).times(f).toString()
  }
  return p
}

export type DriverCase = { project: Project; options: Pick<ModelOptions, 'scenario' | 'priceMultipliers'> }

/**
 * The inputs of one tornado run: `scenario` (the case under study, possibly none) with `driver`
 * moved by `factor`. Scenario multipliers compound; the rate moves relative to the scenario's rate.
 */
export function applyDriver(project: Project, scenario: Scenario | undefined, driver: Driver, factor: Decimal): DriverCase {
  const s: Scenario = scenario ? { ...scenario } : { id: 'tornado', name: 'Tornado' }
  switch (driver.kind) {
    case 'priceAll':
      return { project, options: { scenario: s, priceMultipliers: { all: factor } } }
    case 'priceProduct':
      return { project, options: { scenario: s, priceMultipliers: { byProduct: new Map([[driver.productId!, factor]]) } } }
    case 'volume':
      return { project, options: { scenario: { ...s, volumeMultiplier: times(s.volumeMultiplier, factor) } } }
    case 'recovery':
      return { project, options: { scenario: { ...s, recoveryMultiplier: times(s.recoveryMultiplier, factor) } } }
    case 'capex':
      return { project, options: { scenario: { ...s, capexMultiplier: times(s.capexMultiplier, factor) } } }
    case 'opex':
      return { project, options: { scenario: { ...s, opexMultiplier: times(s.opexMultiplier, factor) } } }
    case 'fx':
      return { project, options: { scenario: { ...s, fxMultiplier: times(s.fxMultiplier, factor) } } }
    case 'interestRate': {
      const delta = dec(s.interestRateDelta ?? '0')
      const rate = referenceAnnualRate(project).plus(delta)
      return { project, options: { scenario: { ...s, interestRateDelta: delta.plus(rate.times(factor.minus(1))).toString() } } }
    }
    case 'feedstockCost':
      return { project: scaleFeedstockCost(project, factor), options: { scenario: s } }
  }
}
