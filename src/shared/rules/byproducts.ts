import type { Decimal } from '../decimal'

/**
 * By-products and residues (methodology §13), one rule in three forms — Decimal for the engine
 * (`engine/byproducts.ts`), float for checks, Excel for the workbook's Revenue and Costs rows — held to
 * each other by `tests/shared/rules/byproducts.test.ts`. Tonnes = input tonnes processed × mass fraction;
 * a sold by-product earns `tonnes · price · payable · (1 + e)^steps` (its own escalation on the start
 * date's anniversaries); a disposed residue costs `tonnes · cost · opex escalation` (the opex factor with
 * the scenario's opex multiplier, as every processing cost).
 */
export const byproductTonnes = (inputTonnes: Decimal, massFraction: Decimal): Decimal => inputTonnes.times(massFraction)
export const byproductTonnesFloat = (inputTonnes: number, massFraction: number): number => inputTonnes * massFraction
export const byproductTonnesExcel = (inputTonnes: string, massFraction: string) => `${inputTonnes}*${massFraction}`

export const byproductRevenue = (tonnes: Decimal, pricePerTonne: Decimal, payable: Decimal, escalation: Decimal): Decimal =>
  tonnes.times(pricePerTonne).times(payable).times(escalation)
export const byproductRevenueFloat = (tonnes: number, pricePerTonne: number, payable: number, escalation: number): number => tonnes * pricePerTonne * payable * escalation
export const byproductRevenueExcel = (tonnes: string, pricePerTonne: string, payable: string, escalation: string) => `${tonnes}*${pricePerTonne}*${payable}*${escalation}`

export const disposalCost = (tonnes: Decimal, costPerTonne: Decimal, opexEscalation: Decimal): Decimal => tonnes.times(costPerTonne).times(opexEscalation)
export const disposalCostFloat = (tonnes: number, costPerTonne: number, opexEscalation: number): number => tonnes * costPerTonne * opexEscalation
export const disposalCostExcel = (tonnes: string, costPerTonne: string, opexEscalation: string) => `${tonnes}*${costPerTonne}*${opexEscalation}`
