import { z } from 'zod'
import { annualRate, calendarDate, currency, decimalString, id, nonNegative, requiredText, text, year } from './primitives'

/**
 * Price of one product in a deck, in the deck's currency per product unit (toz for PGMs, t otherwise):
 * `basePricePerUnit` in `baseYear`, or a table of `price` per year (same unit).
 */
export const productPriceSchema = z.discriminatedUnion('mode', [
  z.strictObject({ productId: id(), mode: z.literal('escalating'), basePricePerUnit: nonNegative(), baseYear: year(), escalation: annualRate() }),
  z.strictObject({
    productId: id(),
    mode: z.literal('table'),
    points: z.array(z.strictObject({ year: year(), price: nonNegative() })).min(1, { message: 'needs at least one year' }).max(200)
  })
])

/**
 * Price of one by-product kind in a deck (methodology §13), in the deck's currency per tonne of
 * by-product, per calendar year: the latest listed year not after the period's, before the first the
 * first (as a product's table). `byproductId` is the kind's id in the reference library
 * (resources/reference/byproducts.json, e.g. `li-copper-foil`), which a stream's by-product line names in
 * its `kind`.
 */
export const byproductPriceSchema = z.strictObject({
  byproductId: id(),
  points: z.array(z.strictObject({ year: year(), pricePerTonne: nonNegative() })).min(1, { message: 'needs at least one year' }).max(200)
})
export type ByproductPrice = z.infer<typeof byproductPriceSchema>

/**
 * The EPR certificate price series of a deck (India BWMR 2022; methodology §13): a price per kg of
 * certificate by calendar year (the latest listed year not after the period's, before the first the
 * first), in its own stated `currency` (certificates trade in INR whatever the metals' deck currency).
 * When the deck a case prices with has one, it prices the project's EPR certificates; without one the EPR
 * block's own `pricePerKg` does (every file before deck EPR prices keeps its figures).
 */
export const eprDeckPriceSchema = z.strictObject({
  currency: currency(),
  points: z.array(z.strictObject({ year: year(), pricePerKg: nonNegative() })).min(1, { message: 'needs at least one year' }).max(60),
  /** Where the prices came from (say plainly when an assumption: no public series exists). */
  source: text(1000).optional()
})
export type EprDeckPrice = z.infer<typeof eprDeckPriceSchema>

export const priceDeckSchema = z.strictObject({
  id: id(),
  name: requiredText(),
  currency: currency(),
  source: text(1000),
  asOf: calendarDate(),
  prices: z.array(productPriceSchema).max(50),
  /** By-product prices (§13); absent = none (a sold by-product then needs its own price on its line). */
  byproductPrices: z.array(byproductPriceSchema).max(50).optional(),
  /** EPR certificate prices (§13); absent = the EPR block's own prices apply. */
  eprPrices: eprDeckPriceSchema.optional()
})

const multiplier = () => decimalString({ min: '0', max: '100' })

/** Price scenario: multipliers on the active deck, on all products and per product (they compound). */
export const priceScenarioSchema = z.strictObject({
  id: id(),
  name: requiredText(),
  allMultiplier: multiplier(),
  productMultipliers: z.array(z.strictObject({ productId: id(), multiplier: multiplier() })).max(50)
})

export const pricesSchema = z.strictObject({
  decks: z.array(priceDeckSchema).min(1, { message: 'needs at least one price deck' }).max(50),
  activeDeckId: id(),
  scenarios: z.array(priceScenarioSchema).max(50),
  /** null = the deck as it is. */
  activeScenarioId: id().nullable()
})

/**
 * Units of currency per 1 USD by calendar year (first applies before). USD is always 1. After the last
 * listed year the rate moves by `annualDepreciation` a year (version 3; a convenience for an FX path:
 * 0.03 = the currency loses 3 % a year against USD, so units per USD grow by 3 %); at 0 the last repeats,
 * as in version 2 (absent = 0).
 */
export const fxSchema = z.strictObject({
  rates: z
    .array(
      z.strictObject({
        currency: z.enum(['INR', 'JPY']),
        points: z.array(z.strictObject({ year: year(), perUsd: decimalString({ min: '0', minExclusive: true, max: '1000000' }) })).min(1).max(200),
        annualDepreciation: decimalString({ min: '-0.5', max: '1' }).optional()
      })
    )
    .max(2)
})
