import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { workingCapital, workingCapitalExcel, workingCapitalFactor, workingCapitalFactorFloat, workingCapitalFloat } from '@shared/rules/working-capital'
import { close, col, evaluateRow } from './evaluate'

const NAMES = [null, null, null, null, null, null, null, 'Months_Per_Year', 'Period_Months', 'Days_Per_Year']

describe('working capital: days × flows, released in the last period (methodology §5)', () => {
  it('takes days of the period’s flow scaled to a year, and nothing in the last period', () => {
    const f = workingCapitalFactor('73', 6) // 73 days of a half-year: 73 × 2 / 365 = 0.4
    expect(f.toString()).toBe('0.4')
    const b = workingCapital(new Decimal(1000), new Decimal(500), new Decimal(100), f, f, f, false)
    expect([b.receivables, b.inventory, b.payables, b.workingCapital].map(String)).toEqual(['400', '200', '240', '360'])
    expect(workingCapital(new Decimal(1000), new Decimal(500), new Decimal(100), f, f, f, true).workingCapital.isZero()).toBe(true)
    expect(workingCapitalFloat(1000, 500, 100, 0.4, 0.4, 0.4, false)).toBeCloseTo(360, 12)
    expect(workingCapitalFloat(1000, 500, 100, 0.4, 0.4, 0.4, true)).toBe(0)
  })

  it('writes the formulas the Costs sheet has always carried', () => {
    expect(workingCapitalExcel.receivables('E9', 'E4')).toBe('E9*(1-E4)*Months_Per_Year/Period_Months/Days_Per_Year*Receivable_Days')
    expect(workingCapitalExcel.inventory('E10', 'E4')).toBe('E10*(1-E4)*Months_Per_Year/Period_Months/Days_Per_Year*Inventory_Days')
    expect(workingCapitalExcel.payables('E10', 'E11', 'E4')).toBe('(E10+E11)*(1-E4)*Months_Per_Year/Period_Months/Days_Per_Year*Payable_Days')
    expect(workingCapitalExcel.workingCapital('E20', 'E21', 'E22')).toBe('E20+E21-E22')
  })

  it('the Decimal, float and Excel forms agree', () => {
    const flow = fc.oneof(fc.double({ min: -1e9, max: 1e10, noNaN: true }), fc.constant(0))
    const days = fc.integer({ min: 0, max: 36500 }).map((n) => new Decimal(n).div(100).toString())
    fc.assert(
      fc.property(flow, flow, flow, days, days, days, fc.constantFrom(1, 3, 6, 12), fc.boolean(), (revenue, feed, opex, rd, id, pd, m, last) => {
        const [dso, dio, dpo] = [rd, id, pd].map((d) => workingCapitalFactor(d, m))
        const D = (x: number) => new Decimal(x)
        const dec = workingCapital(D(revenue), D(feed), D(opex), dso!, dio!, dpo!, last)
        const scale = Math.max(Math.abs(revenue), Math.abs(feed), Math.abs(feed + opex)) * 2
        const fl = workingCapitalFloat(revenue, feed, opex, workingCapitalFactorFloat(rd, m), workingCapitalFactorFloat(id, m), workingCapitalFactorFloat(pd, m), last)
        expect(close(fl, dec.workingCapital.toNumber(), scale)).toBe(true)
        const x = workingCapitalExcel
        const values = [revenue, feed, opex, last ? 1 : 0, Number(rd), Number(id), Number(pd), 12, m, 365]
        const [r, inv, pay, wc] = evaluateRow(values, [x.receivables(col(0), col(3), col(4)), x.inventory(col(1), col(3), col(5)),
          x.payables(col(1), col(2), col(3), col(6)), x.workingCapital(col(10), col(11), col(12))], NAMES)
        expect(close(r, dec.receivables.toNumber(), scale)).toBe(true)
        expect(close(inv, dec.inventory.toNumber(), scale)).toBe(true)
        expect(close(pay, dec.payables.toNumber(), scale)).toBe(true)
        expect(close(wc, dec.workingCapital.toNumber(), scale)).toBe(true)
      }),
      { numRuns: 500, seed: 13 }
    )
  })
})
