import { z } from 'zod'
import { CREDIT_RATINGS } from './metals'
import { calendarDate, currency, fraction, id, nonNegative, requiredText, signedAmount, text } from './primitives'

/**
 * An offtake contract for one product. Amounts (premiumPerUnit, floor, cap, chargePerUnit) are in the
 * contract's currency per product unit (toz for PGMs, t otherwise); the index is converted into it
 * before the clamp. A fixed volume is in product units per year.
 */
export const contractSchema = z.strictObject({
  id: id(),
  counterparty: requiredText(),
  rating: z.enum(CREDIT_RATINGS),
  productId: id(),
  /** Lower number = served first. */
  priority: z.number().int().min(1).max(1000),
  volume: z.discriminatedUnion('basis', [
    z.strictObject({ basis: z.literal('share'), share: fraction() }),
    z.strictObject({ basis: z.literal('fixed'), productUnitsPerYear: nonNegative() })
  ]),
  payable: fraction(),
  /** Added after the payable; negative = a discount. */
  premiumPerUnit: signedAmount(),
  floor: nonNegative().nullable(),
  cap: nonNegative().nullable(),
  chargePerUnit: nonNegative(),
  currency: currency(),
  startDate: calendarDate(),
  endDate: calendarDate(),
  /** Share of the contracted volume the buyer must pay for whether or not it takes it. */
  takeOrPay: fraction(),
  notes: text(4000).optional()
})

export const offtakePolicySchema = z.strictObject({
  /** A contract is bankable when take-or-pay ≥ this and the counterparty is investment grade. */
  bankableTakeOrPayMin: fraction()
})
