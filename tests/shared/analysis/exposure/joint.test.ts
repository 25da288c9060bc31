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
  beforeAll(() => void (j = ok(computeJointStress(india, { a: 'metal:Li', b: 'fx:INR' }, (d, t) => seen.push([d, t])))))

  it('lays the default 5 × 5 grid (prices ±30 %, FX ±10 %) and reports progress per cell', () => {
    expect(j.aMoves).toEqual(['-0.3', '-0.15', '0', '0.15', '0.3'])
    expect(j.bMoves).toEqual(['-0.1', '-0.05', '0', '0.05', '0.1'])
    expect(j.cells).toHaveLength(5)
    expect(j.cells.every((r) => r.length === 5)).toBe(true)
    expect(seen).toHaveLength(25)
    expect(seen.at(-1)).toEqual([25, 25])
    expect(j.evaluations).toBe(27)
    expect(j.a).toEqual({ id: 'metal:Li', label: 'Li price', kind: 'metal', subject: 'Li' })
    expect(j.b).toEqual({ id: 'fx:INR', label: 'FX: INR per USD', kind: 'fx', subject: 'INR' })
  })

  it('the unmoved cell is the base case; a corner is the engine run of the same scenario (brute force)', () => {
    const base = runModel(india).metrics.minDscr
    expect(j.cells[2]![2]!.minDscr).toBe(base.ok ? base.value.toString() : null)
    expect(Number(j.cells[2]![2]!.cfadsChange)).toBe(0)
    // Li −30 % and INR +10 % per USD (JPY as the table has it): the INR table itself edited, Li × 0.7, the debt held
    // at the base case's — not through the scenario's fxMultipliers the grid uses.
    const edited = structuredClone(india)
    for (const pt of edited.fx.rates.find((r) => r.currency === 'INR')!.points) pt.perUsd = new Decimal(pt.perUsd).times('1.1').toString()
    const brute = runModel(edited, { fixedDebt: runModel(india).debt, priceMultipliers: { byProduct: new Map([['li2co3', new Decimal('0.7')]]) } }).metrics.minDscr
    expect(brute.ok).toBe(true)
    const cell = new Decimal(j.cells[0]![4]!.minDscr!)
    expect(cell.minus(brute.ok ? brute.value : 0).abs().toNumber()).toBeLessThan(1e-12)
    // Lower Li prices lower the cover at every FX level.
    for (let k = 0; k < 5; k++) expect(Number(j.cells[0]![k]!.minDscr)).toBeLessThan(Number(j.cells[4]![k]!.minDscr))
  })

  it('answers in a plain sentence', () => {
    const s = jointSentence(j, 0, 4)
    expect(s).toMatch(/^If Li prices fall 30 % and INR weakens against USD \(units per USD \+10 %\), with the debt held as sized, the minimum DSCR over the loan life goes from 2\.64x to \d\.\d\dx: /)
    expect(moveWords(j.a, '0')).toBe('Li prices stay at the deck')
    expect(moveWords(j.b, '-0.05')).toBe('INR strengthens against USD (units per USD −5 %)')
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

  it('takes any currency as an axis: INR × JPY, each moved alone, the corner both (brute force on the FX tables)', () => {
    const g = ok(computeJointStress(india, { a: 'fx:INR', b: 'fx:JPY', aMoves: ['-0.1', '0'], bMoves: ['0', '0.1'] }))
    expect(g.a.subject).toBe('INR')
    expect(g.b.subject).toBe('JPY')
    const edited = structuredClone(india)
    for (const t of edited.fx.rates) for (const pt of t.points) pt.perUsd = new Decimal(pt.perUsd).times(t.currency === 'INR' ? '0.9' : '1.1').toString()
    const brute = runModel(edited, { fixedDebt: runModel(india).debt }).metrics.minDscr
    if (!brute.ok) throw new Error('no DSCR')
    expect(new Decimal(g.cells[0]![1]!.minDscr!).minus(brute.value).abs().toNumber()).toBeLessThan(1e-12)
    // Moving one currency is not moving the other: the INR-only and JPY-only cells differ.
    expect(g.cells[0]![0]!.cfadsChange).not.toBe(g.cells[1]![1]!.cfadsChange)
    expect(jointSentence(g, 0, 1)).toMatch(/^If INR strengthens against USD \(units per USD −10 %\) and JPY weakens against USD \(units per USD \+10 %\), /)
  })

  it('refuses an unknown or repeated driver and moves out of range, with the reason', () => {
    const r1 = computeJointStress(india, { a: 'metal:Pt', b: 'fx:INR' })
    expect(r1).toEqual({ ok: false, reason: 'unknown driver "metal:Pt"; this project has metal:Li, metal:Co, metal:Ni, fx:INR, fx:JPY, byproducts' })
    expect(computeJointStress(india, { a: 'fx:INR', b: 'fx:INR' })).toEqual({ ok: false, reason: 'pick two different drivers' })
    expect(computeJointStress(india, { a: 'metal:Li', b: 'fx:INR', aMoves: ['-1'] })).toEqual({ ok: false, reason: 'Li price: a move of -1 is outside −100 % … +400 % (exclusive of −100 %)' })
    expect(computeJointStress(india, { a: 'metal:Li', b: 'fx:JPY', bMoves: ['abc'] })).toEqual({ ok: false, reason: 'FX: JPY per USD: "abc" is not a number' })
    expect(computeJointStress(india, { a: 'metal:Li', b: 'fx:INR', bMoves: [] })).toEqual({ ok: false, reason: 'FX: INR per USD: between 1 and 9 moves' })
  })
})
