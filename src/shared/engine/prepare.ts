import { Decimal, ONE, ZERO, dec } from '../decimal'
import { LAND_BLOCK, type Currency, type Project, type TaxAssetBlock } from '../model'
import { capacityCut, type CapacityCut } from './capacity'
import { metalTotals, offeredQuantity, streamVolumes, toProductUnits, tonnesOf, type StreamVolumes } from './feedstock'
import { allocateOfftake, type Allocation } from './offtake'
import { prepareSupply, supplyActive, type PreparedSupply } from './supply'
import { prepareByproducts, prepareEpr, type EprResult, type PreparedByproducts } from './byproducts'
import { deckPriceSeries, fxSeries } from './prices'
import { resolveInputs, type ResolvedInputs } from './scenario-inputs'
import { escalationFactors, gmap, groupRepresentatives, zeros } from './series'
import { currencyFxMultiplier } from '../rules/fx-multiplier'
import { maintenanceDeducted } from '../rules/taxable-income'
import { streamOpexRates, streamVariableOpex } from '../rules/stream-opex'
import { buildTimeline, type Timeline } from './timeline'
import type { MetalSeries, ModelIssue, Scenario, Series } from './types'

type Product = Project['products'][number]

export type PreparedProduct = {
  product: Product
  /** Output in product units (toz / t of product). */
  output: Series
  /** Deck price per period in deck currency, before any multiplier. */
  deckPrice: Series
  /** Price scenario × project scenario multiplier (options multipliers come on top). */
  baseMultiplier: Decimal
}

/** Stream cost drivers that do not depend on prices. */
export type PreparedStreamCost = {
  /** Fixed-basis purchase (price × quantity × escalation); zero for %-of-contained streams. */
  fixedPurchase: Series
  /** %-of-contained streams: the share; null for fixed. */
  pctOfContained: Decimal | null
  logistics: Series
  variableOpex: Series
}

export type PreparedTaxBlock = {
  block: TaxAssetBlock
  capex: Series
  /** Σ the block's items / Σ items not in land (0 when there are none): the multiplier and contingency cancel. */
  share: Decimal
}

/**
 * Everything that does not depend on prices or debt, computed once per project + scenario, so that
 * breakeven searches only redo revenue, costs and financing.
 */
export type Prepared = {
  project: Project
  tl: Timeline
  /** rep[i] = first period of i's group of identical operating inputs (see `gmap`). */
  rep: number[]
  inputs: ResolvedInputs
  issues: ModelIssue[]
  volumes: StreamVolumes[]
  /** Capacities with their load per period (§13); null when the project sets none. */
  capacity: CapacityCut | null
  /** Supply contracts allocated on the processed feed (§13); null when the project has none. */
  supply: PreparedSupply | null
  /** By-products and residues of the streams (§13); null when none has any. */
  byproducts: PreparedByproducts | null
  /** EPR certificates on recovered metal (§13); null without an EPR block. */
  epr: EprResult | null
  streamCosts: PreparedStreamCost[]
  metals: MetalSeries[]
  products: PreparedProduct[]
  /** Units per USD per period for each currency used. */
  fx: Record<Currency, Series>
  allocation: Allocation
  fixedOpex: Series
  maintenanceCapex: Series
  capex: Series
  contingency: Series
  /** Land items × capex multiplier × (1 + contingency), phased: a use, not depreciable (§6). */
  land: Series
  /** Maintenance capex capitalised into its block (zero when expensed, the default). */
  maintenanceCapitalised: Series
  /**
   * The project's own tax blocks (§14), in `tax.blocks` order: each one's capex items × capex multiplier
   * × (1 + contingency), phased, and its share of the depreciable capex (items not in land), by which it
   * takes its part of the capitalised IDC, fees and premia. The general pool takes what is left.
   */
  taxBlocks: PreparedTaxBlock[]
  /** Grants phased like capex (before capping at each period's uses). */
  grantsPlanned: Series
}

/**
 * Units per USD per period for USD, INR and JPY under the resolved scenario (FX multiplier, the
 * currency's own multiplier and path stress); a currency without a table is 1. Breakevens on the FX path swap this into a prepared run.
 */
