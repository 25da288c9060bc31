/**
 * The cash sweep's allocation and re-profiling rules (rules/sweep.ts): hand cases, then the float and
 * Excel forms held to the Decimal one over random balances.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, dec } from '@shared/decimal'
import {
  allocateSweep, allocateSweepExcel, allocateSweepFloat, reprofiledPrincipal, reprofiledPrincipalExcel, reprofiledPrincipalFloat, sweptBalance, sweptBalanceExcel, sweptBalanceFloat
} from '@shared/rules/sweep'
import { close, evaluateRow } from './evaluate'

const ds = (xs: readonly (string | number)[]) => xs.map((x) => dec(String(x)))
const strs = (xs: readonly Decimal[]) => xs.map((x) => x.toString())

describe('where a sweep goes (§11)', () => {
  it('pro rata by balance: 30 over balances 100, 50, 50 is 15, 7.5, 7.5', () => {
    expect(strs(allocateSweep(dec('30'), ds([100, 50, 50]), null))).toEqual(['15', '7.5', '7.5'])
  })

  it('into the chosen tranche up to its balance; the rest spills pro rata to the others', () => {
    // Tranche 1 (balance 50) takes 30 whole.
    expect(strs(allocateSweep(dec('30'), ds([100, 50, 20]), 1))).toEqual(['0', '30', '0'])
    // 80 > 50: tranche 1 is repaid, the 30 left spills 100 : 20 → 25 and 5.
    expect(strs(allocateSweep(dec('80'), ds([100, 50, 20]), 1))).toEqual(['25', '50', '5'])
    // Exactly the chosen balance: nothing spills.
    expect(strs(allocateSweep(dec('50'), ds([100, 50, 20]), 1))).toEqual(['0', '50', '0'])
    // A chosen tranche already repaid: all of it spills.
    expect(strs(allocateSweep(dec('12'), ds([100, 0, 20]), 1))).toEqual(['10', '0', '2'])
  })

  it('a sweep of the whole debt (or more) repays every balance exactly', () => {
    const bs = ds(['33.333333333333333333', '66.666666666666666667', '0.000000000000000001'])
    const total = bs.reduce((a, b) => a.plus(b))
    expect(strs(allocateSweep(total, bs, null))).toEqual(strs(bs))
    expect(strs(allocateSweep(total.plus(5), bs, 0))).toEqual(strs(bs))
  })

  it('the float form repays every balance exactly when the sweep is the whole debt (no pro-rata rounding)', () => {
    // 1374.38 · 467.29 / 1374.38 is 467.28999999999996 in binary: the whole-debt branch never divides.
    const bs = [467.29, 228.67, 678.42]
    const total = bs.reduce((a, b) => a + b, 0)
    const out = new Float64Array(3)
    allocateSweepFloat(total, bs, null, out)
    expect([...out]).toEqual(bs)
    allocateSweepFloat(total, bs, 2, out)
    expect([...out]).toEqual(bs)
  })

  it('nothing owed takes nothing', () => {
    expect(strs(allocateSweep(dec('0'), ds([0, 0]), null))).toEqual(['0', '0'])
    expect(strs(allocateSweep(dec('0'), ds([10, 5]), 0))).toEqual(['0', '0'])
    // Only the chosen tranche owes, and the sweep is below it: the others (zero) take nothing.
    expect(strs(allocateSweep(dec('4'), ds([10, 0]), 0))).toEqual(['4', '0'])
  })

  const balances = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 4 })
  const cases = balances.chain((bs) => fc.record({
    bs: fc.constant(bs),
    sweep: fc.integer({ min: 0, max: bs.reduce((a, b) => a + b, 0) + 10 }),
    chosen: fc.option(fc.integer({ min: 0, max: bs.length - 1 }), { nil: null })
  }))

  it('never more than owed, in total the sweep (or the whole debt), none negative', () => {
    fc.assert(fc.property(cases, ({ bs, sweep, chosen }) => {
      const out = allocateSweep(new Decimal(sweep), ds(bs), chosen)
      const total = bs.reduce((a, b) => a + b, 0)
      out.forEach((x, k) => {
        expect(x.gte(0)).toBe(true)
        expect(x.lte(bs[k]!)).toBe(true)
      })
      expect(out.reduce((a, b) => a.plus(b), new Decimal(0)).minus(Math.min(sweep, total)).abs().lt('1e-30')).toBe(true)
    }))
  })

  it('the float and Excel forms give the Decimal allocation', () => {
    fc.assert(fc.property(cases, ({ bs, sweep, chosen }) => {
      const want = allocateSweep(new Decimal(sweep), ds(bs), chosen).map((x) => x.toNumber())
      const out = new Float64Array(bs.length)
      allocateSweepFloat(sweep, bs, chosen, out)
      const total = bs.reduce((a, b) => a + b, 0)
      bs.forEach((b, k) => {
        expect(close(out[k], want[k]!, total)).toBe(true)
        // A1 sweep, B1 balance, C1 chosen flag, D1 chosen balance, E1 total.
        const [got] = evaluateRow([sweep, b, k === chosen ? 1 : 0, chosen === null ? 0 : bs[chosen]!, total], [allocateSweepExcel('A1', 'B1', 'C1', 'D1', 'E1')])
        expect(close(got, want[k]!, total)).toBe(true)
      })
    }))
  })
})

describe('what a tranche repays after a sweep: the last instalments go first', () => {
  const u = dec('0.01')
  it('the scheduled instalment while the balance covers it, then what is left, then nothing', () => {
    expect(reprofiledPrincipal(dec('40'), dec('100'), u).toString()).toBe('40')
    expect(reprofiledPrincipal(dec('40'), dec('25'), u).toString()).toBe('25')
    expect(reprofiledPrincipal(dec('40'), dec('0'), u).toString()).toBe('0')
    // Less than one minor unit would be left: cleared.
    expect(reprofiledPrincipal(dec('99.995'), dec('100'), u).toString()).toBe('100')
    // A period with no instalment scheduled (grace, a floored sculpted period) keeps its balance.
    expect(reprofiledPrincipal(dec('0'), dec('100'), u).toString()).toBe('0')
  })

  it('the float and Excel forms agree', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (scheduled, opening) => {
      const want = reprofiledPrincipal(new Decimal(scheduled), new Decimal(opening), new Decimal(1)).toNumber()
      expect(reprofiledPrincipalFloat(scheduled, opening, 1)).toBe(want)
      expect(evaluateRow([scheduled, opening, 1], [reprofiledPrincipalExcel('A1', 'B1', 'C1')])[0]).toBe(want)
    }))
    expect(reprofiledPrincipalExcel('A1', 'B1')).toContain('Minor_Unit')
    // Binary-exact edges: exactly one unit left stands; less than one is cleared (the Decimal hand cases above).
    expect(reprofiledPrincipalFloat(3, 4, 1)).toBe(3)
    expect(reprofiledPrincipalFloat(3.5, 4, 1)).toBe(4)
  })
})

describe('a tranche\'s balance after its share of the sweep', () => {
  it('by hand: the share converted at the period\'s rate comes off; a share of all it owes clears it', () => {
    // INR 8,300 after principal at 83 INR/USD = USD 100; USD 40 swept = INR 3,320 off → INR 4,980.
    expect(sweptBalance(dec('8300'), dec('40'), dec('100'), dec('3320')).toString()).toBe('4980')
    // USD 100 swept of USD 100 owed: zero, whatever the conversion leaves (8300 − 8299.9999 would be dust).
    expect(sweptBalance(dec('8300'), dec('100'), dec('100'), dec('8299.9999')).toString()).toBe('0')
    // Just below all of it: the conversion stands.
    expect(sweptBalance(dec('8300'), dec('99.99'), dec('100'), dec('8299.17')).toString()).toBe('0.83')
    // Nothing swept leaves the balance.
    expect(sweptBalance(dec('8300'), dec('0'), dec('100'), dec('0')).toString()).toBe('8300')
  })

  it('the float and Excel forms agree with the Decimal one', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 12_000 }), fc.integer({ min: 1, max: 100 }), (afterRep, swept, rate) => {
      const after = afterRep * rate
      const inCcy = swept * rate
      const want = sweptBalance(new Decimal(after), new Decimal(swept), new Decimal(afterRep), new Decimal(inCcy)).toNumber()
      expect(sweptBalanceFloat(after, swept, afterRep, inCcy)).toBe(want)
      expect(evaluateRow([after, swept, afterRep, inCcy], [sweptBalanceExcel('A1', 'B1', 'C1', 'D1')])[0]).toBe(want)
    }))
    // The edge where the share equals what is owed clears the tranche in every form.
    expect(sweptBalanceFloat(5, 2, 2, 4.9)).toBe(0)
    expect(evaluateRow([5, 2, 2, 4.9], [sweptBalanceExcel('A1', 'B1', 'C1', 'D1')])[0]).toBe(0)
  })
})
