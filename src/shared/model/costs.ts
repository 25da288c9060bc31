import { z } from 'zod'
import { annualRate, decimalString, fraction, id, nonNegative, requiredText } from './primitives'

export const TAX_BLOCKS = ['depreciable', 'land'] as const
export type TaxBlock = (typeof TAX_BLOCKS)[number]
export const MAINTENANCE_TAX_TREATMENTS = ['expensed', 'capitalised'] as const
export type MaintenanceTaxTreatment = (typeof MAINTENANCE_TAX_TREATMENTS)[number]

/** All cost inputs are in the reporting currency, in money of the start date (escalated by the engine). */
export const costsSchema = z.strictObject({
  capex: z.strictObject({
    items: z.array(z.strictObject({
      id: id(),
      name: requiredText(),
      amount: nonNegative(),
      /** Tax asset block (methodology §6): land is a use of funds but never depreciated. Absent = depreciable (files before it keep their results). */
      taxBlock: z.enum(TAX_BLOCKS).optional()
    })).min(1, { message: 'needs at least one capex item' }).max(200),
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
  /**
   * Maintenance capex for tax (methodology §6): 'capitalised' joins the depreciable pool at the end of
   * the period it is spent, depreciated from the next; 'expensed' is deducted in the period. Absent =
   * 'expensed', the rule before the field existed, so older files keep their results.
   */
  maintenanceCapex: z.enum(MAINTENANCE_TAX_TREATMENTS).optional(),
  depreciation: z.discriminatedUnion('method', [
    z.strictObject({ method: z.literal('straightLine'), years: z.number().int().min(1).max(50) }),
    z.strictObject({ method: z.literal('wdv'), rate: fraction() })
  ])
})
