import { type Decimal, ZERO, dec } from '../decimal'
import { isInvestmentGrade, type Project, type SupplyContract } from '../model'
import { suppliedTonnes, supplyCoverageRatio, supplyUnitPrice } from '../rules/supply-contract'
import type { StreamVolumes } from './feedstock'
import { escalationFactors, gmap, sumSeries, zeros } from './series'
import type { Timeline } from './timeline'
import type { Metric, Series } from './values'

/** One supply contract's price-independent flows (§13). */
export type PreparedSupplyContract = {
  contract: SupplyContract
  /** Index of its stream in `project.feedstock`. */
  stream: number
  active: boolean[]
  /** Tonnes of input asked (share × processed, or tonnesPerYear · m/12) and received (min(asked, uncommitted)). */
  askedTonnes: Series
  tonnes: Series
  /** The received tonnes in the stream's own unit (converters or tonnes). */
  quantity: Series
  /** Fixed price: price × (1+e)^steps per unit; null for %-of-contained (priced with the index). */
  fixedUnitPrice: Series | null
}

export type PreparedSupply = {
  contracts: PreparedSupplyContract[]
  /** Per stream: the quantity not under contract (its own unit), bought on the stream's own terms; null for a stream without contracts. */
  uncontracted: (Series | null)[]
}

/** Whether a period lies wholly within the contract's dates (as offtake, §4). */
export const supplyActive = (c: SupplyContract, p: { start: string; end: string }) => p.start >= c.startDate && p.end <= c.endDate

/**
 * Allocates each stream's processed feed to its supply contracts in list order (§13): a contract asks
 * for `share · processed tonnes` or `tonnesPerYear · m/12` while active and receives what is not yet
 * committed. Null when the project has no supply contracts, so nothing else changes.
 */
export function prepareSupply(project: Project, volumes: readonly StreamVolumes[], tl: Timeline, rep: readonly number[]): PreparedSupply | null {
  const list = project.supplyContracts ?? []
  if (list.length === 0) return null
  const uncommitted = new Map<number, Series>()
  const contracts: PreparedSupplyContract[] = []
  const steps = tl.periods.map((p) => p.escalationYears)
  for (const contract of list) {
    const stream = project.feedstock.findIndex((s) => s.id === contract.streamId)
    if (stream < 0) continue // validation refuses it; nothing to allocate
    const v = volumes[stream]!
    const free = uncommitted.get(stream) ?? v.inputTonnes
    const active = tl.periods.map((p) => p.phase === 'operations' && supplyActive(contract, p))
    const perPeriod = contract.volume.basis === 'fixed' ? dec(contract.volume.tonnesPerYear).times(tl.periodMonths).div(12) : null
    const share = contract.volume.basis === 'share' ? dec(contract.volume.share) : null
    const askedTonnes = gmap(rep, (i) => (!active[i] ? ZERO : perPeriod ?? v.inputTonnes[i]!.times(share!)))
    const tonnes = gmap(rep, (i) => suppliedTonnes(askedTonnes[i]!, free[i]!))
    uncommitted.set(stream, gmap(rep, (i) => free[i]!.minus(tonnes[i]!)))
    // Tonnes → the stream's unit: converters = tonnes · quantity / input tonnes (one mass per converter).
    const quantity = gmap(rep, (i) => (tonnes[i]!.isZero() ? ZERO : v.stream.kind === 'catalyst' ? tonnes[i]!.times(1000).div(v.stream.massKgPerUnit) : tonnes[i]!))
    let fixedUnitPrice: Series | null = null
    if (contract.price.basis === 'fixed') {
      const price = dec(contract.price.pricePerQuantity)
      fixedUnitPrice = escalationFactors(dec(contract.price.escalation), steps).map((f) => price.times(f))
    }
    contracts.push({ contract, stream, active, askedTonnes, tonnes, quantity, fixedUnitPrice })
  }
  const uncontracted = volumes.map((v, s) => {
    const mine = contracts.filter((c) => c.stream === s)
    if (mine.length === 0) return null
    return gmap(rep, (i) => mine.reduce((a, c) => a.minus(c.quantity[i]!), v.quantity[i]!))
  })
  return { contracts, uncontracted }
}

