import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { holidayPeriods, periodTaxRate, periodTaxRateExcel, periodTaxRateFloat } from '@shared/rules/tax-holiday'
import { evaluateRow } from './evaluate'

describe('tax holiday: the first years from COD at a reduced rate (methodology §14)', () => {
  it('2 years at 0 % on semi-annual periods: operating periods 0–3 at 0 %, then the project rate; the three forms agree', () => {
    const periods = holidayPeriods(2, 6)
    expect(periods).toBe(4)
    const holiday = { periods, rate: new Decimal(0) }
    const want = [0, 0, 0, 0, 0.25, 0.25]
    expect([0, 1, 2, 3, 4, 5].map((k) => periodTaxRate(k, new Decimal('0.25'), holiday).toNumber())).toEqual(want)
    expect([0, 1, 2, 3, 4, 5].map((k) => periodTaxRateFloat(k, 0.25, { periods, rate: 0 }))).toEqual(want)
    // The workbook numbers operating periods from 1 (0 in construction): period k here is k + 1 there.
    const excel = [0, 1, 2, 3, 4, 5].map((k) => evaluateRow([k + 1, 2, 0, 0.25, 12, 6], [periodTaxRateExcel('A1')], [null, 'Holiday_Years', 'Holiday_Rate', 'Tax_Rate', 'Months_Per_Year', 'Period_Months'])[0])
    expect(excel).toEqual(want)
  })

  it('no holiday: every period at the project rate; a reduced rate (not zero) applies as given', () => {
    expect(periodTaxRate(0, new Decimal('0.25'), undefined).toNumber()).toBe(0.25)
    expect(periodTaxRateFloat(0, 0.25, undefined)).toBe(0.25)
    expect(periodTaxRate(0, new Decimal('0.25'), { periods: 1, rate: new Decimal('0.1') }).toNumber()).toBe(0.1)
    expect(periodTaxRate(1, new Decimal('0.25'), { periods: 1, rate: new Decimal('0.1') }).toNumber()).toBe(0.25)
    expect(periodTaxRateFloat(1, 0.25, { periods: 1, rate: 0.1 })).toBe(0.25)
    // Construction (operating period number 0 in the workbook) is never a holiday period.
    expect(evaluateRow([0, 2, 0, 0.25, 12, 6], [periodTaxRateExcel('A1')], [null, 'Holiday_Years', 'Holiday_Rate', 'Tax_Rate', 'Months_Per_Year', 'Period_Months'])[0]).toBe(0.25)
  })
})
