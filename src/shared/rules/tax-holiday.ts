import type { Decimal } from '../decimal'

/**
 * The tax rate of an operating period (methodology §14): a tax holiday taxes the first `years` years
 * from COD at its own rate (0 = no tax) instead of the project's rate; absent, every period takes the
 * project's rate. The holiday counts whole periods from COD (`opIndex` 0 = the first operating period),
 * `years × 12 / m` of them. The rate applies to taxable income after losses: a loss set off in a
 * holiday year is used up like any other (conservative: it does not shelter later profits).
 * The three forms — Decimal for the engine, float for the Monte Carlo path, Excel for the workbook —
 * are one rule; `tests/shared/rules/tax-holiday.test.ts` holds them to each other.
 */
export type Holiday<T> = { periods: number; rate: T }

export const holidayPeriods = (years: number, periodMonths: number): number => (years * 12) / periodMonths

export const periodTaxRate = (opIndex: number, rate: Decimal, holiday: Holiday<Decimal> | undefined): Decimal =>
  holiday !== undefined && opIndex < holiday.periods ? holiday.rate : rate
export const periodTaxRateFloat = (opIndex: number, rate: number, holiday: Holiday<number> | undefined): number =>
  holiday !== undefined && opIndex < holiday.periods ? holiday.rate : rate
/** Given the 1-based operating period number of the column and the inputs `Holiday_Years`, `Holiday_Rate` and `Tax_Rate`. */
export const periodTaxRateExcel = (opIndex: string): string =>
  `IF(AND(${opIndex}>=1,${opIndex}<=Holiday_Years*Months_Per_Year/Period_Months),Holiday_Rate,Tax_Rate)`
