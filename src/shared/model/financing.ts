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
  /**
   * DSRA (§7, §11): the next `months` of debt service, held in cash (funded by equity at COD) or by a
   * letter of credit — `lcFeeRate` p.a. on its face amount, draws reimbursed before distributions with
   * interest at `lcDrawRate` p.a. Without `form` the DSRA is cash (a version-3 file's reading).
   */
  dsra: z.strictObject({
    enabled: z.boolean(), months: z.number().int().min(0).max(24),
    form: z.enum(['cash', 'lc']).optional(),
    lcFeeRate: decimalString({ min: '0', max: '0.2' }).optional(),
    lcDrawRate: decimalString({ min: '0', max: '0.5' }).optional()
  }),
  /**
   * The cash waterfall's other terms (§11); each is off when absent, so a file without them keeps its
   * results (a shortfall is then funded by the DSRA and sponsor support).
   */
  waterfall: z.strictObject({
    /** Maintenance reserve: the next `months` of maintenance capex, built from cash. */
    mraMonths: z.number().int().min(1).max(24).optional(),
    /** Working-capital facility: a revolving limit in the reporting currency at `rate` p.a., repaid before distributions. */
    wcFacility: z.strictObject({ limit: nonNegative(), rate: decimalString({ min: '0', max: '0.5' }) }).optional(),
    /** Lock-up: distributions trapped while the period (or trailing 12-month) DSCR is below `dscr`; released after `releaseAfterPeriods` consecutive passes. */
    lockup: z.strictObject({
      dscr: decimalString({ min: '0', minExclusive: true, max: '10' }),
      test: z.enum(['period', 'trailing-12m']),
      releaseAfterPeriods: z.number().int().min(1).max(24)
    }).optional(),
    /**
     * Cash sweep: `share` of the cash left after reserves (and the facility) prepays senior debt — in
     * every period (`trigger` null) or only while the test DSCR is below `trigger` — pro rata across the
     * tranches by reporting-currency balance, or into the tranche whose id `allocation` names (spilling to
     * the others once it is repaid). Prepayments retire the last instalments first (docs/methodology.md §11).
     */
    sweep: z.strictObject({
      share: decimalString({ min: '0', minExclusive: true, max: '1' }),
      trigger: decimalString({ min: '0', minExclusive: true, max: '10' }).nullable(),
      allocation: z.union([z.literal('pro-rata'), id()])
    }).optional()
  }).optional(),
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

