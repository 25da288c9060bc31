import { describe, expect, it } from 'vitest'
import { computeJointStress, jointSentence, moveWords, type JointStress } from '@shared/analysis/exposure'
import { liContract, lithiumCase } from './fixtures'

const liContractInr = liContract({ currency: 'INR', volume: { basis: 'share', share: '0.5' } })

/** The joint stress's plumbing on small cases (the India sample's grid is in joint.test.ts). */
const withByproducts = lithiumCase((p) => {
  p.feedstock[0]!.byproducts = [{ id: 'cu', name: 'Copper foil', massFraction: '0.1', fate: { kind: 'sold', pricePerTonne: '6000', payable: '0.5', escalation: '0' } }]
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
  p.reportingCurrency = 'INR'
})

const grid = (minDscr: (string | null)[], covenant = '1.3', base: string | null = '1.5'): JointStress => ({
  currency: 'USD', a: { id: 'metal:Li', label: 'Li price', kind: 'metal', subject: 'Li' }, b: { id: 'fx:INR', label: 'FX: INR per USD', kind: 'fx', subject: 'INR' },
  aMoves: ['-0.3'], bMoves: minDscr.map((_, k) => String(k / 10)), cells: [minDscr.map((m, k) => ({ aMove: '-0.3', bMove: String(k / 10), minDscr: m, cfadsChange: '0', debtServiceChange: '0' }))],
  baseMinDscr: base, covenantDscr: covenant, evaluations: 0
})

