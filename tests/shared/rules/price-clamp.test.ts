import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { clampPrice, clampPriceExcel, clampPriceFloat, contractPriceExcel } from '@shared/rules/price-clamp'
import { close, col, evaluateRow } from './evaluate'

/** A contract amount as the project stores it: a canonical decimal string. */
const amount = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => new Decimal(n).div(100).toString())

describe('contract price clamp: min(cap, max(floor, index × payable + premium)) (methodology §4)', () => {
  it('applies the floor, the cap or the formula and says which', () => {
    const c = { payable: '0.9', premiumPerUnit: '135', floor: '585', cap: '695' }
    expect(clampPrice(new Decimal(400), c)).toEqual({ price: new Decimal(585), clamp: 'floor' })
    expect(clampPrice(new Decimal(600), c)).toEqual({ price: new Decimal(675), clamp: 'formula' })
    expect(clampPrice(new Decimal(800), c)).toEqual({ price: new Decimal(695), clamp: 'cap' })
    expect(clampPrice(new Decimal(800), { ...c, cap: null }).price.toString()).toBe('855')
    expect(clampPrice(new Decimal(10), { ...c, floor: null }).price.toString()).toBe('144')
    expect(clampPriceFloat(400, 0.9, 135, 585, 695)).toBe(585)
    expect(clampPriceFloat(800, 0.9, 135, 585, 695)).toBe(695)
    expect(clampPriceFloat(800, 0.9, 135, null, null)).toBe(855)
  })

  it('writes the Revenue sheet formula: a blank floor or cap cell is none', () => {
    expect(contractPriceExcel('X5', 'Contract1_Payable', 'Contract1_Premium')).toBe('X5*Contract1_Payable+Contract1_Premium')
    expect(clampPriceExcel('X6', 'Contract1_Floor', 'Contract1_Cap')).toBe(
      'IF(ISNUMBER(Contract1_Cap),MIN(Contract1_Cap,IF(ISNUMBER(Contract1_Floor),MAX(Contract1_Floor,X6),X6)),IF(ISNUMBER(Contract1_Floor),MAX(Contract1_Floor,X6),X6))')
    const excel = (price: number, floor: number | null, cap: number | null) => evaluateRow([price, floor, cap], [clampPriceExcel(col(0), col(1), col(2))])[0]
    expect(excel(-50, null, null)).toBe(-50) // blank is none, not 0
    expect(excel(-50, 0, null)).toBe(0) // a floor of 0 is a floor
    expect(excel(900, null, 800)).toBe(800)
    expect(excel(500, 600, null)).toBe(600)
  })

  it('the Decimal, float and Excel forms agree', () => {
    const band = fc.tuple(fc.option(amount(0, 5000), { nil: null }), fc.option(amount(0, 5000), { nil: null })).map(([a, b]) =>
      a !== null && b !== null && new Decimal(a).gt(b) ? [b, a] : [a, b]) // validation keeps floor ≤ cap
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10000, noNaN: true }), amount(0, 1), amount(-500, 500), band, (index, payable, premiumPerUnit, [floor, cap]) => {
        const dec = clampPrice(new Decimal(index), { payable, premiumPerUnit, floor: floor ?? null, cap: cap ?? null })
        const fl = clampPriceFloat(index, Number(payable), Number(premiumPerUnit), floor === null ? null : Number(floor), cap === null ? null : Number(cap))
        expect(close(fl, dec.price.toNumber(), dec.price.toNumber())).toBe(true)
        if (dec.clamp !== 'formula') expect(fl).toBe(dec.price.toNumber()) // a binding side is the input itself
        const [before, excel] = evaluateRow([index, Number(payable), Number(premiumPerUnit), floor === null ? null : Number(floor), cap === null ? null : Number(cap)],
          [contractPriceExcel(col(0), col(1), col(2)), clampPriceExcel(col(5), col(3), col(4))])
        expect(close(before, index * Number(payable) + Number(premiumPerUnit), dec.price.toNumber())).toBe(true)
        expect(close(excel, dec.price.toNumber(), dec.price.toNumber())).toBe(true)
      }),
      { numRuns: 500, seed: 12 }
    )
  })
})
