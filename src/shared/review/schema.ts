import { z } from 'zod'
import { priceDeckSchema } from '../model/prices'
import { lenderSchema } from '../model/financing'
import { decimalString, id, requiredText, text } from '../model/primitives'

/**
 * The review file format version. A newer file is refused with a clear message (no silent guessing);
 * an older one is upgraded (upgrade.ts). 2: the reviewer's deck uses project file version 2 names.
 */
export const REVIEW_SCHEMA_VERSION = 2
export const REVIEW_FORMAT = 'bankable-review'

/** Workspace sections a note can be attached to (the app's section ids). */
export const REVIEW_SECTIONS = ['feedstock', 'recovery', 'prices', 'offtake', 'costs', 'financing', 'results', 'scenarios', 'sheet'] as const
export type ReviewSection = (typeof REVIEW_SECTIONS)[number]

export const NOTE_STATUSES = ['accepted', 'query', 'rejected'] as const
export type NoteStatus = (typeof NOTE_STATUSES)[number]

const sha256 = () => z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 digest (64 lowercase hex digits)' })
const isoTime = () => z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, { message: 'must be a UTC time like 2025-06-30T12:00:00Z' })
/** A haircut is a fraction taken off (0.2 = −20 %); an overrun a fraction added (0.15 = +15 %). */
const haircut = () => decimalString({ min: '0', max: '1' })

/**
 * The reviewer's own case, applied on top of the recycler's project without changing it: their price
 * deck (or the project's active deck when null), haircuts, a start-up delay, their lender thresholds,
 * and whether debt is re-sized (default: held at the recycler's base case, as a lender tests a loan as sized).
 */
export const reviewCaseSchema = z.strictObject({
  /** The reviewer's deck, priced for the project's products; null = the project's active deck. */
  priceDeck: priceDeckSchema.nullable(),
  priceHaircut: haircut(),
  recoveryHaircut: haircut(),
  volumeHaircut: haircut(),
  capexOverrun: decimalString({ min: '0', max: '5' }),
  /** Months by which production starts later than planned (debt service keeps its schedule). */
  delayMonths: z.number().int().min(0).max(60),
  /** The reviewer's covenant thresholds (from a lender preset, possibly edited). */
  lender: lenderSchema,
  resizeDebt: z.boolean(),
  /**
   * FX stress (issue 14), each optional (absent = none, so a review without it is the format-2 file it always
   * was): a multiplier on every FX rate (units per USD; > 1 weakens INR/JPY), and INR/JPY weakening by this
   * fraction a year from financial close (the scenario fields of the same names, methodology §3).
   */
  fxMultiplier: decimalString({ min: '0.1', max: '10' }).optional(),
  fxDepreciationPerYear: decimalString({ min: '-0.5', max: '1' }).optional()
})
export type ReviewCase = z.infer<typeof reviewCaseSchema>

/** A finding on a section, or on one input by its model path (`financing.annualRate`). */
export const reviewNoteSchema = z.strictObject({
  id: id(),
  section: z.enum(REVIEW_SECTIONS),
  /** Model path as `parseProject` reports it; null = the section as a whole. */
  path: z.string().regex(/^[A-Za-z0-9_.-]{1,200}$/, { message: 'must be a model path like financing.annualRate' }).nullable(),
  status: z.enum(NOTE_STATUSES),
  text: requiredText(4000),
  createdAt: isoTime()
})
export type ReviewNote = z.infer<typeof reviewNoteSchema>

/** What the review file holds, before its checksum. */
export const reviewBodySchema = z.strictObject({
  format: z.literal(REVIEW_FORMAT),
  schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
  /** The project reviewed: its id, its name at the time, and SHA-256 of its project-file text. */
  project: z.strictObject({ id: id(), name: requiredText(), sha256: sha256() }),
  reviewer: z.strictObject({ name: text(200), organisation: text(200) }),
  createdAt: isoTime(),
  updatedAt: isoTime(),
  reviewCase: reviewCaseSchema,
  notes: z.array(reviewNoteSchema).max(500),
  /** The reviewer's overall conclusion. */
  summary: text(4000)
})
export type ReviewBody = z.infer<typeof reviewBodySchema>

/** The file: the body plus SHA-256 of the body's canonical text, so an edited or damaged file is caught. */
export const reviewFileSchema = reviewBodySchema.extend({ checksum: sha256() }).strict()
export type ReviewFile = z.infer<typeof reviewFileSchema>
