import type { Currency, Metal, ProductUnit } from '../model'
import type { Series } from './values'

/** The operations part of the engine's results: timeline rows, streams, products, contracts and the operating waterfall (§1–§5). Conventions: engine/types.ts. */

export type PeriodPhase = 'construction' | 'operations'

/** The timeline row of one period (methodology §1). */
export type PeriodInfo = {
  /** 1-based period number k. */
  index: number
  /** First day of the period, YYYY-MM-DD. */
  start: string
  /** Last day of the period (inclusive), YYYY-MM-DD. */
  end: string
  /** Calendar year of the period start: selects prices and FX (§3). */
  calendarYear: number
  phase: PeriodPhase
  /** Operating year y (1-based) for operating periods; null during construction. */
  operatingYear: number | null
  /** floor((k−1)·m/12): the number of cost escalation steps applied (anniversaries of the start date). */
  escalationYears: number
  /** A scheduled principal period (inside grace + tenor window, after grace). */
  isRepayment: boolean
  /** Operating period on or before final maturity (inside the loan life). */
  isLoanLife: boolean
  /** Months in the period (m). */
  months: number
}

/** Quantities of one metal. PGMs in grams (and troy ounces), battery metals in tonnes. */
export type MetalSeries = {
  metal: Metal
  /** 'g' for PGMs (grams of metal), 't' for battery metals (tonnes of metal). */
  massUnit: 'g' | 't'
  contained: Series
  recovered: Series
}

/** Per feedstock stream (§2, §5). */
export type StreamResult = {
  streamId: string
  name: string
  kind: 'catalyst' | 'battery'
  /** Feed quantity per period: converters (units) for catalyst streams, tonnes of input for batteries. */
  quantity: Series
  /** Input tonnes per period (converters × kg per unit / 1000 for catalyst streams). */
  inputTonnes: Series
  /** Black-mass tonnes per period (zero for catalyst streams). */
  blackMassTonnes: Series
  metals: MetalSeries[]
  /** Feed purchase cost excluding logistics (negative = gate fee received). */
  purchaseCost: Series
  logisticsCost: Series
  /** purchaseCost + logisticsCost. */
  feedstockCost: Series
  /** Opex driven by this stream: variable per tonne + per unit + treatment per tonne. */
  variableOpex: Series
  /** Tonnes of input offered above capacity (§13): not processed, not bought. Zero without a capacity. */
  unprocessedTonnes: Series
}

/** Per saleable product (§2–§4). */
export type ProductResult = {
  productId: string
  name: string
  metal: Metal
  /** 'toz' (troy ounces of metal) for PGMs; 't' (tonnes of product) for battery products. */
  unit: ProductUnit
  /** Output in product units per period. */
  output: Series
  /** Deck index price per product unit, in reporting currency, after all multipliers (§3). */
  indexPrice: Series
  /** Same, in the deck currency (before FX), after multipliers. */
  indexPriceDeckCurrency: Series
  /** Quantity sold to contracts (sum over contracts). */
  contractedQuantity: Series
  merchantQuantity: Series
  /** Merchant price per unit = index × merchant payable, reporting currency. */
  merchantPrice: Series
  merchantRevenue: Series
  contractRevenue: Series
  /** contractRevenue + merchantRevenue. */
  revenue: Series
}

/** Per offtake contract (§4). Prices and charges both in the contract currency and in reporting currency. */
export type ContractResult = {
  contractId: string
  counterparty: string
  productId: string
  currency: Currency
  /** Counts towards bankable coverage (take-or-pay ≥ policy minimum and investment-grade counterparty). */
  bankable: boolean
  /** True in periods where the contract is active (period lies within its start and end dates). */
  active: boolean[]
  /** Quantity asked (share × output or V·m/12) and received (min(asked, unallocated)), product units. */
  askedQuantity: Series
  quantity: Series
  /** Index converted into the contract currency before the clamp. */
  indexPriceContractCurrency: Series
  /** min(cap, max(floor, index·payable + premium)), contract currency per unit. */
  unitPriceContractCurrency: Series
  /** Which side of the clamp applied: 'floor', 'cap' or 'formula'. */
  clamp: ('floor' | 'cap' | 'formula')[]
  /** qty·price − qty·charge converted to reporting currency. */
  revenue: Series
  /** qty·charge in reporting currency (already deducted in revenue; shown for the waterfall). */
  charges: Series
}

/** Operating waterfall and balance-sheet-like lines (§5, §6). */
export type OperationsResult = {
  /** Tonnes of input processed (all streams, after any capacity cut, §13). */
  processedTonnes: Series
  /** Tonnes of input offered but not processed for lack of capacity (§13). */
  unprocessedTonnes: Series
  /** contractRevenue + merchantRevenue + byproductRevenue + eprRevenue. */
  revenue: Series
  contractRevenue: Series
  merchantRevenue: Series
  bankableContractRevenue: Series
  /** By-product sales (§13), in revenue, never in offtake coverage; zero without by-products. */
  byproductRevenue: Series
  /** EPR certificate sales (§13), uncontracted, in revenue, never in offtake coverage; zero without EPR. */
  eprRevenue: Series
  feedstockCost: Series
  fixedOpex: Series
  variableOpex: Series
  /** Disposal of residues (§13), inside opex; zero without residues. */
  disposalCost: Series
  /** fixedOpex + variableOpex + disposalCost. */
  opex: Series
  ebitda: Series
  receivables: Series
  inventory: Series
  payables: Series
  /** receivables + inventory − payables (end of period; zero after the last period's release). */
  workingCapital: Series
  /** WC_k − WC_{k−1}: positive absorbs cash. */
  deltaWorkingCapital: Series
  maintenanceCapex: Series
}
