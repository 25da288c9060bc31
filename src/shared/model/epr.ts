import { z } from 'zod'
import { METALS } from './metals'
import { calendarDate, currency, nonNegative } from './primitives'

/**
 * EPR certificates (India, Battery Waste Management Rules 2022; methodology §13): a registered recycler
 * generates certificates on the metal it recovers and sells them to producers on the CPCB portal. Kg of
 * certificate per tonne of recovered metal, by metal (absent = none); a price per kg of certificate by
 * calendar year, in `currency` (the latest year not after the period's, before the first the first, as a
 * deck's table); from `activeFrom` (a period that starts on or after it). Uncontracted revenue of its own.
 */
export const eprSchema = z.strictObject({
  activeFrom: calendarDate(),
  kgPerTonneRecovered: z.partialRecord(z.enum(METALS), nonNegative()),
  currency: currency(),
  pricePerKg: z.array(z.strictObject({ year: z.number().int().min(1990).max(2200), pricePerKg: nonNegative() })).min(1, { message: 'needs at least one year' }).max(60),
  /** Where the eligibility and prices came from (say plainly when an assumption). */
  source: z.string().max(1000).optional()
})

export type Epr = z.infer<typeof eprSchema>
