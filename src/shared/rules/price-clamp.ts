import { type Decimal, dec } from '../decimal'
import type { Project } from '../model'

/** What the clamp reads from a contract: amounts in the contract currency, as the project stores them. */
export type ClampTerms = Pick<Project['offtake'][number], 'payable' | 'premiumPerUnit' | 'floor' | 'cap'>

/**
 * Contract unit price in the contract currency (methodology §4): `min(cap, max(floor, index · payable
 * + premium))`, floor and cap optional (validation keeps floor ≤ cap). The three forms — Decimal for
 * the engine (returns which side applied), float for the Monte Carlo path, Excel for the workbook's
 * Revenue sheet — are one rule; `tests/shared/rules/price-clamp.test.ts` holds them to each other.
 */
export function clampPrice(index: Decimal, c: ClampTerms): { price: Decimal; clamp: 'floor' | 'cap' | 'formula' } {
  const formula = index.times(c.payable).plus(c.premiumPerUnit)
  if (c.floor !== null && formula.lt(c.floor)) return { price: dec(c.floor), clamp: 'floor' }
  if (c.cap !== null && formula.gt(c.cap)) return { price: dec(c.cap), clamp: 'cap' }
  return { price: formula, clamp: 'formula' }
}

export function clampPriceFloat(index: number, payable: number, premiumPerUnit: number, floor: number | null, cap: number | null): number {
  const price = index * payable + premiumPerUnit
  // Stryker disable next-line EqualityOperator: equivalent, at price = floor both branches return the same number
  if (floor !== null && price < floor) return floor
  // Stryker disable next-line EqualityOperator: equivalent, at price = cap both branches return the same number
  if (cap !== null && price > cap) return cap
  return price
}

/** Excel: the contract's price before floor and cap, `index × payable + premium` (cells or names). */
export function contractPriceExcel(index: string, payable: string, premiumPerUnit: string): string {
  return `${index}*${payable}+${premiumPerUnit}`
}

/**
 * Excel: `price` (the cell holding contractPriceExcel) clamped by the cells or names `floor` and `cap`.
 * The workbook gives every contract both cells so a lender can add a floor or cap in the file; a
 * blank cell (anything not a number) is "none", as null is above. A floor of 0 is a floor.
 */
export function clampPriceExcel(price: string, floor: string, cap: string): string {
  const floored = `IF(ISNUMBER(${floor}),MAX(${floor},${price}),${price})`
  return `IF(ISNUMBER(${cap}),MIN(${cap},${floored}),${floored})`
}
