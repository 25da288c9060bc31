import { z } from 'zod'
import { currency, decimalString, fraction, id, requiredText, year, type Currency } from './primitives'

/**
 * One senior debt tranche (methodology §10; project file version 3). Tranches rank pari passu; their
 * `share`s of the senior debt add up to 1. Amounts a tranche draws, owes and pays are held in its own
 * `currency`; the engine translates them to the reporting currency (unhedged: at each period's FX;
 * hedged by a cross-currency swap: at the financial-close FX, plus `hedge.annualCost` on the balance).
 */
export const LENDER_TYPES = ['eca', 'dfi', 'commercialBank', 'other'] as const
export type LenderType = (typeof LENDER_TYPES)[number]

/** Nominal annual rate, compounded per period: 0 to 50 %, as the v2 all-in rate. */
const debtRate = () => decimalString({ min: '0', max: '0.5' })

export const trancheInterestSchema = z.discriminatedUnion('kind', [
  /** All-in annual rate (base + margin) for the whole life of the tranche. */
  z.strictObject({ kind: z.literal('fixed'), annualRate: debtRate() }),
  /**
   * A base rate per calendar year (the latest listed year not after the period's, else the first —
   * as the FX table) plus a margin; the all-in rate is floored at 0.
   */
  z.strictObject({
    kind: z.literal('floating'),
    baseRates: z.array(z.strictObject({ year: year(), annualRate: decimalString({ min: '-0.05', max: '0.5' }) })).min(1, { message: 'needs at least one year' }).max(100),
    marginAnnualRate: decimalString({ min: '0', max: '0.2' })
  })
])

export const trancheSchema = z.strictObject({
  id: id(),
  name: requiredText(),
  lenderType: z.enum(LENDER_TYPES, { error: 'must be one of eca, dfi, commercialBank, other' }),
  currency: currency(),
  /** Share of the senior debt (a fraction above 0; all tranches add up to 1). */
  share: decimalString({ min: '0', minExclusive: true, max: '1' }),
  interest: trancheInterestSchema,
  /** Upfront fee as a share of each drawdown (funded like capex). */
  upfrontFee: fraction(),
  /** Commitment fee, % p.a. on the undrawn commitment during construction (funded like capex). */
  commitmentFeeAnnualRate: decimalString({ min: '0', max: '0.05' }),
  /** ECA / insurance premium (NEXI-style cover) as a share of the tranche amount, paid at first drawdown, funded as a use. */
  ecaPremium: decimalString({ min: '0', max: '0.3' }),
  tenorYears: z.number().int().min(1).max(40),
  /** Months from COD before the tranche's first principal repayment (a multiple of the period length). */
  graceMonths: z.number().int().min(0).max(120),
  repayment: z.enum(['annuity', 'equal', 'sculpted']),
  /** Cross-currency swap into the reporting currency at the financial-close FX; cost % p.a. on the balance. */
  hedge: z.strictObject({ hedged: z.boolean(), annualCost: decimalString({ min: '0', max: '0.2' }) })
})
export type Tranche = z.infer<typeof trancheSchema>

/** Shares must add up to 1 within this tolerance (typed percentages such as 33.3333 % + 66.6667 %). */
export const TRANCHE_SHARE_TOLERANCE = '1e-9'
export const MAX_TRANCHES = 4

/**
 * When the reporting currency changes from `from` to `to`, the tranches lent in `from` move with it
 * (a version-2 project's single debt was "in the reporting currency"; changing that currency kept the
 * debt in it). Tranches in another currency keep theirs. Changes `financing` in place.
 */
export function followReportingCurrency(financing: { tranches: Tranche[] }, from: Currency, to: Currency): void {
  for (const t of financing.tranches) {
    if (t.currency !== from) continue
    t.currency = to
    if (to === from) continue
    t.hedge = { ...t.hedge, hedged: false } // a reporting-currency tranche has nothing to hedge
  }
}
