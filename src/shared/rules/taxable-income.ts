import type { Decimal } from '../decimal'
import { ZERO } from '../decimal'
import type { MaintenanceTaxTreatment } from '../model'

/**
 * Taxable income before losses (methodology §6): EBITDA − depreciation − interest paid − maintenance
 * capex deducted, in an operating period; it is the `before` that the tax-with-losses step
 * (`rules/tax-with-losses.ts`) takes. The three forms — Decimal for the engine (`engine/schedule.ts`),
 * float for the Monte Carlo path (`analysis/monte-carlo/fast-eval.ts`), Excel for the workbook's Tax
 * sheet — are one rule; `tests/shared/rules/taxable-income.test.ts` holds them to each other.
 */
export const taxableBeforeLosses = (ebitda: Decimal, depreciation: Decimal, interest: Decimal, maintenanceDeducted: Decimal): Decimal =>
  ebitda.minus(depreciation).minus(interest).minus(maintenanceDeducted)
export const taxableBeforeLossesFloat = (ebitda: number, depreciation: number, interest: number, maintenanceDeducted: number): number =>
  ebitda - depreciation - interest - maintenanceDeducted
export const taxableBeforeLossesExcel = (ebitda: string, depreciation: string, interest: string, maintenanceDeducted: string): string =>
  `${ebitda}-${depreciation}-${interest}-${maintenanceDeducted}`

/**
 * The part of a period's maintenance capex deducted from taxable income (methodology §6, §14): all of
 * it when expensed (absent = 'expensed', the rule of files written before the choice existed), none
 * when capitalised — it then joins the depreciable pool at the end of the period instead
 * (`engine/depreciation.ts`). CFADS takes the whole amount either way: it is cash spent.
 * The Excel form reads the live switch `Maint_Tax` ('capitalised' or 'expensed') on Inputs.
 */
export const maintenanceDeducted = (treatment: MaintenanceTaxTreatment | undefined, maintenanceCapex: Decimal): Decimal =>
  treatment === 'capitalised' ? ZERO : maintenanceCapex
export const maintenanceDeductedFloat = (treatment: MaintenanceTaxTreatment | undefined, maintenanceCapex: number): number =>
  treatment === 'capitalised' ? 0 : maintenanceCapex
export const maintenanceDeductedExcel = (maintenanceCapex: string, switchName = 'Maint_Tax'): string =>
  `IF(${switchName}="capitalised",0,${maintenanceCapex})`
/** What is capitalised is what is not deducted: the pool's addition of the period. */
export const maintenanceCapitalisedExcel = (maintenanceCapex: string, deducted: string): string => `${maintenanceCapex}-${deducted}`
