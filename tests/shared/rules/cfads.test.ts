import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { cfadsOf, cfadsOfExcel, cfadsOfFloat } from '@shared/rules/cfads'
import { close, col, evaluateRow } from './evaluate'

describe('CFADS: EBITDA − tax − ΔWC − maintenance capex (methodology §6)', () => {
  it('deducts tax, the increase in working capital and maintenance capex', () => {
    const D = (x: number) => new Decimal(x)
    expect(cfadsOf(D(1000), D(120), D(30), D(50)).toString()).toBe('800')
    expect(cfadsOf(D(1000), D(120), D(-30), D(50)).toString()).toBe('860') // a release of working capital adds cash
    expect(cfadsOfFloat(1000, 120, 30, 50)).toBe(800)
  })

  it('writes the formulas the Cash flow sheet has always carried', () => {
    expect(cfadsOfExcel.lessTax('E30')).toBe('-E30')
    expect(cfadsOfExcel.lessDeltaWorkingCapital('E31')).toBe('-E31')
    expect(cfadsOfExcel.lessMaintenanceCapex('E32')).toBe('-E32')
    expect(cfadsOfExcel.cfads('E5', 'E6', 'E7', 'E8')).toBe('E5+E6+E7+E8')
    expect(cfadsOfExcel.inOneRow('E5', 'B_1_tax', 'E31', 'E32')).toBe('E5-B_1_tax-E31-E32') // the Sizing sheet's blocks
  })

  it('the Decimal, float and Excel forms agree (float and Excel to the last digit)', () => {
    const amount = fc.oneof(fc.double({ min: -1e10, max: 1e10, noNaN: true }), fc.constant(0))
    fc.assert(
      fc.property(amount, fc.double({ min: 0, max: 1e10, noNaN: true }), amount, fc.double({ min: 0, max: 1e9, noNaN: true }), (ebitda, tax, dWc, maint) => {
        const D = (x: number) => new Decimal(x)
        const dec = cfadsOf(D(ebitda), D(tax), D(dWc), D(maint)).toNumber()
        const fl = cfadsOfFloat(ebitda, tax, dWc, maint)
        expect(close(fl, dec, Math.max(Math.abs(ebitda), tax, Math.abs(dWc), maint))).toBe(true)
        const x = cfadsOfExcel
        const [, , , excel, oneRow] = evaluateRow([ebitda, tax, dWc, maint],
          [x.lessTax(col(1)), x.lessDeltaWorkingCapital(col(2)), x.lessMaintenanceCapex(col(3)), x.cfads(col(0), col(4), col(5), col(6)), x.inOneRow(col(0), col(1), col(2), col(3))])
        expect((excel as number) + 0).toBe(fl + 0) // a + (−b) is a − b in binary; −0 and 0 are one figure
        expect((oneRow as number) + 0).toBe(fl + 0)
      }),
      { numRuns: 500, seed: 18 }
    )
  })
})
