import { z } from 'zod'
import { fraction, id, nonNegative } from './primitives'

/**
 * A processing capacity (methodology §13): tonnes of input per year that the plant (routeId null) or
 * one route's line can take, and the share of the year it is available. Feed above
 * `tonnesPerYear · availability · m/12` in a period is cut pro rata across the streams it serves and
 * not bought.
 */
export const capacitySchema = z.strictObject({
  id: id(),
  /** The route whose streams share this capacity; null = the whole plant (every stream). */
  routeId: id().nullable(),
  tonnesPerYear: nonNegative(),
  availability: fraction()
})

/** The plant's capacities: at most one for the whole plant and one per route. Absent or empty = no limit (files before it keep their figures). */
export const plantSchema = z.strictObject({
  capacities: z.array(capacitySchema).max(51)
})
