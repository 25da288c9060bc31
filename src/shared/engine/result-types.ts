import type { Decimal } from '../decimal'
import type { z } from 'zod'
import type { Currency, scenarioSchema } from '../model'
import type { CapexResult, FinancingResult, FixedDebt, TaxResult } from './financing-types'
import type { ContractResult, MetalSeries, OperationsResult, PeriodInfo, ProductResult, StreamResult } from './operations-types'
import type { Metric, Money, Series } from './values'
import type { WaterfallMetrics } from './waterfall-metrics'
import type { SupplyResult } from './supply'
import type { ByproductResult, EprResult } from './byproducts'

/** The whole result of `runModel` with its metrics, coverage and annual summary (§8, §11), and the options a run takes. Conventions: engine/types.ts. */

/** A project scenario (analysis overrides), as stored in `project.scenarios`. */
export type Scenario = z.infer<typeof scenarioSchema>

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
  /** Lowest DSCR over every operating period with debt service, interest-only grace included (§11). */
  minDscrAllOperating: Metric
  /** Period (1-based) where it occurs. */
  minDscrAllOperatingPeriod: number | null
  /** Lowest CFADS of any operating period (§11): negative when ramp-up losses or the first working-capital build need funding. */
  lowestOperatingCfads: Money
  /** Period (1-based) where it occurs (the first, on a tie). */
  lowestOperatingCfadsPeriod: number
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
  /** Average over operating periods of the plant's utilisation (§13; `PlantResult.utilisation`); 'no-capacity' without one. */
  capacityUtilisation: Metric
  /** Committed / processed feed tonnes over the loan life (§13; `SupplyResult`); 'no-supply' without contracts or feed. */
  supplyCoverage: Metric
} & WaterfallMetrics

/** One capacity's load per period, tonnes of input (§13). */
export type CapacityResult = {
  id: string
  /** The route it serves; null = the whole plant. */
  routeId: string | null
  /** tonnesPerYear · availability · m/12 in operating periods. */
  available: Series
  /** Feed offered to it (for the plant: after the route cuts). */
  offered: Series
  /** Feed processed by the streams it serves after every cut (≤ available). */
  processed: Series
}

/** Plant capacity and its use (§13). */
export type PlantResult = {
  capacities: CapacityResult[]
  /**
   * Per period, processed / available of the plant: the whole-plant capacity when set, else the route
   * capacities pooled; null in construction, without a capacity, or when nothing is available.
   */
  utilisation: (Decimal | null)[]
}

/** One calendar year of the annual summary (§8): sums of flows, end balances of stocks. */
export type AnnualRow = {
  year: number
  /** Period indices (1-based) included. */
  periods: number[]
  /** Tonnes of input processed, and offered above capacity and not processed (§13). */
  processedTonnes: Decimal
  unprocessedTonnes: Decimal
  revenue: Money
  contractRevenue: Money
  merchantRevenue: Money
  /** By-product sales and EPR certificate sales (§13), inside revenue and outside offtake coverage; zero without them. */
  byproductRevenue: Money
  eprRevenue: Money
  feedstockCost: Money
  opex: Money
  /** Disposal of residues (§13), inside opex; zero without residues. */
  disposalCost: Money
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
  /** Hedge cost of swapped tranches (§10); zero without one. */
  debtFees: Money
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
  /** The waterfall (§11): LC fee and interest on LC draws and the facility; sponsor support; facility and LC draws net of repayments (positive = drawn); MRA and lock-up account movements (positive = cash held back); their balances at year end. */
  waterfallFees: Money
  sponsorSupport: Money
  facilityFlow: Money
  mraMovement: Money
  lockupMovement: Money
  /** Cash swept to prepay senior debt in the year (§11; zero without a sweep). */
  sweep: Money
  wcFacilityBalance: Money
  mraBalance: Money
  lockupBalance: Money
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
  /** Plant capacities and utilisation (§13); no capacities when the project sets none. */
  plant: PlantResult
  /** Feedstock supply contracts and supply coverage per period (§13); empty when the project has none. */
  supply: SupplyResult
  /** By-product and residue lines of the streams (§13); empty without any. */
  byproducts: ByproductResult[]
  /** EPR certificates (§13): kg, price per kg (reporting currency) and revenue per period; null without an EPR block. */
  epr: EprResult | null
  /** The debt actually used, in the form `ModelOptions.fixedDebt` accepts (to hold debt at this case). */
  debt: FixedDebt
  issues: ModelIssue[]
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
