import { beforeAll, describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { computeExposureLedger, computeJointStress, jointSentence, moveWords, type JointStress } from '@shared/analysis/exposure'
import { richProject, sampleProjects } from '../fixtures'

const india = sampleProjects().find((s) => s.name === 'india-black-mass-hydromet.json')!.project
const ok = (r: ReturnType<typeof computeJointStress>): JointStress => {
  if (!r.ok) throw new Error(r.reason)
  return r.value
}

describe('joint stress: two drivers at once, debt held as sized', () => {
  const seen: [number, number][] = []
  let j: JointStress
  // In a hook, not at collection: a run that skips these tests (mutation testing) skips the 25 runs too.
  beforeAll(() => void (j = ok(computeJointStress(india, { a: 'metal:Li', b: 'fx' }, (d, t) => seen.push([d, t])))))

  it('lays the default 5 × 5 grid (prices ±30 %, FX ±10 %) and reports progress per cell', () => {
    expect(j.aMoves).toEqual(['-0.3', '-0.15', '0', '0.15', '0.3'])
    expect(j.bMoves).toEqual(['-0.1', '-0.05', '0', '0.05', '0.1'])
    expect(j.cells).toHaveLength(5)
    expect(j.cells.every((r) => r.length === 5)).toBe(true)
    expect(seen).toHaveLength(25)
    expect(seen.at(-1)).toEqual([25, 25])
    expect(j.evaluations).toBe(27)
    expect(j.a).toEqual({ id: 'metal:Li', label: 'Li price', kind: 'metal', subject: 'Li' })
    expect(j.b.subject).toBe('INR and JPY')
  })

  it('the unmoved cell is the base case; a corner is the engine run of the same scenario (brute force)', () => {
    const base = runModel(india).metrics.minDscr
    expect(j.cells[2]![2]!.minDscr).toBe(base.ok ? base.value.toString() : null)
    expect(Number(j.cells[2]![2]!.cfadsChange)).toBe(0)
    // Li −30 % and INR/JPY +10 % per USD, as a stored scenario: runModel holds the debt at the base case itself.
    const brute = runModel(india, { scenario: { id: 'bf', name: 'bf', priceMultipliers: [{ productId: 'li2co3', multiplier: '0.7' }], fxMultiplier: '1.1' } }).metrics.minDscr
    expect(brute.ok).toBe(true)
    const cell = new Decimal(j.cells[0]![4]!.minDscr!)
    expect(cell.minus(brute.ok ? brute.value : 0).abs().toNumber()).toBeLessThan(1e-12)
    // Lower Li prices lower the cover at every FX level.
    for (let k = 0; k < 5; k++) expect(Number(j.cells[0]![k]!.minDscr)).toBeLessThan(Number(j.cells[4]![k]!.minDscr))
  })

  it('answers in a plain sentence', () => {
    const s = jointSentence(j, 0, 4)
    expect(s).toMatch(/^If Li prices fall 30 % and INR and JPY weaken against USD \(units per USD \+10 %\), with the debt held as sized, the minimum DSCR over the loan life goes from 2\.64x to \d\.\d\dx: /)
    expect(moveWords(j.a, '0')).toBe('Li prices stay at the deck')
    expect(moveWords(j.b, '-0.05')).toBe('INR and JPY strengthen against USD (units per USD −5 %)')
    expect(moveWords(j.a, '0.15')).toBe('Li prices rise 15 %')
  })

  it('a cell with one driver unmoved is the ledger’s move of the other (the rich case: Li and Ni)', () => {
    const p = richProject()
    const g = ok(computeJointStress(p, { a: 'metal:Li', b: 'metal:Ni', aMoves: ['0.1'], bMoves: ['0', '0.1'] }))
    const l = computeExposureLedger(p, { step: '0.1' })
    const li = l.rows.find((r) => r.driverId === 'metal:Li')!
    const ni = l.rows.find((r) => r.driverId === 'metal:Ni')!
    expect(g.cells[0]![0]!.cfadsChange).toBe(li.cfadsChange)
    expect(g.cells[0]![0]!.minDscr).toBe(li.minDscrUp)
    // Both at once: with tax and working capital linear in the move and no clamp on Li or Ni crossed, the two moves add up.
    expect(Number(g.cells[0]![1]!.cfadsChange)).toBeCloseTo(Number(li.cfadsChange) + Number(ni.cfadsChange), 0)
  })

  it('refuses an unknown or repeated driver and moves out of range, with the reason', () => {
    const r1 = computeJointStress(india, { a: 'metal:Pt', b: 'fx' })
    expect(r1).toEqual({ ok: false, reason: 'unknown driver "metal:Pt"; this project has metal:Li, metal:Co, metal:Ni, fx, byproducts' })
    expect(computeJointStress(india, { a: 'fx', b: 'fx' })).toEqual({ ok: false, reason: 'pick two different drivers' })
    expect(computeJointStress(india, { a: 'metal:Li', b: 'fx', aMoves: ['-1'] })).toEqual({ ok: false, reason: 'Li price: a move of -1 is outside −100 % … +400 % (exclusive of −100 %)' })
    expect(computeJointStress(india, { a: 'metal:Li', b: 'fx', bMoves: ['abc'] })).toEqual({ ok: false, reason: 'FX: INR and JPY per USD: "abc" is not a number' })
    expect(computeJointStress(india, { a: 'metal:Li', b: 'fx', bMoves: [] })).toEqual({ ok: false, reason: 'FX: INR and JPY per USD: between 1 and 9 moves' })
  })
})
