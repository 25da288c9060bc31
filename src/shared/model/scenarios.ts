import { z } from 'zod'
import { currency, decimalString, id, requiredText, text } from './primitives'

const multiplier = () => decimalString({ min: '0', max: '100' })

/**
 * A named set of overrides on the base project (analysis). Every field is optional; an absent field
 * leaves the base as it is. Debt amount and schedule stay at the base case unless `resizeDebt`.
 */
export const scenarioSchema = z.strictObject({
  id: id(),
  name: requiredText(),
  description: text(2000).optional(),
  /** Use another price deck of the project instead of the active one. */
  priceDeckId: id().nullable().optional(),
  priceMultiplierAll: multiplier().optional(),
  priceMultipliers: z.array(z.strictObject({ productId: id(), multiplier: multiplier() })).max(50).optional(),
  volumeMultiplier: multiplier().optional(),
  /** Replaces every stream's ramp-up profile. */
  rampUp: z.array(decimalString({ min: '0', max: '1.5' })).min(1).max(60).optional(),
  recoveryMultiplier: multiplier().optional(),
  capexMultiplier: multiplier().optional(),
  opexMultiplier: multiplier().optional(),
  /** Added to the debt's annual rate (e.g. "0.01" = +100 bp). */
  interestRateDelta: decimalString({ min: '-0.5', max: '0.5' }).optional(),
  /** Multiplies every FX rate (units of currency per USD): > 1 weakens INR/JPY. Above 0: a rate of 0 would divide by zero. */
  fxMultiplier: decimalString({ min: '0', minExclusive: true, max: '100' }).optional(),
  /**
   * One currency's FX move (issue 19: each currency its own driver, "INR −10 %" while JPY stays): its
   * units per USD × this, on top of `fxMultiplier` (which moves every currency). USD never moves (it is
   * the unit), so a USD entry is refused; a currency listed twice is refused. Absent = 1 for every currency.
   */
  fxMultipliers: z
    .array(z.strictObject({ currency: currency().exclude(['USD']), multiplier: decimalString({ min: '0', minExclusive: true, max: '100' }) }))
    .max(2)
    .refine((xs) => new Set(xs.map((x) => x.currency)).size === xs.length, { message: 'a currency is listed twice' })
    .optional(),
  /**
   * An FX path stress: INR and JPY weaken (> 0) or strengthen (< 0) against USD by this fraction a
   * year, compounding from the calendar year of the model's first period (financial close) on top of
   * the FX table and `fxMultiplier` ("0.04" = 4 % a year).
   */
  fxDepreciationPerYear: decimalString({ min: '-0.5', max: '1' }).optional(),
  /** false = every offtake contract off; all output sold merchant. */
  offtakeEnabled: z.boolean().optional(),
  resizeDebt: z.boolean().optional()
})
