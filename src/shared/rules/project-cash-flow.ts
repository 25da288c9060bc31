import type { Decimal } from '../decimal'

/**
 * Project (unlevered) cash flow (methodology §8): minus capex with contingency in construction, CFADS
 * once operating. The three forms — Decimal for the engine (`engine/financing-result.ts`), float for
 * the Monte Carlo path, Excel for the workbook's Cash flow sheet — are one rule;
 * `tests/shared/rules/project-cash-flow.test.ts` holds them to each other.
 */
export const projectFlow = (operating: boolean, cfads: Decimal, capexWithContingency: Decimal): Decimal => (operating ? cfads : capexWithContingency.neg())
export const projectFlowFloat = (operating: boolean, cfads: number, capexWithContingency: number): number => (operating ? cfads : -capexWithContingency)
/** `constr` and `op`: the 1/0 construction and operating flags (one of them is 1). */
export const projectFlowExcel = (constr: string, op: string, cfads: string, capexWithContingency: string): string => `${constr}*-${capexWithContingency}+${op}*${cfads}`