/** One supply contract in the results (§13). Amounts in the reporting currency. */
export type SupplyContractResult = {
  contractId: string
  supplier: string
  streamId: string
  rating: SupplyContract['rating']
  investmentGrade: boolean
  active: boolean[]
  askedTonnes: Series
  /** Tonnes of input received under the contract. */
  tonnes: Series
  /** The same in the stream's unit (converters or tonnes). */
  quantity: Series
  /** Price per unit of the stream's feed (escalated fixed price, or the clamped % of contained value). */
  unitPrice: Series
  purchaseCost: Series
}

/** Supply contracts and supply coverage (§13); no contracts → empty lists and zero tonnes. */
export type SupplyResult = {
  contracts: SupplyContractResult[]
  /** Tonnes of input under contract, all streams. */
  contractedTonnes: Series
  /** Tonnes of input the plant processes (the feed it needs), all streams. */
  requiredTonnes: Series
  /** contracted / required per period; null without feed. */
  coverage: (Decimal | null)[]
}

/**
 * Prices the contracts for the period's index (§13): a %-of-contained contract pays `clamp(pct · V / q)`
 * per unit, V the stream's contained metal value at the index and q its processed quantity.
 */
export function priceSupply(prep: PreparedSupply, valueOf: (stream: number) => Series | null, volumes: readonly StreamVolumes[], rep: readonly number[]): SupplyContractResult[] {
  return prep.contracts.map((c) => {
    const k = c.contract
    const q = volumes[c.stream]!.quantity
    let unitPrice: Series
    if (c.fixedUnitPrice) {
      unitPrice = c.fixedUnitPrice
    } else if (k.price.basis === 'pctOfContained') {
      const value = valueOf(c.stream) ?? zeros(rep.length)
      const pct = dec(k.price.pctOfContained)
      const floor = k.price.floorPerQuantity === null ? null : dec(k.price.floorPerQuantity)
      const cap = k.price.capPerQuantity === null ? null : dec(k.price.capPerQuantity)
      unitPrice = gmap(rep, (i) => supplyUnitPrice(q[i]!.isZero() ? ZERO : value[i]!.div(q[i]!), pct, floor, cap))
    } else throw new Error(`supply contract ${k.id}: a fixed price without its prepared price`)
    const price = unitPrice
    const purchaseCost = gmap(rep, (i) => c.quantity[i]!.times(price[i]!))
    return {
      contractId: k.id, supplier: k.supplier, streamId: k.streamId, rating: k.rating, investmentGrade: isInvestmentGrade(k.rating), active: c.active,
      askedTonnes: c.askedTonnes, tonnes: c.tonnes, quantity: c.quantity, unitPrice, purchaseCost
    }
  })
}

/** Supply coverage per period and over the loan-life window (operating periods to maturity; all operations without debt), as offtake coverage (§4). */
export function supplyResult(contracts: SupplyContractResult[], processedTonnes: Series, tl: Timeline, hasDebt: boolean, any: boolean): { supply: SupplyResult; supplyCoverage: Metric } {
  const contractedTonnes = tl.periods.map((_, i) => contracts.reduce((a, c) => a.plus(c.tonnes[i]!), ZERO))
  const coverage = tl.periods.map((p, i) => (p.phase === 'operations' ? supplyCoverageRatio(contractedTonnes[i]!, processedTonnes[i]!) : null))
  const supply: SupplyResult = { contracts, contractedTonnes, requiredTonnes: processedTonnes, coverage }
  if (!any) return { supply, supplyCoverage: { ok: false, code: 'no-supply', reason: 'no supply contracts' } }
  const window = tl.periods.map((p) => p.phase === 'operations' && (!hasDebt || p.isLoanLife))
  const over = (s: Series) => sumSeries(s.filter((_, i) => window[i]))
  const ratio = supplyCoverageRatio(over(contractedTonnes), over(processedTonnes))
  return { supply, supplyCoverage: ratio === null ? { ok: false, code: 'no-supply', reason: 'no feed processed in the loan life' } : { ok: true, value: ratio } }
}
