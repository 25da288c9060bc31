import { roundTo, type Decimal } from '../decimal'
import type { Currency } from '../model/primitives'

/** ISO 4217 minor units: INR 2, USD 2, JPY 0 (domain D4). */
export const MINOR_UNITS: Record<Currency, number> = { USD: 2, INR: 2, JPY: 0 }

/**
 * Settlement rounding: half-up to the currency's minor unit, the way a refiner's statement is cut.
 * Applied only to final statement figures; every intermediate keeps full precision.
 */
export const roundForSettlement = (amount: Decimal, currency: Currency): Decimal => roundTo(amount, MINOR_UNITS[currency], 'half-up')
