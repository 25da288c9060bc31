import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import {
  suppliedTonnes, suppliedTonnesExcel, suppliedTonnesFloat, supplyCoverageRatio, supplyCoverageRatioExcel, supplyCoverageRatioFloat,
  supplyUnitPrice, supplyUnitPriceExcel, supplyUnitPriceFloat
} from '@shared/rules/supply-contract'
import { close, col, evaluateRow } from './evaluate'

const D = (x: number | string) => new Decimal(x)

describe('supply contracts: tonnes received, the %-of-contained collar and supply coverage (methodology §13)', () => {
  it('hand figures', () => {
    expect(suppliedTonnes(D(600), D(1000)).toString()).toBe('600') // asks less than is free
    expect(suppliedTonnes(D(500), D(400)).toString()).toBe('400') // the rest of the feed
    expect(suppliedTonnes(D(500), D(0)).toString()).toBe('0')
    expect(supplyUnitPrice(D(2000), D('0.3'), D(400), D(700)).toString()).toBe('600') // 30 % × 2,000
    expect(supplyUnitPrice(D(1000), D('0.3'), D(400), D(700)).toString()).toBe('400') // 300 → floor
    expect(supplyUnitPrice(D(4000), D('0.3'), D(400), D(700)).toString()).toBe('700') // 1,200 → cap
    expect(supplyUnitPrice(D(1000), D('0.3'), null, null).toString()).toBe('300')
    expect(supplyCoverageRatio(D(2500), D(3000))!.toFixed(6)).toBe('0.833333')
    expect(supplyCoverageRatio(D(0), D(0))).toBeNull()
    expect(suppliedTonnesExcel('E5', 'E6')).toBe('MAX(0,MIN(E5,E6))')
    expect(supplyUnitPriceExcel('E7', 'Supply1_Pct', 'Supply1_Floor', 'Supply1_Cap'))
      .toBe('IF(ISNUMBER(Supply1_Cap),MIN(Supply1_Cap,IF(ISNUMBER(Supply1_Floor),MAX(Supply1_Floor,E7*Supply1_Pct),E7*Supply1_Pct)),IF(ISNUMBER(Supply1_Floor),MAX(Supply1_Floor,E7*Supply1_Pct),E7*Supply1_Pct))')
  })

  it('the Decimal, float and Excel forms agree', () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100)
    const optional = fc.option(amount)
    fc.assert(
      fc.property(amount, amount, amount, fc.integer({ min: 0, max: 100 }).map((n) => n / 100), optional, optional, (asked, free, value, pct, f, c) => {
        const floor = f !== null && c !== null ? Math.min(f, c) : f
        const cap = f !== null && c !== null ? Math.max(f, c) : c
        const tonnes = suppliedTonnes(D(asked), D(free)).toNumber()
        const price = supplyUnitPrice(D(value), D(pct), floor === null ? null : D(floor), cap === null ? null : D(cap)).toNumber()
        const ratio = supplyCoverageRatio(D(Math.min(asked, free)), D(free))
        expect(close(suppliedTonnesFloat(asked, free), tonnes, tonnes)).toBe(true)
        expect(close(supplyUnitPriceFloat(value, pct, floor, cap), price, price)).toBe(true)
        const ratioFloat = supplyCoverageRatioFloat(Math.min(asked, free), free)
        expect(ratio === null ? ratioFloat === null : close(ratioFloat, ratio.toNumber(), 1)).toBe(true)
        const [tx, px, rx] = evaluateRow([asked, free, value, pct, floor, cap, Math.min(asked, free)],
          [suppliedTonnesExcel(col(0), col(1)), supplyUnitPriceExcel(col(2), col(3), col(4), col(5)), supplyCoverageRatioExcel(col(6), col(1), '"n/a"')])
        expect(close(tx, tonnes, tonnes)).toBe(true)
        expect(close(px, price, price)).toBe(true)
        expect(ratio === null ? rx === 'n/a' : close(rx, ratio.toNumber(), 1)).toBe(true)
        if (ratio !== null) expect(ratio.gte(0) && ratio.lte(1)).toBe(true)
      }),
      { numRuns: 300, seed: 16 }
    )
  })
})
