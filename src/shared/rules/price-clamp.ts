import { type Decimal, dec } from '../decimal'
import type { Project } from '../model'

/** What the clamp reads from a contract: amounts in the contract currency, as the project stores them. */
export type ClampTerms = Pick<Project['offtake'][number], 'payable' | 'premium' | 'floor' | 'cap'>

/**
 * Contract unit price in the contract currency (methodology §4): `min(cap, max(floor, index · payable
 * + premium))`, floor and cap optional (validation keeps floor ≤ cap). The three forms — Decimal for
 * the engine (returns which side applied), float for the Monte Carlo path, Excel for the workbook's
 * Revenue sheet — are one rule; `tests/shared/rules/price-clamp.test.ts` holds them to each other.
 */
export function clampPrice(index: Decimal, c: ClampTerms): { price: Decimal; clamp: 'floor' | 'cap' | 'formula' } {
  const formula = index.times(c.payable).plus(c.premium)
  if (c.floor !== null && formula.lt(c.floor)) return { price: dec(c.floor), clamp: 'floor' }
  if (c.cap !== null && formula.gt(c.cap)) return { price: dec(c.cap), clamp: 'cap' }
  return { price: formula, clamp: 'formula' }
}

export function clampPriceFloat(index: number, payable: number, premium: number, floor: number | null, cap: number | null): number {
  const price = index * payable + premium
  // Stryker disable next-line EqualityOperator: equivalent, at price = floor both branches return the same number
  if (floor !== null && price < floor) return floor
  // Stryker disable next-line EqualityOperator: equivalent, at price = cap both branches return the same number
  if (cap !== null && price > cap) return cap
  return price
}

/** `floor` / `cap`: the cell or name holding it, or null when the contract has none. */
export function clampPriceExcel(index: string, payable: string, premium: string, floor: string | null, cap: string | null): string {
  let e = `${index}*${payable}+${premium}`
  if (floor !== null) e = `MAX(${floor},${e})`
  if (cap !== null) e = `MIN(${cap},${e})`
  return e
}
