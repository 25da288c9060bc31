import type { Decimal } from '../decimal'
import { coverDefined, coverDefinedExcel, coverDefinedFloat } from './minor-unit'

/**
 * A period's DSCR (methodology §8): CFADS / debt service, in a period that counts (operating for the
 * per-period ratio, repayment for the minimum) and only over debt service of at least one minor unit
 * (`coverDefined`, methodology §7); otherwise there is none (null; "" in the workbook). The three
 * forms — Decimal for the engine (`engine/financing-result.ts`, whose minimum over repayment periods
 * `engine/metrics.ts` takes), float for the Monte Carlo path's minimum, Excel for the Metrics sheet's
 * DSCR row — are one rule; `tests/shared/rules/dscr.test.ts` holds them to each other.
 */
export const periodDscr = (counts: boolean, cfads: Decimal, debtService: Decimal, unit: Decimal): Decimal | null =>
  counts && coverDefined(debtService, unit) ? cfads.div(debtService) : null
export const periodDscrFloat = (counts: boolean, cfads: number, debtService: number, unit: number): number | null =>
  counts && coverDefinedFloat(debtService, unit) ? cfads / debtService : null
/** `flag`: the 1/0 row saying the period counts. */
export const periodDscrExcel = (flag: string, cfads: string, debtService: string, unit = 'Minor_Unit'): string =>
  `IF(AND(${flag}=1,${coverDefinedExcel(debtService, unit)}),${cfads}/${debtService},"")`
