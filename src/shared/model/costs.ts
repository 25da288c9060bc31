import { z } from 'zod'
import { annualRate, decimalString, fraction, id, nonNegative, requiredText } from './primitives'

/**
 * The two tax blocks every project has (methodology §6, §14): `depreciable`, the general pool at
 * `tax.depreciation`, and `land`, a use of funds never depreciated. A project may add its own blocks
 * (`tax.blocks`), each with its own method and rate; a capex item names one of the three kinds by id.
 */
export const TAX_BLOCKS = ['depreciable', 'land'] as const
export type TaxBlock = (typeof TAX_BLOCKS)[number]
/** The general pool's id: where capex without a `taxBlock` goes (and capitalised maintenance without a `maintenanceBlock`). */
export const GENERAL_POOL: TaxBlock = 'depreciable'
export const LAND_BLOCK: TaxBlock = 'land'
export const MAINTENANCE_TAX_TREATMENTS = ['expensed', 'capitalised'] as const
export type MaintenanceTaxTreatment = (typeof MAINTENANCE_TAX_TREATMENTS)[number]

/** All cost inputs are in the reporting currency, in money of the start date (escalated by the engine). */
export const costsSchema = z.strictObject({
  capex: z.strictObject({
    items: z.array(z.strictObject({
      id: id(),
      name: requiredText(),
      amount: nonNegative(),
      /**
       * Tax asset block (methodology §6, §14): 'depreciable' (the general pool), 'land' (a use of funds,
       * never depreciated) or the id of one of `tax.blocks`. Absent = depreciable (files before it keep their results).
       */
      taxBlock: id().optional()
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

/** How a pool or block is depreciated: straight line over whole years from COD, or written-down value at an annual rate. */
export const depreciationSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('straightLine'), years: z.number().int().min(1).max(50) }),
  z.strictObject({ method: z.literal('wdv'), rate: fraction() })
])
export type DepreciationRule = z.infer<typeof depreciationSchema>

/** A tax asset block of its own (methodology §14): e.g. buildings at WDV 10 %, plant and machinery at WDV 15 % (India, IT Act Appendix I). */
export const taxAssetBlockSchema = z.strictObject({
  /** Referred to by capex items' `taxBlock` and by `tax.maintenanceBlock`; never 'depreciable' or 'land'. */
  id: id(),
  name: requiredText(),
  depreciation: depreciationSchema
})
export type TaxAssetBlock = z.infer<typeof taxAssetBlockSchema>

export const taxSchema = z.strictObject({
  /** Corporate tax rate (effective, with surcharge and cess). */
  rate: fraction(),
  /**
   * Maintenance capex for tax (methodology §6): 'capitalised' joins the depreciable pool at the end of
   * the period it is spent, depreciated from the next; 'expensed' is deducted in the period. Absent =
   * 'expensed', the rule before the field existed, so older files keep their results.
   */
  maintenanceCapex: z.enum(MAINTENANCE_TAX_TREATMENTS).optional(),
  /** The general pool's method (capex items without a block of their own). */
  depreciation: depreciationSchema,
  /** Asset blocks of their own (methodology §14). Absent or empty = the general pool alone, as before. */
  blocks: z.array(taxAssetBlockSchema).max(20).optional(),
  /** The block capitalised maintenance joins: 'depreciable' or a block id. Absent = the general pool. */
  maintenanceBlock: id().optional(),
  /**
   * Business losses may be set off for this many tax years after the year they arose (India s.72: 8),
   * oldest first; unabsorbed depreciation never expires (s.32(2)). Absent = no expiry, as before.
   */
  lossExpiryYears: z.number().int().min(1).max(40).optional(),
  /** A tax holiday: `years` from COD taxed at `rate` instead of `tax.rate` (0 = no tax). Absent = none. */
  holiday: z.strictObject({ years: z.number().int().min(1).max(40), rate: fraction() }).optional()
})
