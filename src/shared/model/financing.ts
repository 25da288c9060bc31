import { z } from 'zod'
import { decimalString, fraction, id, nonNegative, requiredText, text } from './primitives'

export const financingSchema = z.strictObject({
  /** gearing: debt = gearing × uses. sculpted: debt = PV(CFADS / targetDscr), capped at gearing × uses. */
  sizing: z.enum(['gearing', 'sculpted']),
  /** Debt share of uses; the cap when sizing is sculpted. Below 100 %. */
  gearing: decimalString({ min: '0', max: '1', maxExclusive: true }),
  targetDscr: decimalString({ min: '0', minExclusive: true, max: '10' }),
  /** All-in annual interest rate (base + margin), nominal, compounded per period. */
  annualRate: decimalString({ min: '0', max: '0.5' }),
  tenorYears: z.number().int().min(1).max(40),
  /** Months from COD before the first principal repayment (a multiple of the period length). */
  graceMonths: z.number().int().min(0).max(120),
  repayment: z.enum(['annuity', 'equal', 'sculpted']),
  /** Upfront fee as a share of each drawdown (funded like capex). */
  upfrontFee: fraction(),
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
  minBankableCoverage: fraction()
})

