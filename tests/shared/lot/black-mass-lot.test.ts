import { describe, expect, it } from 'vitest'
import c3 from '@resources/lots/c3-black-mass-lot.json'
import { Decimal } from '@shared/decimal'
import {
  blackMassGrades, blackMassLines, blackMassPricesPerTonne, convertBlackMassPayables, indexPricePerTonne, parseLotFile,
  valueBlackMassLot, type BlackMassLot
} from '@shared/lot'

function c3Lot(): BlackMassLot {
  const r = parseLotFile(structuredClone(c3))
  if (!r.ok || r.value.kind !== 'black-mass-lot') throw new Error(JSON.stringify(r))
  return r.value
}
const sumLines = (lines: { payableValuePerTonne: Decimal }[]) => lines.reduce((a, l) => a.plus(l.payableValuePerTonne), new Decimal(0))

describe('black mass by payables — C3 [C] (domain.md constructed case)', () => {
  const v = valueBlackMassLot(c3Lot())
  it('Ni $2,249.60 + Co $1,370.39 + Li $78.24 per t', () => {
    expect(v.settlement.lines.map((l) => [l.metal, l.payableValuePerTonne.toFixed(2)])).toEqual([
      ['Ni', '2249.60'],
      ['Co', '1370.39'],
      ['Li', '78.24']
    ])
  })
  it('= $3,698.24 per t BM, rounded once from the exact sum (the rounded lines add to 3,698.23)', () => {
    expect(v.settlement.valuePerTonne.toFixed(2)).toBe('3698.24')
    expect(v.settlement.net.toFixed(2)).toBe('3698.24')
  })
  it('contained value Ni $3,040, Co $1,852, LCE $1,565', () => {
    expect(v.lines.map((l) => l.containedValuePerTonne.toFixed(0))).toEqual(['3040', '1852', '1565'])
  })
  it('Co $14/lb is priced as $30,864.72/t', () => {
    expect(indexPricePerTonne({ amount: '14', per: 'lb' }).toFixed(2)).toBe('30864.72')
    expect(indexPricePerTonne({ amount: '8.4', per: 'kg' }).toString()).toBe('8400')
  })
  it('lot value scales with tonnes and subtracts lot charges', () => {
    const lot = { ...c3Lot(), dryTonnes: '25', lotCharges: [{ name: 'Freight', amount: '1200' }] }
    const w = valueBlackMassLot(lot)
    expect(w.grossValue.eq(v.valuePerTonne.times(25))).toBe(true)
    expect(w.net.eq(w.grossValue.minus(1200))).toBe(true)
  })
})

describe('payable conventions — case 7 [P] re-basing (Fastmarkets 16 Aug 2023)', () => {
  const lot = c3Lot()
  const grades = blackMassGrades(lot)
  const prices = blackMassPricesPerTonne(lot)

  it('Li-separate → Li-inclusive keeps the value per tonne (C3: 74 % + 5 % Li = 75.60 % inclusive)', () => {
    const conv = convertBlackMassPayables(grades, prices, lot.payables)
    if (!conv.ok) throw new Error(conv.reason)
    expect(conv.payables.convention).toBe('li-inclusive')
    // uplift = 78.2437 / (3,040 + 1,851.883) = 1.59946 pts (independent arithmetic)
    expect(conv.upliftFraction.toFixed(6)).toBe('0.015995')
    const before = sumLines(blackMassLines(grades, prices, lot.payables))
    const after = sumLines(blackMassLines(grades, prices, conv.payables))
    expect(after.minus(before).abs().lt('1e-25')).toBe(true)
  })

  it('and back: Li-inclusive → Li-separate with a 5 % Li payable returns 74 %', () => {
    const inc = convertBlackMassPayables(grades, prices, lot.payables)
    if (!inc.ok) throw new Error(inc.reason)
    const back = convertBlackMassPayables(grades, prices, inc.payables, new Decimal('0.05'))
    if (!back.ok || back.payables.convention !== 'li-separate') throw new Error('conversion failed')
    expect(new Decimal(back.payables.nickel).toDecimalPlaces(20).toString()).toBe('0.74')
    expect(back.payables.lithiumOfLce).toBe('0.05')
  })

  it('at Aug-2023-like prices, Ni/Co 73–75 % + Li 4–5 % lands in the published 77–80 % inclusive band', () => {
    // Illustrative price set [C]: LME Ni ~$20,000/t, Co ~$15/lb, Li2CO3 CIF CJK ~$30,000/t; Korea-trade grades.
    const g = { Ni: new Decimal('0.2'), Co: new Decimal('0.06'), Li: new Decimal('0.04') }
    const p = { nickel: new Decimal(20000), cobalt: indexPricePerTonne({ amount: '15', per: 'lb' }), lithiumCarbonate: new Decimal(30000) }
    for (const [nc, li] of [['0.73', '0.04'], ['0.75', '0.05']] as const) {
      const conv = convertBlackMassPayables(g, p, { convention: 'li-separate', nickel: nc, cobalt: nc, lithiumOfLce: li })
      if (!conv.ok) throw new Error(conv.reason)
      const inclusive = new Decimal(conv.payables.nickel)
      expect(inclusive.gte('0.77') && inclusive.lte('0.81')).toBe(true)
    }
  })

  it('refuses conversions that would leave 0–100 % or have no Ni/Co value to carry Li', () => {
    const r = convertBlackMassPayables(grades, prices, { convention: 'li-inclusive', nickel: '0.01', cobalt: '0.01' }, new Decimal('0.5'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.code).toBe('black-mass/payable-out-of-range')
    const none = convertBlackMassPayables({ Ni: new Decimal(0), Co: new Decimal(0), Li: new Decimal('0.04') }, prices, lot.payables)
    expect(none.ok).toBe(false)
  })

  it('Li-inclusive lots pay no separate Li line', () => {
    const w = valueBlackMassLot({ ...lot, payables: { convention: 'li-inclusive', nickel: '0.79', cobalt: '0.79' } })
    expect(w.lines.map((l) => l.metal)).toEqual(['Ni', 'Co'])
    expect(w.settlement.valuePerTonne.toFixed(2)).toBe(new Decimal('0.79').times(w.lines[0]!.containedValuePerTonne.plus(w.lines[1]!.containedValuePerTonne)).toFixed(2))
  })
})