export function fxTables(
  project: Project, tl: Timeline, inputs: Pick<ResolvedInputs, 'fxMultiplier' | 'fxByCurrency' | 'fxDepreciationPerYear'>, issues: ModelIssue[]
): Record<Currency, Series> {
  const series = (c: Currency) => fxSeries(project, c, tl.periods, currencyFxMultiplier(inputs.fxMultiplier, inputs.fxByCurrency.get(c)), issues, inputs.fxDepreciationPerYear)
  return {
    USD: series('USD'),
    INR: project.fx.rates.some((r) => r.currency === 'INR') ? series('INR') : tl.periods.map(() => ONE),
    JPY: project.fx.rates.some((r) => r.currency === 'JPY') ? series('JPY') : tl.periods.map(() => ONE)
  }
}

export function prepare(project: Project, scenario: Scenario | undefined): Prepared {
  const issues: ModelIssue[] = []
  const tl = buildTimeline(project)
  const periodCount = tl.count
  const periodMonths = tl.periodMonths
  const inputs = resolveInputs(project, scenario, issues)
  // Periods that share phase, operating year, calendar year, escalation step and contract activity
  // have identical operating values: compute each group once.
  // Stryker disable next-line ArrayDeclaration: equivalent, any fixed list in place of `[]` adds the same suffix to every key, so the groups are the same
  const contractsOn = inputs.offtakeEnabled ? project.offtake : []
  // Supply contracts (§13) start and end on their own dates: their activity splits groups too (nothing is added without them).
  const supplyContracts = project.supplyContracts ?? []
  const supplyKey = (p: { start: string; end: string }) => (supplyContracts.length ? `|${supplyContracts.map((c) => (supplyActive(c, p) ? 1 : 0)).join('')}` : '')
  // EPR certificates (§13) start on their own date: it splits a group too (nothing is added without an EPR block).
  const eprFrom = project.epr?.activeFrom
  const eprKey = (p: { start: string }) => (eprFrom === undefined ? '' : `|e${p.start >= eprFrom ? 1 : 0}`)
  const rep = groupRepresentatives(
    // Stryker disable next-line StringLiteral: equivalent, the join's separator: every key has one digit per contract, so keys are equal with any separator exactly when they are equal without (the killed empty-template form is excluded with it)
    tl.periods.map((p) => `${p.phase}|${p.operatingYear}|${p.calendarYear}|${p.escalationYears}|${contractsOn.map((c) => (p.start >= c.startDate && p.end <= c.endDate ? 1 : 0)).join('')}${supplyKey(p)}${eprKey(p)}`)
  )
  // Capacity (§13): the feed offered is cut to what the plant can process before anything else is computed.
  const capacity = project.plant?.capacities.length
    ? capacityCut(project, project.feedstock.map((s) => offeredQuantity(s, tl, rep, inputs).map((q) => tonnesOf(s, q))), tl, rep)
    : null
  const volumes = project.feedstock.map((s, k) => streamVolumes(project, s, tl, rep, inputs, issues, capacity ? capacity.factors[k]! : null))
  const metals = metalTotals(volumes, periodCount, rep)
  const supply = prepareSupply(project, volumes, tl, rep)

  const products: PreparedProduct[] = project.products.map((product) => {
    const ms = metals.find((x) => x.metal === product.metal)
    const factor = dec(product.factor)
    const output = ms ? gmap(rep, (i) => toProductUnits(ms.recovered[i]!, product.metal, factor)) : zeros(periodCount)
    return { product, output, deckPrice: deckPriceSeries(inputs.deck, product.id, tl.periods, issues), baseMultiplier: inputs.priceMultiplier.get(product.id) ?? ONE }
  })

  const fx = fxTables(project, tl, inputs, issues)
  for (const c of new Set<Currency>([project.reportingCurrency, inputs.deck.currency, ...project.offtake.map((o) => o.currency)]))
    if (c !== 'USD' && !project.fx.rates.some((r) => r.currency === c)) issues.push({ code: 'missing-fx', path: 'fx.rates', message: `no USD/${c} rate; 1 used` })

  const steps = tl.periods.map((p) => p.escalationYears)
  const opex = project.costs.opex
  const opexEsc = escalationFactors(dec(opex.escalation), steps).map((f) => f.times(inputs.opexMultiplier))
  const operating = (i: number) => tl.periods[i]!.phase === 'operations'
  const perPeriod = (annual: string) => dec(annual).times(periodMonths).div(12)

  const streamCosts: PreparedStreamCost[] = volumes.map((v, k) => {
    const s = v.stream
    // Under supply contracts (§13) only the feed not committed is bought on the stream's own terms.
    const ownTerms = supply?.uncontracted[k] ?? v.quantity
    const esc = escalationFactors(dec(s.purchase.escalation), steps)
    const logistics = gmap(rep, (i) => v.inputTonnes[i]!.times(s.purchase.logisticsPerTonne).times(esc[i]!))
    const unitPrice = s.purchase.basis === 'fixed' ? dec(s.purchase.pricePerQuantity) : null
    const fixedPurchase = unitPrice ? gmap(rep, (i) => ownTerms[i]!.times(unitPrice).times(esc[i]!)) : zeros(periodCount)
    const rates = streamOpexRates(opex, s)
    const variableOpex = gmap(rep, (i) => streamVariableOpex(v.inputTonnes[i]!, v.quantity[i]!, rates, opexEsc[i]!))
    return { fixedPurchase, pctOfContained: s.purchase.basis === 'pctOfContained' ? dec(s.purchase.pctOfContained) : null, logistics, variableOpex }
  })

  // Deck → reporting FX for by-products priced by the deck (only computed when a stream has by-products).
  const toReporting = () => gmap(rep, (i) => fx[project.reportingCurrency][i]!.div(fx[inputs.deck.currency][i]!))
  const byproducts = prepareByproducts(volumes, tl, rep, opexEsc.map((f, i) => (operating(i) ? f : ZERO)), inputs.deck, toReporting, issues)
  const epr = prepareEpr(project, metals, tl, rep, fx, inputs.deck)

  const fixedOpex = opexEsc.map((f, i) => (operating(i) ? perPeriod(opex.fixedPerYear).times(f) : ZERO))
  const maintEsc = escalationFactors(dec(opex.escalation), steps)
  const maintenanceCapex = maintEsc.map((f, i) =>
    operating(i) ? perPeriod(project.costs.maintenanceCapexPerYear).times(f).times(inputs.capexMultiplier) : ZERO
  )

  const constructionPeriods = tl.constructionPeriods
  const shares = project.costs.capex.phasing.length === constructionPeriods ? project.costs.capex.phasing.map((x) => dec(x)) : Array.from({ length: constructionPeriods }, () => ONE.div(constructionPeriods))
  const totalCapex = project.costs.capex.items.reduce((a, it) => a.plus(it.amount), ZERO).times(inputs.capexMultiplier)
  const totalContingency = totalCapex.times(project.costs.capex.contingency)
  const items = project.costs.capex.items
  const itemsIn = (block: string) => items.reduce((a, it) => (it.taxBlock === block ? a.plus(it.amount) : a), ZERO)
  const withContingency = (amount: Decimal) => amount.times(inputs.capexMultiplier).times(ONE.plus(project.costs.capex.contingency))
  const totalLand = withContingency(itemsIn(LAND_BLOCK))
  const totalGrants = project.financing.grants.reduce((a, g) => a.plus(g.amount), ZERO)
  const phase = (total: Decimal) => tl.periods.map((_, i) => (i < constructionPeriods ? total.times(shares[i]!) : ZERO))

  const depreciableItems = items.reduce((a, it) => (it.taxBlock === LAND_BLOCK ? a : a.plus(it.amount)), ZERO)
  const taxBlocks = (project.tax.blocks ?? []).map((block) => {
    const own = itemsIn(block.id)
    return { block, capex: phase(withContingency(own)), share: depreciableItems.isZero() ? ZERO : own.div(depreciableItems) }
  })

  const allocation = allocateOfftake(project, products, tl, rep, inputs.offtakeEnabled)

  return {
    project, tl, rep, inputs, issues, volumes, capacity, supply, byproducts, epr, streamCosts, metals, products, fx, allocation, fixedOpex, maintenanceCapex,
    capex: phase(totalCapex), contingency: phase(totalContingency), land: phase(totalLand), grantsPlanned: phase(totalGrants), taxBlocks,
    maintenanceCapitalised: maintenanceCapex.map((m) => m.minus(maintenanceDeducted(project.tax.maintenanceCapex, m)))
  }
}
