import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { periodDscr, periodDscrExcel, periodDscrFloat } from '@shared/rules/dscr'
import { close, col, evaluateRow } from './evaluate'

describe('a period’s DSCR: CFADS / debt service where the period counts and debt service is at least one minor unit (§7, §8)', () => {
  it('exists only in a period that counts, over a unit of debt service or more', () => {
    const u = new Decimal('0.01')
    expect(periodDscr(true, new Decimal(130), new Decimal(100), u)!.toString()).toBe('1.3')
    expect(periodDscr(false, new Decimal(130), new Decimal(100), u)).toBeNull()
    expect(periodDscr(true, new Decimal(130), new Decimal('0.0099'), u)).toBeNull()
    expect(periodDscr(true, new Decimal(-5), new Decimal('0.01'), u)!.toString()).toBe('-500')
    expect(periodDscrFloat(true, 130, 100, 0.01)).toBe(1.3)
    expect(periodDscrFloat(true, 130, 2.25e-19, 0.01)).toBeNull()
    expect(periodDscrFloat(false, 130, 100, 0.01)).toBeNull()
  })

  it('writes the formula the Metrics sheet has always carried', () => {
    expect(periodDscrExcel('E5', 'E40', 'E30')).toBe('IF(AND(E5=1,E30>=Minor_Unit),E40/E30,"")')
  })

  it('the Decimal, float and Excel forms agree', () => {
    const ds = fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom(0, 1e-20, 0.005, 0.01, 0.5, 1))
    fc.assert(
      fc.property(fc.boolean(), fc.double({ min: -1e9, max: 1e9, noNaN: true }), ds, fc.constantFrom(0.01, 1), (counts, cfads, debt, unit) => {
        fc.pre(Math.abs(debt - unit) > 1e-12) // binary cannot tell a difference within rounding of the unit itself
        const D = (x: number) => new Decimal(x)
        const dec = periodDscr(counts, D(cfads), D(debt), D(unit))
        const fl = periodDscrFloat(counts, cfads, debt, unit)
        const [excel] = evaluateRow([counts ? 1 : 0, cfads, debt, unit], [periodDscrExcel(col(0), col(1), col(2), col(3))])
        if (dec === null) {
          expect(fl).toBeNull()
          expect(excel).toBe('')
        } else {
          expect(close(fl, dec.toNumber(), dec.toNumber())).toBe(true)
          expect(close(excel, dec.toNumber(), dec.toNumber())).toBe(true)
        }
      }),
      { numRuns: 500, seed: 16 }
    )
  })
})
