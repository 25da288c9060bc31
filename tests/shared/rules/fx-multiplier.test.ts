import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { currencyFxMultiplier, currencyFxMultiplierExcel, currencyFxMultiplierFloat } from '@shared/rules/fx-multiplier'
import { close, col, evaluateRow } from './evaluate'

const D = (x: number | string) => new Decimal(x)

describe('a currency’s FX multiplier = the all-currencies multiplier × its own (issue 19)', () => {
  it('without its own entry the all-currencies multiplier stands, untouched', () => {
    const all = D('1.1')
    expect(currencyFxMultiplier(all, undefined)).toBe(all) // the same instance: not even × 1, so old scenarios keep every digit
    expect(currencyFxMultiplier(D('1.1'), D('0.9')).toString()).toBe('0.99')
    expect(currencyFxMultiplier(D('1'), D('1.25')).toString()).toBe('1.25')
    expect(currencyFxMultiplierFloat(1.1, undefined)).toBe(1.1)
    expect(currencyFxMultiplierFloat(2, 0.5)).toBe(1)
    expect(currencyFxMultiplierExcel('Scn_FX', null)).toBe('Scn_FX')
    expect(currencyFxMultiplierExcel('Scn_FX', 'Scn_FX_INR')).toBe('Scn_FX*Scn_FX_INR')
  })

  it('the Decimal, float and Excel forms agree', () => {
    const m = fc.integer({ min: 1, max: 100_000 }).map((k) => k / 1000) // 0.001 … 100, the schema's range
    fc.assert(
      fc.property(m, fc.option(m, { nil: undefined }), (all, own) => {
        const dec = currencyFxMultiplier(D(all), own === undefined ? undefined : D(own)).toNumber()
        const fl = currencyFxMultiplierFloat(all, own)
        expect(close(fl, dec, dec, 1e-15)).toBe(true)
        const [xl] = own === undefined ? evaluateRow([all], [currencyFxMultiplierExcel(col(0), null)]) : evaluateRow([all, own], [currencyFxMultiplierExcel(col(0), col(1))])
        expect(close(xl, fl, fl, 1e-15)).toBe(true)
      })
    )
  })
})
