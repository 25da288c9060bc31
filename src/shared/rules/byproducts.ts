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

/**
 * A sold by-product's price per tonne in the reporting currency (§13): its line's own price when set
 * (`override · escalation`, money of the start date escalated on its anniversaries — what every file
 * before deck prices holds), else the deck's price of its kind for the period's calendar year
 * (`byproductDeckPrice`) × deck→reporting FX. In the Excel model a blank override cell is "none".
 */
export const byproductUnitPrice = (override: Decimal | null, escalation: Decimal, deckPrice: Decimal, toReporting: Decimal): Decimal =>
  override !== null ? override.times(escalation) : deckPrice.times(toReporting)
export const byproductUnitPriceFloat = (override: number | null, escalation: number, deckPrice: number, toReporting: number): number =>
  override !== null ? override * escalation : deckPrice * toReporting
export const byproductUnitPriceExcel = (override: string, escalation: string, deckPrice: string, toReporting: string) =>
  `IF(ISNUMBER(${override}),${override}*${escalation},${deckPrice}*${toReporting})`

/** The deck's price of a kind in calendar year `year`: the latest listed year not after it, before the first the first (§3's table). */
export function byproductDeckPrice<T>(points: readonly { year: number; pricePerTonne: T }[], year: number): T {
  let price = points[0]!.pricePerTonne
  for (const p of points) if (p.year <= year) price = p.pricePerTonne
  return price
}
/** `years`/`prices`: the two listed one-row ranges (ascending years); `first…` their first cells. INDEX with a column: Gnumeric reads INDEX(row, n) as a row number. */
export const byproductDeckPriceExcel = (year: string, years: string, prices: string, firstYear: string, firstPrice: string, single: boolean) =>
  single ? firstPrice : `IF(${year}<${firstYear},${firstPrice},INDEX(${prices},1,MATCH(${year},${years},1)))`

export const disposalCost = (tonnes: Decimal, costPerTonne: Decimal, opexEscalation: Decimal): Decimal => tonnes.times(costPerTonne).times(opexEscalation)
export const disposalCostFloat = (tonnes: number, costPerTonne: number, opexEscalation: number): number => tonnes * costPerTonne * opexEscalation
export const disposalCostExcel = (tonnes: string, costPerTonne: string, opexEscalation: string) => `${tonnes}*${costPerTonne}*${opexEscalation}`
