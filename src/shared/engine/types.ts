import type { Decimal } from '../decimal'
import type { z } from 'zod'
import type { Currency, Metal, ProductUnit, scenarioSchema } from '../model'
import type { Metric, Money, Series } from './values'

// Moved next to what they describe; re-exported so `engine/types` stays the one import for results.
export type { Metric, MetricFailureCode, Money, Series } from './values'

/** A project scenario (analysis overrides), as stored in `project.scenarios`. */
export type Scenario = z.infer<typeof scenarioSchema>

/**
 * Result types of the bankability engine (`runModel`). Other parts (Excel export, UI, analysis)
 * code against these names: fields are only ever ADDED here, never renamed or removed.
 *
 * Conventions used by every series below:
 * - A series is an array with one entry per model period, index 0 = period k = 1 (see `periods`).
 * - Amounts (`Money`) are in the project's reporting currency, nominal (money of the day).
 * - Cost lines (feedstock cost, opex, tax, interest, principal, capex…) are POSITIVE magnitudes that
 *   the waterfall subtracts. Lines named `…CashFlow`, `distributions`, `deltaWorkingCapital` and
 *   `dsraMovement` are SIGNED: cash in positive, cash out negative (or, for ΔWC and DSRA movement,
 *   positive = an increase of the balance, i.e. cash absorbed).
 * - Stocks (`…Balance`, `workingCapital`, `bookValue`) are end-of-period balances.
 * - Ratios and rates are fractions (1.30 = 1.30x; 0.08 = 8 %). Rates are annual effective unless named periodic.
 * - Anything that may not exist is a `Metric` with a code and a reason, never NaN or Infinity.
 */

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
  revenue: Series
  contractRevenue: Series
  merchantRevenue: Series
  bankableContractRevenue: Series
  feedstockCost: Series
  fixedOpex: Series
  variableOpex: Series
  /** fixedOpex + variableOpex. */
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

/** The tax lines of a model result (methodology §6). */
export type TaxResult = {
  depreciation: Series
  /** Opening depreciable base less accumulated depreciation (end of period). */
  bookValue: Series
  /** EBITDA − depreciation − interest paid − maintenance capex. */
  taxableIncomeBeforeLosses: Series
  lossesUsed: Series
  /** Loss pool carried forward (end of period). */
  lossesCarriedForward: Series
  taxableIncome: Series
  tax: Series
  /** capex + contingency + IDC + fees. */
  depreciableBase: Money
}

export type CapexResult = {
  /** Capex items × capex multiplier, phased. */
  capex: Series
  contingency: Series
  /** capex + contingency. */
  capexWithContingency: Series
  grants: Series
  totalCapex: Money
  totalContingency: Money
  totalGrants: Money
}

export type DebtSizingMode = 'gearing' | 'sculpted' | 'fixed'

export type FinancingResult = {
  /** How the debt amount was set: by gearing, by sculpting, or held from an input/base case. */
  sizingMode: DebtSizingMode
  /** True when sculpted capacity exceeded gearing × uses and the gearing cap set the debt. */
  capBinding: boolean
  /**
   * Sculpted sizing only, INFORMATIONAL (reporting currency): the debt the floored sculpted schedule at the
   * target DSCR would repay, evaluated on the CFADS of the debt actually sized. Below the cap it equals the
   * sized debt (within 0.01). When the cap binds it is an estimate of the uncapped capacity — the CFADS
   * (tax shield, IDC, fees) are those of the capped debt, not re-iterated — and no figure depends on it.
   */
  sculptedCapacity: Money | null
  /**
   * DSCR* of the sculpted repayment: the target when sculpting set the debt; when the cap binds (or gearing
   * sizing set the debt) the ratio whose floored schedule repays exactly that debt. Every repayment period
   * where the floor does not bind (CFADS / DSCR* ≥ interest) has DSCR = DSCR*; the others pay interest only.
   */
  sculptingDscr: Decimal | null
  /** Iterations used to converge debt (sculpting/IDC loop). */
  iterations: number
  periodicRate: Decimal
  /** Uses in each period: capex + contingency + IDC + fees (+ initial DSRA funding, in `dsraInitialFunding`). */
  uses: Series
  idc: Series
  fees: Series
  drawdowns: Series
  equityContributions: Series
  dsraInitialFunding: Series
  /** Opening and closing debt balance. */
  openingBalance: Series
  closingBalance: Series
  /** Cash interest paid after COD (IDC is in `idc`). */
  interest: Series
  principal: Series
  /** interest + principal. */
  debtService: Series
  dsraTarget: Series
  /** Change of the DSRA balance (positive = top-up from cash flow, negative = release). */
  dsraMovement: Series
  dsraBalance: Series
  cfads: Series
  /** CFADS − debt service − DSRA movement (operations). Negative = equity injection. */
  distributions: Series
  /** Signed: −(capex+contingency) in construction, CFADS in operations. */
  projectCashFlow: Series
  /** Signed: −equity contributions + distributions. */
  equityCashFlow: Series
  /** CFADS / debt service for operating periods with debt service (interest is always paid, so every period with a balance has one; it may be < 1 or negative). */
  dscr: Metric[]
  totalUses: Money
  totalIdc: Money
  totalFees: Money
  totalDebt: Money
  totalEquity: Money
  /** Debt / (uses − grants): the funding gearing actually achieved. */
  gearing: Decimal
  /** Index (1-based) of the first and last repayment periods, or null without debt. */
  firstRepaymentPeriod: number | null
  maturityPeriod: number | null
}

