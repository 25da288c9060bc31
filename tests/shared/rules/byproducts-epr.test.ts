import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import {
  byproductDeckPrice, byproductDeckPriceExcel, byproductRevenue, byproductRevenueExcel, byproductRevenueFloat, byproductTonnes, byproductTonnesExcel, byproductTonnesFloat,
  byproductUnitPrice, byproductUnitPriceExcel, byproductUnitPriceFloat, disposalCost, disposalCostExcel, disposalCostFloat
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

describe('the price of a sold by-product: its own (override) or the deck price of its kind (methodology §13)', () => {
  const points = [{ year: 2027, pricePerTonne: 6600 }, { year: 2030, pricePerTonne: 7100 }]
  it('hand figures: an override of 6,000 × 1.05 = 6,300 whatever the deck; without one the 2028 deck price 6,600 × 85 INR/USD = 561,000', () => {
    expect(byproductUnitPrice(D(6000), D('1.05'), D(6600), D(85)).toString()).toBe('6300')
    expect(byproductUnitPrice(null, D('1.05'), D(6600), D(85)).toString()).toBe('561000')
    expect([2025, 2027, 2029, 2030, 2040].map((y) => byproductDeckPrice(points, y))).toEqual([6600, 6600, 6600, 7100, 7100])
    expect(byproductDeckPriceExcel('E7', 'Y', 'P', 'Y1', 'P1', true)).toBe('P1')
    expect(byproductUnitPriceExcel('Stream1_By1_Price', '1.05', 'E9', 'E10')).toBe('IF(ISNUMBER(Stream1_By1_Price),Stream1_By1_Price*1.05,E9*E10)')
  })
  it('the Decimal, float and Excel forms agree (a blank override cell is none)', () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100)
    fc.assert(fc.property(fc.option(amount), fc.integer({ min: 100, max: 300 }).map((n) => n / 100), fc.integer({ min: 2020, max: 2040 }), amount, (override, esc, year, fx) => {
      const deck = byproductDeckPrice(points, year)
      const price = byproductUnitPrice(override === null ? null : D(override), D(esc), D(deck), D(fx)).toNumber()
      expect(close(byproductUnitPriceFloat(override, esc, deck, fx), price, price)).toBe(true)
      const [dx, px] = evaluateRow([override, esc, year, fx, 2027, 2030, 6600, 7100],
        [byproductDeckPriceExcel(col(2), 'E1:F1', 'G1:H1', 'E1', 'G1', false), byproductUnitPriceExcel(col(0), col(1), 'I1', col(3))])
      expect(dx).toBe(deck)
      expect(close(px, price, price, 1e-11)).toBe(true)
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
