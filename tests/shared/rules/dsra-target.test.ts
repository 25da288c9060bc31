import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { dsraTargets, dsraTargetsFloat } from '@shared/rules/dsra-target'

describe('DSRA target: the debt service of the next n months, a part period pro rata (§7)', () => {
  it('by hand: annual periods, 6 months = half the next year; 18 months = next year + half the one after', () => {
    const ds = [0, 100, 200, 300].map((x) => new Decimal(x))
    expect(dsraTargets(ds, 6, 12).map(String)).toEqual(['50', '100', '150', '0'])
    expect(dsraTargets(ds, 18, 12).map(String)).toEqual(['200', '350', '300', '0'])
    const out = new Float64Array(4)
    dsraTargetsFloat([0, 100, 200, 300], 18, 12, out)
    expect([...out]).toEqual([200, 350, 300, 0])
  })
  it('semi-annual periods, 6 months = exactly the next period; 0 months = nothing', () => {
    const ds = [10, 20, 30].map((x) => new Decimal(x))
    expect(dsraTargets(ds, 6, 6).map(String)).toEqual(['20', '30', '0'])
    expect(dsraTargets(ds, 0, 6).map(String)).toEqual(['0', '0', '0'])
  })
  it('the Decimal and float forms agree (relative 1e-12)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 24 }), fc.constantFrom(1, 3, 6, 12), (xs, months, m) => {
        const dec = dsraTargets(xs.map((x) => new Decimal(x)), months, m)
        const out = new Float64Array(xs.length)
        dsraTargetsFloat(xs, months, m, out)
        dec.forEach((d, i) => expect(Math.abs(out[i]! - d.toNumber())).toBeLessThanOrEqual(1e-12 * Math.max(1, d.toNumber())))
      })
    )
  })
})
