import { z } from 'zod'
import { annualRate, decimalString, fraction, id, nonNegative, requiredText } from './primitives'

/** All cost inputs are in the reporting currency, in money of the start date (escalated by the engine). */
export const costsSchema = z.strictObject({
  capex: z.strictObject({
    items: z.array(z.strictObject({ id: id(), name: requiredText(), amount: nonNegative() })).min(1, { message: 'needs at least one capex item' }).max(200),
    contingency: fraction(),
    /** Share of capex spent in each construction period; empty = even. Must sum to 1. */
    phasing: z.array(fraction()).max(240)
  }),
  opex: z.strictObject({
    fixedPerYear: nonNegative(),
    variablePerTonne: nonNegative(),
    /** Per converter handled (catalyst streams only). */
    variablePerUnit: nonNegative(),
    treatmentPerTonne: nonNegative(),
    escalation: annualRate()
  }),
  maintenanceCapexPerYear: nonNegative(),
  workingCapital: z.strictObject({
    receivableDays: decimalString({ min: '0', max: '365' }),
    inventoryDays: decimalString({ min: '0', max: '365' }),
    payableDays: decimalString({ min: '0', max: '365' })
  })
})

export const taxSchema = z.strictObject({
  rate: fraction(),
  depreciation: z.discriminatedUnion('method', [
    z.strictObject({ method: z.literal('straightLine'), years: z.number().int().min(1).max(50) }),
    z.strictObject({ method: z.literal('wdv'), rate: fraction() })
  ])
})
