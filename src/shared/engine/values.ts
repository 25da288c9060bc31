import type { Decimal } from '../decimal'

/** The value types every engine result is made of (conventions: engine/types.ts). */

/** Amount in the reporting currency. */
export type Money = Decimal
/** One value per period (index 0 = first period). */
export type Series = Decimal[]

/** A value that exists, or a documented reason why it does not. */
export type Metric<T = Decimal> = { ok: true; value: T } | { ok: false; code: MetricFailureCode; reason: string }

export type MetricFailureCode =
  | 'no-debt' // no debt drawn, so no debt service and no cover ratios
  | 'no-debt-service' // a period without debt service has no DSCR
  | 'no-sign-change' // IRR: cash flows never change sign
  | 'no-root' // IRR: sign changes but NPV never crosses zero in the search range
  | 'multiple-roots' // IRR: more than one rate gives NPV = 0
  | 'out-of-range' // IRR/breakeven: the answer lies outside the searched range
  | 'not-reached' // payback: cumulative cash flow never turns non-negative
  | 'not-reachable' // breakeven: the target cannot be reached by scaling prices
  | 'no-revenue' // coverage: no revenue to cover
  | 'no-capacity' // capacity utilisation: the project sets no plant capacity (§13)
  | 'no-supply' // supply coverage: no supply contracts, or no feed processed in the loan life (§13)
  | 'zero-balance' // LLCR/PLCR: no debt outstanding at COD
  | 'no-term' // waterfall (§11): the financing terms have no such mechanism (no lock-up, no cash sweep)
