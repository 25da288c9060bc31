import { Decimal, ONE, ZERO, dec } from '../decimal'
import { productUnitOf } from '../model'
import { clampPrice } from '../rules/price-clamp'
import { workingCapital as workingCapitalBalances, workingCapitalFactor } from '../rules/working-capital'
import type { Prepared } from './prepare'
import { priceSupply, type SupplyContractResult } from './supply'
import { gmap, zeros } from './series'
import type { ContractResult, OperationsResult, PriceMultipliers, ProductResult, Series, StreamResult } from './types'

export type OperationsEvaluation = {
  /** Supply contracts priced at this run's index (§13); empty without any. */
  supplyContracts: SupplyContractResult[]
  products: ProductResult[]
  contracts: ContractResult[]
  streams: StreamResult[]
  operations: OperationsResult
}

/**
 * Revenue, feedstock cost, opex, EBITDA and working capital (§3–§5) for given price multipliers.
 * Everything price-independent comes from `prepare`.
 */
export function evaluateOperations(prep: Prepared, options: PriceMultipliers | undefined): OperationsEvaluation {
  const { project, tl, fx, rep } = prep
  const periodCount = tl.count
  const periodMonths = tl.periodMonths
  const fxR = fx[project.reportingCurrency]
  const fxD = fx[prep.inputs.deck.currency]
  const toReporting = gmap(rep, (i) => fxR[i]!.div(fxD[i]!))
  const optAll = options?.all ?? ONE

  const indexDeck = new Map<string, Series>()
  const indexRep = new Map<string, Series>()
  for (const pp of prep.products) {
    const mult = pp.baseMultiplier.times(optAll).times(options?.byProduct?.get(pp.product.id) ?? ONE)
    const d = gmap(rep, (i) => pp.deckPrice[i]!.times(mult))
    indexDeck.set(pp.product.id, d)
    indexRep.set(pp.product.id, gmap(rep, (i) => d[i]!.times(toReporting[i]!)))
  }

  const contracts: ContractResult[] = prep.allocation.contracts.map((ca) => {
    const c = ca.contract
    const fxC = fx[c.currency]
    const deck = indexDeck.get(c.productId) ?? zeros(periodCount)
    const indexC = gmap(rep, (i) => deck[i]!.times(fxC[i]!).div(fxD[i]!))
    // Stryker disable ArrayDeclaration: equivalent, every index is assigned in order below, so a pre-sized and an empty array end the same
    const unit: Series = new Array<Decimal>(periodCount)
    const clamp: ContractResult['clamp'] = new Array<'floor' | 'cap' | 'formula'>(periodCount)
    const revenue: Series = new Array<Decimal>(periodCount)
    const charges: Series = new Array<Decimal>(periodCount)
    // Stryker restore ArrayDeclaration
    for (let i = 0; i < periodCount; i++) {
      const r = rep[i]!
      // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, the copy from the group's first period only saves recomputing the same inputs (index, quantity, FX: all per group)
      if (r !== i) {
        unit[i] = unit[r]!
        clamp[i] = clamp[r]!
        revenue[i] = revenue[r]!
        charges[i] = charges[r]!
        continue
      }
      const { price, clamp: side } = clampPrice(indexC[i]!, c)
      unit[i] = price
      clamp[i] = side
      const q = ca.quantity[i]!
      // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, a shortcut: at q = 0 the formula below gives 0 · price − 0 · charge = 0 too (the killed `true` form is excluded with them)
      if (q.isZero()) {
        revenue[i] = ZERO
        charges[i] = ZERO
        continue
      }
      const cToR = fxR[i]!.div(fxC[i]!)
      const charge = q.times(c.chargePerUnit)
      revenue[i] = q.times(price).minus(charge).times(cToR)
      charges[i] = charge.times(cToR)
    }
    return {
      contractId: c.id, counterparty: c.counterparty, productId: c.productId, currency: c.currency, bankable: ca.bankable, active: ca.active,
      askedQuantity: ca.askedQuantity, quantity: ca.quantity, indexPriceContractCurrency: indexC, unitPriceContractCurrency: unit, clamp, revenue, charges
    }
  })

  const products: ProductResult[] = prep.products.map((pp) => {
    const id = pp.product.id
    const idx = indexRep.get(id)!
    const merchantQuantity = prep.allocation.merchant.get(id) ?? zeros(periodCount)
    const payable = dec(pp.product.merchantPayable)
    const merchantPrice = gmap(rep, (i) => idx[i]!.times(payable))
    const merchantRevenue = gmap(rep, (i) => (merchantQuantity[i]!.isZero() ? ZERO : merchantQuantity[i]!.times(merchantPrice[i]!)))
    const mine = contracts.filter((c) => c.productId === id)
    const contractRevenue = gmap(rep, (i) => mine.reduce((a, c) => a.plus(c.revenue[i]!), ZERO))
    return {
      productId: id, name: pp.product.name, metal: pp.product.metal, unit: productUnitOf(pp.product.metal), output: pp.output, indexPrice: idx,
      indexPriceDeckCurrency: indexDeck.get(id)!, contractedQuantity: prep.allocation.contracted.get(id) ?? zeros(periodCount), merchantQuantity, merchantPrice,
      merchantRevenue, contractRevenue, revenue: merchantRevenue.map((x, i) => x.plus(contractRevenue[i]!))
    }
  })

  /** Contained metal value of a stream's processed feed at the index (pricing units × index price, §5). */
  const containedValue = (s: number): Series => {
    const parts = [...prep.volumes[s]!.containedPricingUnits].map(([productId, units]) => ({ units, idx: indexRep.get(productId)! }))
    return gmap(rep, (i) => {
      let value = ZERO
      // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: a zero quantity adds 0 × price (the killed `false` form is excluded with it)
      for (const { units, idx } of parts) if (!units[i]!.isZero()) value = value.plus(units[i]!.times(idx[i]!))
      return value
    })
  }
  const supply = prep.supply
  const supplyContracts = supply ? priceSupply(supply, containedValue, prep.volumes, rep) : []

  const streams: StreamResult[] = prep.volumes.map((v, s) => {
    const sc = prep.streamCosts[s]!
    let purchaseCost = sc.fixedPurchase
    const uncontracted = supply?.uncontracted[s] ?? null
    if (sc.pctOfContained) {
      const pct = sc.pctOfContained
      const value = containedValue(s)
      // Under supply contracts (§13) the stream's own % applies to the share of its feed not committed.
      purchaseCost = uncontracted
        ? gmap(rep, (i) => (v.quantity[i]!.isZero() ? ZERO : value[i]!.times(pct).times(uncontracted[i]!).div(v.quantity[i]!)))
        : gmap(rep, (i) => (value[i]!.isZero() ? ZERO : value[i]!.times(pct)))
    }
    if (uncontracted) {
      const mine = supplyContracts.filter((c) => c.streamId === v.stream.id)
      const own = purchaseCost
      purchaseCost = gmap(rep, (i) => mine.reduce((a, c) => a.plus(c.purchaseCost[i]!), own[i]!))
    }
    return {
      streamId: v.stream.id, name: v.stream.name, kind: v.stream.kind, quantity: v.quantity, inputTonnes: v.inputTonnes, blackMassTonnes: v.blackMassTonnes,
      metals: v.metals, purchaseCost, logisticsCost: sc.logistics, feedstockCost: gmap(rep, (i) => purchaseCost[i]!.plus(sc.logistics[i]!)), variableOpex: sc.variableOpex,
      unprocessedTonnes: v.unprocessedTonnes
    }
  })

  const sumOver = <T>(items: readonly T[], pick: (t: T) => Series): Series => {
    const all = items.map(pick)
    return gmap(rep, (i) => all.reduce((a, s) => a.plus(s[i]!), ZERO))
  }
  const contractRevenue = sumOver(products, (p) => p.contractRevenue)
  const merchantRevenue = sumOver(products, (p) => p.merchantRevenue)
  // By-products and EPR certificates (§13) are revenue lines of their own: in revenue and EBITDA, never in offtake coverage.
  const byproductRevenue = prep.byproducts?.revenue ?? zeros(periodCount)
  const eprRevenue = prep.epr?.revenue ?? zeros(periodCount)
  const extraRevenue = prep.byproducts !== null || prep.epr !== null
  const revenue = extraRevenue
    ? gmap(rep, (i) => contractRevenue[i]!.plus(merchantRevenue[i]!).plus(byproductRevenue[i]!).plus(eprRevenue[i]!))
    : gmap(rep, (i) => contractRevenue[i]!.plus(merchantRevenue[i]!))
  const bankableContractRevenue = sumOver(contracts.filter((c) => c.bankable), (c) => c.revenue)
  const feedstockCost = sumOver(streams, (s) => s.feedstockCost)
  const variableOpex = sumOver(streams, (s) => s.variableOpex)
  // Disposal of residues (§13): its own cost line, inside opex (it escalates and scales as opex does).
  const disposalCost = prep.byproducts?.disposalCost ?? zeros(periodCount)
  const opex = prep.byproducts
    ? gmap(rep, (i) => variableOpex[i]!.plus(prep.fixedOpex[i]!).plus(disposalCost[i]!))
    : gmap(rep, (i) => variableOpex[i]!.plus(prep.fixedOpex[i]!))
  const ebitda = gmap(rep, (i) => revenue[i]!.minus(feedstockCost[i]!).minus(opex[i]!))

  // Working capital (§5): balances scale the period's flow to a year (12/m) and take days/365.
  const wc = project.costs.workingCapital
  const dso = workingCapitalFactor(wc.receivableDays, periodMonths)
  const dio = workingCapitalFactor(wc.inventoryDays, periodMonths)
  const dpo = workingCapitalFactor(wc.payableDays, periodMonths)
  const receivables: Series = []
  const inventory: Series = []
  const payables: Series = []
  const workingCapital: Series = []
  const deltaWorkingCapital: Series = []
  let previous = ZERO
  for (let i = 0; i < periodCount; i++) {
    const last = i === periodCount - 1 // the whole balance is released in the last period
    const representative = rep[i]! // ≤ i: the first period of i's group
    // Stryker disable next-line ConditionalExpression: equivalent, the `false` forms: reusing the group's first balances only saves recomputing them from the same revenue, feedstock and opex (the killed `true` forms are excluded with them; `representative !== periodCount − 1` was dropped: rep ≤ i < last)
    const reuse = representative !== i && !last
    const balances = reuse
      ? { receivables: receivables[representative]!, inventory: inventory[representative]!, payables: payables[representative]!, workingCapital: workingCapital[representative]! }
      : workingCapitalBalances(revenue[i]!, feedstockCost[i]!, opex[i]!, dso, dio, dpo, last)
    const workingCapitalBalance = balances.workingCapital
    receivables.push(balances.receivables)
    inventory.push(balances.inventory)
    payables.push(balances.payables)
    workingCapital.push(workingCapitalBalance)
    // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: a reused balance minus itself is 0 (the killed `true` form is excluded with it)
    deltaWorkingCapital.push(workingCapitalBalance === previous ? ZERO : workingCapitalBalance.minus(previous))
    previous = workingCapitalBalance
  }
  return {
    supplyContracts, products, contracts, streams,
    operations: {
      processedTonnes: sumOver(streams, (st) => st.inputTonnes), unprocessedTonnes: sumOver(streams, (st) => st.unprocessedTonnes),
      revenue, contractRevenue, merchantRevenue, bankableContractRevenue, byproductRevenue, eprRevenue, feedstockCost, fixedOpex: prep.fixedOpex, variableOpex, disposalCost, opex, ebitda,
      receivables, inventory, payables, workingCapital, deltaWorkingCapital, maintenanceCapex: prep.maintenanceCapex
    }
  }
}
