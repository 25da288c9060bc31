import { z } from 'zod'
import { CREDIT_RATINGS } from './metals'
import { annualRate, calendarDate, fraction, id, nonNegative, requiredText, signedAmount, text } from './primitives'

/**
 * A feedstock supply contract (methodology §13): a supplier commits part of one stream's feed, for a
 * tenor, at a price of its own. It changes no physical flow — the stream's nameplate and ramp-up still
 * set the feed, and a capacity cut what is processed — only who the committed tonnes come from and what
 * they cost. Amounts are in the reporting currency per unit (converters) or per tonne of input
 * (batteries), as the stream's own purchase terms are.
 *
 * - `volume`: tonnes of input per year (`tonnesPerYear · m/12` a period), or a share of the stream's
 *   processed feed; the contracts on a stream are served in list order, each receiving
 *   `min(asked, feed not yet committed)`.
 * - `price`: `fixed` — a price escalated on the anniversaries of the start date (negative = a gate fee
 *   the recycler receives); `pctOfContained` — a share of the contained metal value at the deck price,
 *   per unit of feed, clamped to a nominal floor and cap (null = none).
 * - `rating`: the supplier's counterparty rating (S&P/Fitch scale).
 */
export const supplyContractSchema = z.strictObject({
  id: id(),
  supplier: requiredText(),
  streamId: id(),
  rating: z.enum(CREDIT_RATINGS),
  volume: z.discriminatedUnion('basis', [
    z.strictObject({ basis: z.literal('share'), share: fraction() }),
    z.strictObject({ basis: z.literal('fixed'), tonnesPerYear: nonNegative() })
  ]),
  startDate: calendarDate(),
  endDate: calendarDate(),
  price: z.discriminatedUnion('basis', [
    z.strictObject({ basis: z.literal('fixed'), pricePerQuantity: signedAmount(), escalation: annualRate() }),
    z.strictObject({ basis: z.literal('pctOfContained'), pctOfContained: fraction(), floorPerQuantity: nonNegative().nullable(), capPerQuantity: nonNegative().nullable() })
  ]),
  notes: text(4000).optional()
})

export type SupplyContract = z.infer<typeof supplyContractSchema>
