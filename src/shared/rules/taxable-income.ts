import type { Decimal } from '../decimal'

/**
 * Taxable income before losses (methodology §6): EBITDA − depreciation − interest paid − maintenance
 * capex, in an operating period; it is the `before` that the tax-with-losses step
 * (`rules/tax-with-losses.ts`) takes. The three forms — Decimal for the engine (`engine/schedule.ts`),
 * float for the Monte Carlo path (`analysis/monte-carlo/fast-eval.ts`), Excel for the workbook's Tax
 * sheet — are one rule; `tests/shared/rules/taxable-income.test.ts` holds them to each other.
 */
export const taxableBeforeLosses = (ebitda: Decimal, depreciation: Decimal, interest: Decimal, maintenanceCapex: Decimal): Decimal =>
  ebitda.minus(depreciation).minus(interest).minus(maintenanceCapex)
export const taxableBeforeLossesFloat = (ebitda: number, depreciation: number, interest: number, maintenanceCapex: number): number =>
  ebitda - depreciation - interest - maintenanceCapex
export const taxableBeforeLossesExcel = (ebitda: string, depreciation: string, interest: string, maintenanceCapex: string): string =>
  `${ebitda}-${depreciation}-${interest}-${maintenanceCapex}`
