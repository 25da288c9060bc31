import { Decimal } from '../decimal'
import type { Currency } from '../model/primitives'

/** ISO 4217 minor units: INR 2, USD 2, JPY 0 (domain D4). */
export const MINOR_UNIT_DIGITS: Readonly<Record<Currency, number>> = { USD: 2, INR: 2, JPY: 0 }

/** The currency's smallest unit as an amount: 0.01 for USD and INR, 1 for JPY. */
export const minorUnit = (currency: Currency): Decimal => new Decimal(10).pow(-MINOR_UNIT_DIGITS[currency])

/**
 * Repaid to the minor unit (methodology §7). A loan is repaid when what is left is below the
 * currency's smallest unit: an instalment that would leave less than that clears the balance, so no
 * period opens on dust (1e-26 left by sculpting arithmetic), charges interest on it or divides by it.
 * The three forms — Decimal for the engine, float for the Monte Carlo path, Excel for the workbook —
 * are one rule; `tests/shared/rules/minor-unit.test.ts` holds them to each other.
 */
export const settlePrincipal = (opening: Decimal, principal: Decimal, unit: Decimal): Decimal => (opening.minus(principal).lt(unit) ? opening : principal)
export const settlePrincipalFloat = (opening: number, principal: number, unit: number): number => (opening - principal < unit ? opening : principal)
export const settlePrincipalExcel = (opening: string, principal: string, unit = 'Minor_Unit'): string => `IF(${opening}-(${principal})<${unit},${opening},${principal})`

/**
 * A cover ratio (DSCR, LLCR) exists only over a denominator of at least one minor unit: below it the
 * ratio is noise (CFADS / 1e-26), so the period reports "no debt service" instead.
 */
export const coverDefined = (denominator: Decimal, unit: Decimal): boolean => denominator.gte(unit)
export const coverDefinedFloat = (denominator: number, unit: number): boolean => denominator >= unit
export const coverDefinedExcel = (denominator: string, unit = 'Minor_Unit'): string => `${denominator}>=${unit}`
