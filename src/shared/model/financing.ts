import { z } from 'zod'
import { decimalString, fraction, id, nonNegative, requiredText, text } from './primitives'
import { MAX_TRANCHES, trancheSchema } from './tranches'

export const financingSchema = z.strictObject({
  /**
   * Aggregate sizing in the reporting currency (§7, §10). gearing: debt = gearing × uses. sculpted:
   * debt = PV(CFADS / targetDscr), capped at gearing × uses.
   */
  sizing: z.enum(['gearing', 'sculpted']),
  /** Debt share of uses; the cap when sizing is sculpted. Below 100 %. */
  gearing: decimalString({ min: '0', max: '1', maxExclusive: true }),
  targetDscr: decimalString({ min: '0', minExclusive: true, max: '10' }),
  /** 1–4 senior tranches, pari passu (version 3; a version-2 file's single debt is one tranche). */
  tranches: z.array(trancheSchema).min(1, { message: 'needs at least one tranche' }).max(MAX_TRANCHES, { message: `at most ${MAX_TRANCHES} tranches` }),
  dsra: z.strictObject({ enabled: z.boolean(), months: z.number().int().min(0).max(24) }),
  /** Capital grants (e.g. a capex subsidy), phased like capex; they reduce uses first. */
  grants: z.array(z.strictObject({ id: id(), name: requiredText(), amount: nonNegative(), notes: text(1000).optional() })).max(20)
})

export const valuationSchema = z.strictObject({
  /** Annual effective discount rate for NPV. */
  discountRate: decimalString({ min: '-0.5', max: '1' })
})

/** The lender's covenant and sizing thresholds the bankability checklist grades against. */
export const lenderSchema = z.strictObject({
  presetId: id().nullable(),
  minDscr: decimalString({ min: '0', max: '10' }),
  lockupDscr: decimalString({ min: '0', max: '10' }),
  minLlcr: decimalString({ min: '0', max: '10' }),
  maxGearing: fraction(),
  dsraMonths: z.number().int().min(0).max(24),
  minBankableCoverage: fraction(),
  /**
   * Lowest supply coverage over the loan life the lender accepts (methodology §13: committed feed /
   * feed processed). Absent = 0, so a file without it keeps its grades.
   */
  minSupplyCoverage: fraction().optional()
})

