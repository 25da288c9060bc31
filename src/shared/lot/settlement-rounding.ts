import { roundTo, type Decimal } from '../decimal'
import type { Currency } from '../model/primitives'
import { MINOR_UNIT_DIGITS } from '../rules/minor-unit'

/** ISO 4217 minor units (domain D4); the one table lives with the finance rules. */
export const MINOR_UNITS: Readonly<Record<Currency, number>> = MINOR_UNIT_DIGITS

/**
 * Settlement rounding: half-up to the currency's minor unit, the way a refiner's statement is cut.
 * Applied only to final statement figures; every intermediate keeps full precision.
 */
export const roundForSettlement = (amount: Decimal, currency: Currency): Decimal => roundTo(amount, MINOR_UNITS[currency], 'half-up')
