import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import {
  byproductRevenue, byproductRevenueExcel, byproductRevenueFloat, byproductTonnes, byproductTonnesExcel, byproductTonnesFloat, disposalCost, disposalCostExcel, disposalCostFloat
} from '@shared/rules/byproducts'
import { eprCertificatesKg, eprCertificatesKgExcel, eprCertificatesKgFloat, eprPriceForYear, eprPriceForYearExcel, eprRevenue, eprRevenueExcel, eprRevenueFloat } from '@shared/rules/epr-certificates'
import { close, col, evaluateRow } from './evaluate'

const D = (x: number | string) => new Decimal(x)

describe('by-products and residues (methodology §13)', () => {
  it('hand figures: 1,000 t × 15 % = 150 t; × 6,000 × 90 % × 1.05 = 850,500; 100 t × 400 × 1.1 = 44,000', () => {
    expect(byproductTonnes(D(1000), D('0.15')).toString()).toBe('150')
    expect(byproductRevenue(D(150), D(6000), D('0.9'), D('1.05')).toString()).toBe('850500')
    expect(disposalCost(D(100), D(400), D('1.1')).toString()).toBe('44000')
  })
  it('the Decimal, float and Excel forms agree', () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100)
    const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100)
    fc.assert(fc.property(amount, share, amount, share, fc.integer({ min: 100, max: 300 }).map((n) => n / 100), (input, frac, price, payable, esc) => {
      const t = byproductTonnes(D(input), D(frac)).toNumber()
      const rev = byproductRevenue(D(t), D(price), D(payable), D(esc)).toNumber()
      const cost = disposalCost(D(t), D(price), D(esc)).toNumber()
      expect(close(byproductTonnesFloat(input, frac), t, t)).toBe(true)
      expect(close(byproductRevenueFloat(t, price, payable, esc), rev, rev)).toBe(true)
      expect(close(disposalCostFloat(t, price, esc), cost, cost)).toBe(true)
      const [tx, rx, cx] = evaluateRow([input, frac, price, payable, esc], [byproductTonnesExcel(col(0), col(1)), byproductRevenueExcel(col(5), col(2), col(3), col(4)), disposalCostExcel(col(5), col(2), col(4))])
      expect(close(tx, t, t)).toBe(true)
      expect(close(rx, rev, rev, 1e-11)).toBe(true)
      expect(close(cx, cost, cost, 1e-11)).toBe(true)
    }), { numRuns: 300, seed: 16 })
  })
})

describe('EPR certificates (methodology §13)', () => {
  const points = [{ year: 2027, pricePerKg: 5 }, { year: 2029, pricePerKg: 8 }]
  it('hand figures: 180 t Ni × 1,000 kg/t = 180,000 kg; the price of the latest listed year, before the first the first', () => {
    expect(eprCertificatesKg([D(180), D(2)], [D(1000), D(0)]).toString()).toBe('180000')
    expect([2025, 2027, 2028, 2029, 2035].map((y) => eprPriceForYear(points, y))).toEqual([5, 5, 5, 8, 8])
    expect(eprRevenue(D(180000), D(5), D('0.0125'), true).toString()).toBe('11250')
    expect(eprRevenue(D(180000), D(5), D('0.0125'), false).toString()).toBe('0')
  })
  it('the Decimal, float and Excel forms agree', () => {
    const amount = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100)
    fc.assert(fc.property(amount, amount, amount, amount, fc.integer({ min: 2020, max: 2040 }), fc.boolean(), amount, (t1, t2, k1, k2, year, active, fxr) => {
      const kg = eprCertificatesKg([D(t1), D(t2)], [D(k1), D(k2)]).toNumber()
      const price = eprPriceForYear(points, year)
      const rev = eprRevenue(D(kg), D(price), D(fxr), active).toNumber()
      expect(close(eprCertificatesKgFloat([t1, t2], [k1, k2]), kg, kg)).toBe(true)
      expect(close(eprRevenueFloat(kg, price, fxr, active), rev, rev)).toBe(true)
      const [kx, px, rx] = evaluateRow([t1, t2, k1, k2, year, active ? 1 : 0, fxr, 2027, 2029, 5, 8],
        [eprCertificatesKgExcel([col(0), col(1)], [col(2), col(3)]), eprPriceForYearExcel(col(4), 'H1:I1', 'J1:K1', 'H1', 'J1'), eprRevenueExcel('L1', 'M1', col(6), col(5))])
      expect(close(kx, kg, kg)).toBe(true)
      expect(px).toBe(price)
      expect(close(rx, rev, rev, 1e-11)).toBe(true)
    }), { numRuns: 300, seed: 16 })
  })
})