describe('joint stress on small cases', () => {
  it('defaults to ±30 % for prices and ±10 % for FX, counts its runs, and its unmoved cell is the base', () => {
    const seen: number[] = []
    const r = computeJointStress(withByproducts, { a: 'byproducts', b: 'fx:INR' }, (d) => seen.push(d))
    if (!r.ok) throw new Error(r.reason)
    const j = r.value
    expect(j.aMoves).toEqual(['-0.3', '-0.15', '0', '0.15', '0.3'])
    expect(j.bMoves).toEqual(['-0.1', '-0.05', '0', '0.05', '0.1'])
    expect(j.a).toEqual({ id: 'byproducts', label: 'By-product prices', kind: 'byproducts', subject: 'by-product' })
    expect(j.b).toEqual({ id: 'fx:INR', label: 'FX: INR per USD', kind: 'fx', subject: 'INR' })
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
    expect(j.evaluations).toBe(27)
    expect(j.currency).toBe('INR')
    expect(j.covenantDscr).toBe('1.3')
    expect(j.cells[2]![2]).toEqual({ aMove: '0', bMove: '0', minDscr: j.baseMinDscr, cfadsChange: '0', debtServiceChange: '0' })
    // By-products 300,000 a year × 3 years: −30 % takes 270,000 before tax (the case has none).
    expect(Number(j.cells[0]![2]!.cfadsChange)).toBeCloseTo(-270000, 6)
    // A weaker INR (more INR per USD) raises the USD-priced Li revenue in INR: CFADS rises along a row.
    expect(Number(j.cells[2]![4]!.cfadsChange)).toBeGreaterThan(0)
    // …and the hand case's USD tranche costs more INR to service.
    expect(Number(j.cells[2]![4]!.debtServiceChange)).toBeGreaterThan(0)
    expect(Number(j.cells[2]![0]!.debtServiceChange)).toBeLessThan(0)
  })

  it('takes the moves given (up to 9 per axis, each above −100 % and at most +400 %)', () => {
    const nine = ['-0.99', '-0.5', '-0.2', '-0.1', '0', '0.1', '0.2', '1', '4']
    const r = computeJointStress(withByproducts, { a: 'metal:Li', b: 'byproducts', aMoves: nine, bMoves: ['0'] })
    expect(r.ok && r.value.cells.length).toBe(9)
    expect(computeJointStress(withByproducts, { a: 'metal:Li', b: 'byproducts', aMoves: [...nine, '0.3'] })).toEqual({ ok: false, reason: 'Li price: between 1 and 9 moves' })
    expect(computeJointStress(withByproducts, { a: 'metal:Li', b: 'byproducts', aMoves: ['4.01'] })).toEqual({ ok: false, reason: 'Li price: a move of 4.01 is outside −100 % … +400 % (exclusive of −100 %)' })
    expect(computeJointStress(withByproducts, { a: 'nope', b: 'fx:INR' })).toEqual({ ok: false, reason: 'unknown driver "nope"; this project has metal:Li, fx:INR, byproducts' })
    expect(computeJointStress(withByproducts, { a: 'fx:INR', b: 'nope' })).toEqual({ ok: false, reason: 'unknown driver "nope"; this project has metal:Li, fx:INR, byproducts' })
  })

  it('refuses what it cannot run, with the reason; without debt a cell has no DSCR', () => {
    expect(computeJointStress(withByproducts, { a: 'fx:INR', b: 'fx:INR' })).toEqual({ ok: false, reason: 'pick two different drivers' })
    expect(computeJointStress(withByproducts, { a: 'metal:Li', b: 'fx:INR', aMoves: [] })).toEqual({ ok: false, reason: 'Li price: between 1 and 9 moves' })
    expect(computeJointStress(withByproducts, { a: 'metal:Li', b: 'fx:INR', bMoves: ['abc'] })).toEqual({ ok: false, reason: 'FX: INR per USD: "abc" is not a number' })
    const noDebt = lithiumCase((p) => {
      p.financing.gearing = '0'
      p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }, { year: 2027, perUsd: '82' }] }] }
      p.offtake = [{ ...liContractInr }]
    })
    const r = computeJointStress(noDebt, { a: 'metal:Li', b: 'fx:INR', aMoves: ['0.1'], bMoves: ['0'] })
    if (!r.ok) throw new Error(r.reason)
    expect(r.value.baseMinDscr).toBeNull()
    expect(r.value.cells[0]![0]!.minDscr).toBeNull()
    expect(r.value.a.subject).toBe('Li')
  })

  it('says each move in words, with the verb agreeing', () => {
    const j = grid(['1'])
    expect(moveWords(j.b, '0.1')).toBe('INR weakens against USD (units per USD +10 %)')
    expect(moveWords(j.b, '-0.05')).toBe('INR strengthens against USD (units per USD −5 %)')
    expect(moveWords(j.b, '0')).toBe('INR stays at the FX table')
    expect(moveWords(j.a, '0')).toBe('Li prices stay at the deck')
    expect(moveWords(j.a, '0.15')).toBe('Li prices rise 15 %')
    expect(moveWords({ id: 'byproducts', label: 'By-product prices', kind: 'byproducts', subject: 'by-product' }, '-0.125')).toBe('by-product prices fall 12.5 %')
  })

  it('places the cell against 1.00x and the covenant', () => {
    const j = grid(['0.95', '1', '1.29', '1.3', null])
    const tail = (k: number) => jointSentence(j, 0, k).replace(/^.*goes from /, '')
    expect(tail(0)).toBe('1.50x to 0.95x: below 1.00x, cash flow does not meet debt service.')
    expect(tail(1)).toBe('1.50x to 1.00x: below the 1.30x covenant, above 1.00x.')
    expect(tail(2)).toBe('1.50x to 1.29x: below the 1.30x covenant, above 1.00x.')
    expect(tail(3)).toBe('1.50x to 1.30x: at or above the 1.30x covenant.')
    expect(tail(4)).toBe('1.50x to none (no debt service).')
    expect(jointSentence(grid(['1.4'], '1.3', null), 0, 0)).toBe('If Li prices fall 30 % and INR stays at the FX table, with the debt held as sized, the minimum DSCR over the loan life goes from none (no debt service) to 1.40x: at or above the 1.30x covenant.')
  })
})
