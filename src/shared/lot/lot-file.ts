import { z } from 'zod'
import { DECIMAL_STRING_PATTERN, Decimal } from '../decimal'
import { calendarDate, currency, decimalString, fraction, id, nonNegative, positive, requiredText, text } from '../model/primitives'
import type { ParseResult } from '../model/project'
import { formatPath } from '../model/project'

/**
 * Lot files: one feedstock lot as a refiner or black-mass buyer settles it. Decimal strings for every
 * amount, fractions for shares, strict objects (unknown keys are errors), a `kind` and a `schemaVersion`.
 * Money is in the lot's `currency` (the currency the prices are quoted in).
 */
export const LOT_SCHEMA_VERSION = 1

/** A Decimal when the value is a valid decimal string, else null (its own field already reported it). */
const safeDec = (s: unknown): Decimal | null => (typeof s === 'string' && DECIMAL_STRING_PATTERN.test(s) ? new Decimal(s) : null)

/** ppm can exceed 1,000,000 only by mistake: cap at 100 % of the material. */
const ppm = () => decimalString({ min: '0', max: '1000000' })

const pgmAssaySchema = z.strictObject({
  /** Settlement assay in ppm (g/t) on the net dry weight. */
  ppm: ppm(),
  /** Returnable (payable) share of the contained metal. */
  returnFraction: fraction(),
  /** Price per troy ounce at the pricing date, in the lot currency. */
  pricePerToz: nonNegative(),
  /** Refining charge per payable troy ounce, in the lot currency. */
  refiningChargePerToz: nonNegative()
})

const lotChargeSchema = z.strictObject({ name: requiredText(), amount: nonNegative() })

/** Early payment against the refining date: cost = advance share × value × annual rate × days / 365. */
export const advanceSchema = z.strictObject({
  advanceFraction: fraction(),
  annualRate: decimalString({ min: '0', max: '1' }),
  days: z.number().int().min(0).max(3650)
})

export const catalystLotSchema = z
  .strictObject({
    schemaVersion: z.literal(LOT_SCHEMA_VERSION),
    kind: z.literal('catalyst-lot'),
    id: id(),
    name: requiredText(),
    currency: currency(),
    pricingDate: calendarDate(),
    notes: text(4000).optional(),
    weights: z.strictObject({
      /** Gross kg after decanning (informational; the settlement uses net wet and net dry). */
      grossKg: nonNegative(),
      /** Net wet kg after milling, debris removed: the basis of the treatment charge. */
      netWetKg: positive(),
      /** Moisture as a fraction of the net wet weight; net dry = net wet × (1 − moisture). */
      moistureFraction: decimalString({ min: '0', max: '1', maxExclusive: true })
    }),
    assays: z
      .strictObject({ Pt: pgmAssaySchema.optional(), Pd: pgmAssaySchema.optional(), Rh: pgmAssaySchema.optional() })
      .refine((a) => a.Pt !== undefined || a.Pd !== undefined || a.Rh !== undefined, { message: 'needs at least one assayed metal (Pt, Pd or Rh)' }),
    /** Treatment charge per net wet kg, in the lot currency. */
    treatmentChargePerWetKg: nonNegative(),
    lotCharges: z.array(lotChargeSchema).max(50),
    advance: advanceSchema.nullable()
  })
  .superRefine((lot, ctx) => {
    const gross = safeDec(lot.weights.grossKg)
    const netWet = safeDec(lot.weights.netWetKg)
    // A gross weight of 0 means "not recorded"; otherwise milling cannot add mass.
    if (gross && netWet && gross.gt(0) && netWet.gt(gross))
      ctx.addIssue({ code: 'custom', path: ['weights', 'netWetKg'], message: 'is more than the gross weight' })
  })

/** Price of a black-mass index in the lot currency per `unit` of metal (or of LCE for lithium). */
const indexPriceSchema = z.strictObject({ amount: nonNegative(), per: z.enum(['t', 'kg', 'lb']) })

/**
 * Black-mass payables (domain B7). `li-separate`: Ni and Co payables on their indices plus a Li payable
 * as a share of the Li2CO3 (LCE) price on the contained LCE. `li-inclusive`: the Ni/Co payables already
 * include the buyer's payment for lithium, and Li itself is not paid separately.
 */
export const blackMassPayablesSchema = z.discriminatedUnion('convention', [
  z.strictObject({ convention: z.literal('li-separate'), nickel: fraction(), cobalt: fraction(), lithiumOfLce: fraction() }),
  z.strictObject({ convention: z.literal('li-inclusive'), nickel: fraction(), cobalt: fraction() })
])

export const blackMassLotSchema = z
  .strictObject({
    schemaVersion: z.literal(LOT_SCHEMA_VERSION),
    kind: z.literal('black-mass-lot'),
    id: id(),
    name: requiredText(),
    currency: currency(),
    pricingDate: calendarDate(),
    notes: text(4000).optional(),
    /** Dry tonnes of black mass in the lot. */
    dryTonnes: positive(),
    /** Metal grades as mass fractions of the dry black mass. */
    grades: z.strictObject({ Ni: fraction(), Co: fraction(), Li: fraction() }),
    prices: z.strictObject({
      /** Nickel index (e.g. LME Ni cash official). */
      nickel: indexPriceSchema,
      /** Cobalt index (e.g. Fastmarkets standard grade, low end), often quoted per lb. */
      cobalt: indexPriceSchema,
      /** Battery-grade Li2CO3 per unit of LCE (e.g. CIF China/Japan/Korea). */
      lithiumCarbonate: indexPriceSchema
    }),
    payables: blackMassPayablesSchema,
    lotCharges: z.array(lotChargeSchema).max(50)
  })
  .superRefine((lot, ctx) => {
    const g = lot.grades
    const total = [g.Ni, g.Co, g.Li].reduce((a, x) => a.plus(safeDec(x) ?? 0), new Decimal(0))
    if (total.gt(1)) ctx.addIssue({ code: 'custom', path: ['grades'], message: 'grades add up to more than 100 %' })
  })

export const lotFileSchema = z.discriminatedUnion('kind', [catalystLotSchema, blackMassLotSchema])
export type CatalystLot = z.infer<typeof catalystLotSchema>
export type BlackMassLot = z.infer<typeof blackMassLotSchema>
export type LotFile = z.infer<typeof lotFileSchema>
export type BlackMassPayables = z.infer<typeof blackMassPayablesSchema>
export type IndexPrice = z.infer<typeof indexPriceSchema>

/** Validate a parsed lot document; every problem comes back with its path. */
export function parseLotFile(input: unknown): ParseResult<LotFile> {
  if (typeof input === 'object' && input !== null && 'schemaVersion' in input) {
    const v = (input as { schemaVersion: unknown }).schemaVersion
    if (typeof v === 'number' && v > LOT_SCHEMA_VERSION)
      return { ok: false, issues: [{ path: 'schemaVersion', message: 'created by a newer version of Bankable — update the app' }] }
  }
  const r = lotFileSchema.safeParse(input)
  if (r.success) return { ok: true, value: r.data }
  return { ok: false, issues: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) }
}
