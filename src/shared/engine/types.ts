/**
 * Result types of the bankability engine (`runModel`). Other parts (Excel export, UI, analysis)
 * code against these names, imported from here: fields are only ever ADDED, never renamed or removed.
 * The types themselves are in three parts along the engine's structure: `operations-types.ts`
 * (timeline, streams, products, contracts, operating waterfall), `financing-types.ts` (capex, tax,
 * debt) and `result-types.ts` (coverage, metrics, annual rows, the whole result and run options).
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

export type { Metric, MetricFailureCode, Money, Series } from './values'
export type * from './operations-types'
export type * from './financing-types'
export type * from './result-types'
export type { SupplyContractResult, SupplyResult } from './supply'
export type { ByproductResult, EprResult } from './byproducts'
