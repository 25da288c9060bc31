import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { netExposure, netExposureExcel, netExposureFloat, shareOfCfads, shareOfCfadsExcel, shareOfCfadsFloat } from '@shared/rules/natural-hedge'
import { close, col, evaluateRow } from './evaluate'

const D = (x: number) => new Decimal(x)

describe('natural-hedge ledger rules: net = gross − Σ removed; share = net / CFADS', () => {
  it('takes each offset off the gross; a negative offset adds exposure', () => {
    expect(netExposure(D(1000), [D(700), D(-50), D(0)]).toString()).toBe('350')
    expect(netExposureFloat(1000, [700, -50, 0])).toBe(350)
    expect(netExposure(D(1000), []).toString()).toBe('1000')
    expect(netExposureExcel('B5', ['C5', 'D5'])).toBe('B5-C5-D5')
  })

  it('a share of CFADS, none when CFADS is zero', () => {
    expect(shareOfCfads(D(300), D(1200))!.toString()).toBe('0.25')
    expect(shareOfCfads(D(300), D(0))).toBeNull()
    expect(shareOfCfadsFloat(300, 0)).toBeNull()
    expect(shareOfCfadsFloat(-300, 1200)).toBe(-0.25)
    expect(shareOfCfadsExcel('J5', 'Inputs!B3')).toBe('IF(Inputs!B3=0,"",J5/Inputs!B3)')
    expect(evaluateRow([300, 0], [shareOfCfadsExcel(col(0), col(1))])[0]).toBe('')
  })

  it('the Decimal, float and Excel forms agree', () => {
    // Amounts to the cent, as the ledger's money is (no subnormal doubles, which no currency amount is).
    const amount = fc.integer({ min: -1e12, max: 1e12 }).map((c) => c / 100)
    fc.assert(
      fc.property(amount, fc.array(amount, { minLength: 1, maxLength: 8 }), amount, (gross, removed, cfads) => {
        const dec = netExposure(D(gross), removed.map(D)).toNumber()
        const fl = netExposureFloat(gross, removed)
        const scale = Math.max(Math.abs(gross), ...removed.map(Math.abs))
        expect(close(fl, dec, scale * removed.length, 1e-12)).toBe(true)
        const cells = removed.map((_, k) => col(k + 1))
        const [excel] = evaluateRow([gross, ...removed], [netExposureExcel(col(0), cells)])
        expect(close(excel, fl, scale * removed.length, 1e-15)).toBe(true)
        const share = shareOfCfads(D(fl), D(cfads))
        const shareFl = shareOfCfadsFloat(fl, cfads)
        const [shareXl] = evaluateRow([fl, cfads], [shareOfCfadsExcel(col(0), col(1))])
        if (cfads === 0) expect([share, shareFl, shareXl]).toEqual([null, null, ''])
        else {
          expect(close(shareFl, share!.toNumber(), Math.abs(shareFl!), 1e-15)).toBe(true)
          expect(shareXl).toBe(shareFl)
        }
      }),
      { numRuns: 400, seed: 19 }
    )
  })
})
