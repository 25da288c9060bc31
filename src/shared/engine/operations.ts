import { Decimal, ONE, ZERO, dec } from '../decimal'
import { productUnitOf } from '../model'
import { clampPrice } from './offtake'
import type { Prepared } from './prepare'
import { zeros } from './series'
import type { ContractResult, OperationsResult, PriceMultipliers, ProductResult, Series, StreamResult } from './types'

export type OperationsEvaluation = {
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
  const { project, tl, fx } = prep
  const K = tl.count
  const m = tl.periodMonths
  const fxR = fx[project.reportingCurrency]
  const fxD = fx[prep.inputs.deck.currency]
  const toReporting = fxR.map((r, i) => r.div(fxD[i]!))
  const optAll = options?.all ?? ONE

  const indexDeck = new Map<string, Series>()
  const indexRep = new Map<string, Series>()
  for (const pp of prep.products) {
    const mult = pp.baseMultiplier.times(optAll).times(options?.byProduct?.[pp.product.id] ?? ONE)
    const d = pp.deckPrice.map((x) => x.times(mult))
    indexDeck.set(pp.product.id, d)
    indexRep.set(pp.product.id, d.map((x, i) => x.times(toReporting[i]!)))
  }

  const contracts: ContractResult[] = prep.allocation.contracts.map((ca) => {
    const c = ca.contract
    const fxC = fx[c.currency]
    const deck = indexDeck.get(c.productId) ?? zeros(K)
    const indexC = deck.map((x, i) => x.times(fxC[i]!).div(fxD[i]!))
    const unit: Series = []
    const clamp: ContractResult['clamp'] = []
    const revenue: Series = []
    const charges: Series = []
    for (let i = 0; i < K; i++) {
      const { price, clamp: side } = clampPrice(indexC[i]!, c)
      unit.push(price)
      clamp.push(side)
      const q = ca.quantity[i]!
      const cToR = fxR[i]!.div(fxC[i]!)
      const charge = q.times(c.chargePerUnit)
      revenue.push(q.times(price).minus(charge).times(cToR))
      charges.push(charge.times(cToR))
    }
    return {
      contractId: c.id, counterparty: c.counterparty, productId: c.productId, currency: c.currency, bankable: ca.bankable, active: ca.active,
      askedQuantity: ca.askedQuantity, quantity: ca.quantity, indexPriceContractCurrency: indexC, unitPriceContractCurrency: unit, clamp, revenue, charges
    }
  })

  const products: ProductResult[] = prep.products.map((pp) => {
    const id = pp.product.id
    const idx = indexRep.get(id)!
    const merchantQuantity = prep.allocation.merchant.get(id) ?? zeros(K)
    const merchantPrice = idx.map((x) => x.times(pp.product.merchantPayable))
    const merchantRevenue = merchantQuantity.map((q, i) => q.times(merchantPrice[i]!))
    const contractRevenue = zeros(K)
    for (const c of contracts) if (c.productId === id) for (let i = 0; i < K; i++) contractRevenue[i] = contractRevenue[i]!.plus(c.revenue[i]!)
    return {
      productId: id, name: pp.product.name, metal: pp.product.metal, unit: productUnitOf(pp.product.metal), output: pp.output, indexPrice: idx,
      indexPriceDeckCurrency: indexDeck.get(id)!, contractedQuantity: prep.allocation.contracted.get(id) ?? zeros(K), merchantQuantity, merchantPrice,
      merchantRevenue, contractRevenue, revenue: merchantRevenue.map((x, i) => x.plus(contractRevenue[i]!))
    }
  })

  const streams: StreamResult[] = prep.volumes.map((v, s) => {
    const sc = prep.streamCosts[s]!
    let purchaseCost = sc.fixedPurchase
    if (sc.pctOfContained) {
      const pct = sc.pctOfContained
      purchaseCost = zeros(K)
      for (const [productId, units] of v.containedPricingUnits) {
        const idx = indexRep.get(productId)!
        for (let i = 0; i < K; i++) if (!units[i]!.isZero()) purchaseCost[i] = purchaseCost[i]!.plus(units[i]!.times(idx[i]!))
      }
      purchaseCost = purchaseCost.map((x) => x.times(pct))
    }
    return {
      streamId: v.stream.id, name: v.stream.name, kind: v.stream.kind, quantity: v.quantity, inputTonnes: v.inputTonnes, blackMassTonnes: v.blackMassTonnes,
      metals: v.metals, purchaseCost, logisticsCost: sc.logistics, feedstockCost: purchaseCost.map((x, i) => x.plus(sc.logistics[i]!)), variableOpex: sc.variableOpex
    }
  })

  const sumOver = <T>(items: readonly T[], pick: (t: T) => Series): Series => {
    const out = zeros(K)
    for (const it of items) {
      const s = pick(it)
      for (let i = 0; i < K; i++) out[i] = out[i]!.plus(s[i]!)
    }
    return out
  }
  const contractRevenue = sumOver(products, (p) => p.contractRevenue)
  const merchantRevenue = sumOver(products, (p) => p.merchantRevenue)
  const revenue = contractRevenue.map((x, i) => x.plus(merchantRevenue[i]!))
  const bankableContractRevenue = sumOver(contracts.filter((c) => c.bankable), (c) => c.revenue)
  const feedstockCost = sumOver(streams, (s) => s.feedstockCost)
  const variableOpex = sumOver(streams, (s) => s.variableOpex)
  const opex = variableOpex.map((x, i) => x.plus(prep.fixedOpex[i]!))
  const ebitda = revenue.map((r, i) => r.minus(feedstockCost[i]!).minus(opex[i]!))

  // Working capital (§5): balances scale the period's flow to a year (12/m) and take days/365.
  const wc = project.costs.workingCapital
  const annualise = new Decimal(12).div(m).div(365)
  const dso = dec(wc.receivableDays).times(annualise)
  const dio = dec(wc.inventoryDays).times(annualise)
  const dpo = dec(wc.payableDays).times(annualise)
  const receivables: Series = []
  const inventory: Series = []
  const payables: Series = []
  const workingCapital: Series = []
  const deltaWorkingCapital: Series = []
  let previous = ZERO
  for (let i = 0; i < K; i++) {
    const last = i === K - 1 // the whole balance is released in the last period
    const r = last ? ZERO : revenue[i]!.times(dso)
    const inv = last ? ZERO : feedstockCost[i]!.times(dio)
    const pay = last ? ZERO : feedstockCost[i]!.plus(opex[i]!).times(dpo)
    const w = r.plus(inv).minus(pay)
    receivables.push(r)
    inventory.push(inv)
    payables.push(pay)
    workingCapital.push(w)
    deltaWorkingCapital.push(w.minus(previous))
    previous = w
  }
  return {
    products, contracts, streams,
    operations: {
      revenue, contractRevenue, merchantRevenue, bankableContractRevenue, feedstockCost, fixedOpex: prep.fixedOpex, variableOpex, opex, ebitda,
      receivables, inventory, payables, workingCapital, deltaWorkingCapital, maintenanceCapex: prep.maintenanceCapex
    }
  }
}
