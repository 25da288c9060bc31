import type { Decimal } from '../decimal'

/**
 * Cash flow available for debt service (methodology §6): EBITDA − tax − ΔWC − maintenance capex, in an
 * operating period (construction has none). Tax, maintenance capex and ΔWC are as the engine carries
 * them: tax and maintenance capex positive costs, ΔWC positive when working capital absorbs cash. The
 * three forms — Decimal for the engine (`engine/schedule.ts`), float for the Monte Carlo path
 * (`analysis/monte-carlo/fast-eval.ts`), Excel for the workbook's Cash flow sheet — are one rule;
 * `tests/shared/rules/cfads.test.ts` holds them to each other.
 */
export const cfadsOf = (ebitda: Decimal, tax: Decimal, deltaWorkingCapital: Decimal, maintenanceCapex: Decimal): Decimal =>
  ebitda.minus(tax).minus(deltaWorkingCapital).minus(maintenanceCapex)
export const cfadsOfFloat = (ebitda: number, tax: number, deltaWorkingCapital: number, maintenanceCapex: number): number =>
  ebitda - tax - deltaWorkingCapital - maintenanceCapex

/**
 * One formula per row: the Cash flow sheet shows each deduction as a signed "less:" line (cash in
 * positive) and CFADS as their sum, so `cfads` takes the cells of those lines; `inOneRow` is the same
 * rule on the positive amounts in one formula, for the Sizing sheet's blocks, which have no "less:" lines.
 */
export const cfadsOfExcel = {
  inOneRow: (ebitda: string, tax: string, deltaWorkingCapital: string, maintenanceCapex: string) =>
    `${ebitda}-${tax}-${deltaWorkingCapital}-${maintenanceCapex}`,
  lessTax: (tax: string) => `-${tax}`,
  lessDeltaWorkingCapital: (deltaWorkingCapital: string) => `-${deltaWorkingCapital}`,
  lessMaintenanceCapex: (maintenanceCapex: string) => `-${maintenanceCapex}`,
  cfads: (ebitda: string, lessTax: string, lessDeltaWorkingCapital: string, lessMaintenanceCapex: string) =>
    `${ebitda}+${lessTax}+${lessDeltaWorkingCapital}+${lessMaintenanceCapex}`
}