export type CoverageResult = {
  /** contracted / total revenue per period (contract revenue below zero counts as zero). */
  perPeriod: Metric[]
  bankablePerPeriod: Metric[]
  /** Over operating periods within the loan life (whole operating life when there is no debt). */
  loanLife: Metric
  bankableLoanLife: Metric
  /** Coverage numerators per period: contract revenue counting each contract at max(0, revenue). */
  contractedRevenue: Series
  bankableRevenue: Series
  /** Coverage denominator per period: contractedRevenue + merchant revenue. */
  coveredRevenueBase: Series
}

export type ModelMetrics = {
  projectIrr: Metric
  equityIrr: Metric
  /** NPV of project cash flow at `valuation.discountRate`, end-of-period discounting from the start date. */
  npv: Money
  discountRate: Decimal
  minDscr: Metric
  avgDscr: Metric
  /** Period index where the minimum DSCR occurs. */
  minDscrPeriod: number | null
  llcr: Metric
  plcr: Metric
  paybackYears: Metric
  debtAtCod: Money
  gearing: Decimal
  totalCapex: Money
  totalIdc: Money
  totalFees: Money
  totalEquity: Money
  totalGrants: Money
  totalRevenue: Money
  totalEbitda: Money
  totalTax: Money
  totalCfads: Money
  offtakeCoverage: Metric
  bankableOfftakeCoverage: Metric
}

/** One calendar year of the annual summary (§8): sums of flows, end balances of stocks. */
export type AnnualRow = {
  year: number
  /** Period indices (1-based) included. */
  periods: number[]
  revenue: Money
  contractRevenue: Money
  merchantRevenue: Money
  feedstockCost: Money
  opex: Money
  ebitda: Money
  deltaWorkingCapital: Money
  maintenanceCapex: Money
  tax: Money
  cfads: Money
  capex: Money
  idc: Money
  fees: Money
  drawdowns: Money
  equityContributions: Money
  grants: Money
  interest: Money
  principal: Money
  debtService: Money
  dsraMovement: Money
  distributions: Money
  projectCashFlow: Money
  equityCashFlow: Money
  depreciation: Money
  /** End-of-year balances. */
  debtBalance: Money
  dsraBalance: Money
  workingCapital: Money
  bookValue: Money
  lossesCarriedForward: Money
  /** Minimum DSCR of the year's periods with debt service. */
  minDscr: Metric
  offtakeCoverage: Metric
  bankableOfftakeCoverage: Metric
}

/** A warning about the inputs that the engine worked around (the result is still valid). */
export type ModelIssue = { code: string; path: string; message: string }

export type ModelResult = {
  currency: Currency
  periodMonths: number
  constructionPeriods: number
  /** Period index (1-based) of the first operating period; COD is its start date. */
  codPeriod: number
  codDate: string
  periods: PeriodInfo[]
  streams: StreamResult[]
  /** Totals per metal over all streams. */
  metals: MetalSeries[]
  products: ProductResult[]
  contracts: ContractResult[]
  operations: OperationsResult
  capex: CapexResult
  tax: TaxResult
  financing: FinancingResult
  coverage: CoverageResult
  metrics: ModelMetrics
  annual: AnnualRow[]
  /** The debt actually used, in the form `ModelOptions.fixedDebt` accepts (to hold debt at this case). */
  debt: FixedDebt
  issues: ModelIssue[]
}

/** A debt held from another case: drawdowns and scheduled principal per period (reporting currency). */
export type FixedDebt = {
  drawdowns: Series
  principal: Series
}

/** Multipliers on deck prices, compounding with any price or project scenario. */
export type PriceMultipliers = {
  all?: Decimal
  /** productId → multiplier. A Map: a product id may be any user text, `constructor` included. */
  byProduct?: ReadonlyMap<string, Decimal>
}

export type ModelOptions = {
  priceMultipliers?: PriceMultipliers
  /** A scenario from `project.scenarios` (or an ad-hoc one of the same shape). Debt is held at the
   * base case unless `scenario.resizeDebt` is true (the base case is run internally to get it). */
  scenario?: Scenario
  /** Hold the debt: drawdowns and principal schedule given; interest is recomputed on the held balance. */
  fixedDebt?: FixedDebt
}

/** Breakeven multiplier on prices (§8), debt amount and schedule held at the base case. */
export type Breakeven = {
  /** null = all products together. */
  productId: string | null
  target: 'minDscr1' | 'npv0'
  multiplier: Metric
}

export type BreakevenResult = {
  allPrices: { minDscr1: Metric; npv0: Metric }
  byProduct: { productId: string; name: string; minDscr1: Metric; npv0: Metric }[]
  /** Model evaluations used. */
  evaluations: number
}
