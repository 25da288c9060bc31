import { Decimal, ZERO, dec } from '../decimal'

/**
 * Working capital (methodology §5): receivables = receivable days × revenue, inventory = inventory
 * days × feedstock cost, payables = payable days × (feedstock + opex); balances scale the period's
 * flow to a year (12/m) and take days/365; the whole balance is released in the last period. The
 * three forms — Decimal for the engine, float for the Monte Carlo path, Excel for the workbook's Costs
 * sheet — are one rule; `tests/shared/rules/working-capital.test.ts` holds them to each other.
 */
export type WorkingCapital<T> = { receivables: T; inventory: T; payables: T; workingCapital: T }

/** Days as a share of the period's flow: days · (12/m) / 365. */
export const workingCapitalFactor = (days: string, periodMonths: number): Decimal => dec(days).times(new Decimal(12).div(periodMonths).div(365))
export const workingCapitalFactorFloat = (days: string, periodMonths: number): number => Number(days) * (12 / periodMonths / 365)

/** `dso`, `dio`, `dpo`: receivable, inventory and payable days as `workingCapitalFactor`s. */
export function workingCapital(revenue: Decimal, feedstock: Decimal, opex: Decimal, dso: Decimal, dio: Decimal, dpo: Decimal, last: boolean): WorkingCapital<Decimal> {
  const receivables = last ? ZERO : revenue.times(dso)
  const inventory = last ? ZERO : feedstock.times(dio)
  const payables = last ? ZERO : feedstock.plus(opex).times(dpo)
  return { receivables, inventory, payables, workingCapital: receivables.plus(inventory).minus(payables) }
}

/** The balance only (the Monte Carlo path needs no parts). */
export const workingCapitalFloat = (revenue: number, feedstock: number, opex: number, dso: number, dio: number, dpo: number, last: boolean): number =>
  last ? 0 : revenue * dso + feedstock * dio - (feedstock + opex) * dpo

/**
 * One formula per row: `last` is the 1/0 last-period flag; `parts` are the cells of the three balance
 * rows (for the working-capital row). Names default to the workbook's inputs.
 */
export const workingCapitalExcel = {
  receivables: (revenue: string, last: string, days = 'Receivable_Days') => `${revenue}*${annualiseExcel(last)}*${days}`,
  inventory: (feedstock: string, last: string, days = 'Inventory_Days') => `${feedstock}*${annualiseExcel(last)}*${days}`,
  payables: (feedstock: string, opex: string, last: string, days = 'Payable_Days') => `(${feedstock}+${opex})*${annualiseExcel(last)}*${days}`,
  workingCapital: (receivables: string, inventory: string, payables: string) => `${receivables}+${inventory}-${payables}`
}

function annualiseExcel(last: string): string {
  return `(1-${last})*Months_Per_Year/Period_Months/Days_Per_Year`
}
