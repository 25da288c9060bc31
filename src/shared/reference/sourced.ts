import { z } from 'zod'
import { decimalString, isRealCalendarDate } from '../model/primitives'

/**
 * Every reference value carries where it came from. Confidence tags (domain.md):
 * P primary, S secondary, D derived from sourced inputs (arithmetic in `note`), C constructed or judgement.
 */
export const CONFIDENCE_TAGS = ['P', 'S', 'D', 'C'] as const
export type Confidence = (typeof CONFIDENCE_TAGS)[number]

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a real date), or `undated` when the source gives none. */
export const referenceDate = () =>
  z
    .string()
    .regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|undated)$/, { message: 'must be YYYY, YYYY-MM, YYYY-MM-DD or "undated"' })
    .refine((d) => d.length !== 10 || isRealCalendarDate(d), { message: 'is not a real calendar date' })

export const sourcedValueSchema = z.strictObject({
  value: decimalString({ min: '-1000000000', max: '1000000000' }),
  unit: z.string().min(1),
  source: z.string().min(10, { message: 'must name a source (URL or citation)' }),
  date: referenceDate(),
  confidence: z.enum(CONFIDENCE_TAGS),
  note: z.string().min(1).optional(),
  /** true = no published figure; a stated judgement to agree with the counterparty. */
  judgement: z.boolean().optional()
})
export type SourcedValue = z.infer<typeof sourcedValueSchema>

/** A sourced value whose unit must be one of `units` and whose value lies in [min, max]. */
export const sourced = (units: readonly [string, ...string[]], min = '0', max = '1000000000') =>
  sourcedValueSchema.extend({ value: decimalString({ min, max }), unit: z.enum(units) })

/** A sourced fraction (0–1). */
export const sourcedFraction = (units: readonly [string, ...string[]] = ['fraction']) => sourced(units, '0', '1')

/** "Taken from a judgement" must say so: confidence C and judgement=true go together. */
export const isJudgementConsistent = (v: SourcedValue): boolean => (v.judgement === true ? v.confidence === 'C' && v.source.startsWith('Judgement') : true)
