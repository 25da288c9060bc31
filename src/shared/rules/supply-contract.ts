import { type Decimal, ZERO } from '../decimal'

/**
 * Feedstock supply contracts (methodology §13), one rule in three forms — Decimal for the engine
 * (`engine/supply.ts`), float for checks, Excel for the workbook's Costs and Metrics sheets — held to
 * each other by `tests/shared/rules/supply-contract.test.ts`.
 *
 * 1. Tonnes a contract asks for in a period: `share · processed tonnes` or `tonnesPerYear · m/12`,
 *    times its active flag (the period lies wholly within its start and end dates).
 * 2. Tonnes it receives: `min(asked, processed tonnes not yet committed to the contracts before it)`,
 *    so the contracted tonnes of a stream never exceed its feed.
 * 3. Unit price of a %-of-contained contract: `min(cap, max(floor, pct · contained value per unit of
 *    feed))`, floor and cap nominal and optional.
 * 4. Supply coverage = Σ contracted tonnes / Σ processed tonnes over the loan-life window (within 0…1
 *    by 2); none without feed.
 */
export const suppliedTonnes = (asked: Decimal, uncommitted: Decimal): Decimal => (asked.lt(uncommitted) ? asked : uncommitted.gt(ZERO) ? uncommitted : ZERO)
export const suppliedTonnesFloat = (asked: number, uncommitted: number): number => Math.max(0, Math.min(asked, uncommitted))
export const suppliedTonnesExcel = (asked: string, uncommitted: string) => `MAX(0,MIN(${asked},${uncommitted}))`

export function supplyUnitPrice(valuePerUnit: Decimal, pct: Decimal, floor: Decimal | null, cap: Decimal | null): Decimal {
  const formula = valuePerUnit.times(pct)
  if (floor !== null && formula.lt(floor)) return floor
  if (cap !== null && formula.gt(cap)) return cap
  return formula
}
export function supplyUnitPriceFloat(valuePerUnit: number, pct: number, floor: number | null, cap: number | null): number {
  const formula = valuePerUnit * pct
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the value and share are never negative, so against a null floor (0 in a comparison) the test is false either way; at formula = floor both branches return the same number
  if (floor !== null && formula < floor) return floor
  // Stryker disable next-line EqualityOperator: equivalent, at formula = cap both branches return the same number
  if (cap !== null && formula > cap) return cap
  return formula
}
/** A blank floor or cap cell (anything not a number) is "none", as null is above; a floor of 0 is a floor. */
export function supplyUnitPriceExcel(valuePerUnit: string, pct: string, floor: string, cap: string): string {
  const formula = `${valuePerUnit}*${pct}`
  const floored = `IF(ISNUMBER(${floor}),MAX(${floor},${formula}),${formula})`
  return `IF(ISNUMBER(${cap}),MIN(${cap},${floored}),${floored})`
}

/** Committed / processed tonnes; null when nothing is processed (no feed: no coverage). */
export const supplyCoverageRatio = (committedTonnes: Decimal, processedTonnes: Decimal): Decimal | null =>
  processedTonnes.gt(ZERO) ? committedTonnes.div(processedTonnes) : null
export const supplyCoverageRatioFloat = (committedTonnes: number, processedTonnes: number): number | null =>
  processedTonnes > 0 ? committedTonnes / processedTonnes : null
export const supplyCoverageRatioExcel = (committedTonnes: string, processedTonnes: string, none: string) =>
  `IF(${processedTonnes}>0,${committedTonnes}/${processedTonnes},${none})`
