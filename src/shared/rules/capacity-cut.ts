import { Decimal, ONE } from '../decimal'

/**
 * Plant capacity (methodology §13). A capacity of `T` tonnes of input per year at availability `a`
 * takes `T · a · m/12` tonnes in an operating period (nothing in construction). When the feed offered
 * to it is larger, every stream it serves is cut by the same factor `available / offered` (pro rata);
 * otherwise the factor is 1. The three forms — Decimal for the engine (`engine/capacity.ts`), float for
 * checks, Excel for the workbook's Operations sheet — are one rule; `tests/shared/rules/capacity-cut.test.ts`
 * holds them to each other.
 */
export const capacityAvailable = (tonnesPerYear: Decimal, availability: Decimal, periodMonths: number): Decimal =>
  tonnesPerYear.times(availability).times(periodMonths).div(12)
export const capacityAvailableFloat = (tonnesPerYear: number, availability: number, periodMonths: number): number => (tonnesPerYear * availability * periodMonths) / 12

export const cutFactor = (offered: Decimal, available: Decimal): Decimal => (offered.gt(available) ? available.div(offered) : ONE)
export const cutFactorFloat = (offered: number, available: number): number => (offered > available ? available / offered : 1)

/** `operating` is the 1/0 operating flag; the names are the Inputs cells of the capacity. */
export const capacityAvailableExcel = (operating: string, tonnesPerYear: string, availability: string) =>
  `${operating}*${tonnesPerYear}*${availability}*Period_Months/Months_Per_Year`
export const cutFactorExcel = (offered: string, available: string) => `IF(${offered}>${available},${available}/${offered},1)`
