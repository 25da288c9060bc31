import { describe, expect, it } from 'vitest'
import { dec, sum } from '@shared/decimal'
import { MAX_TRANCHES, parseProject, type Project } from '@shared/model'
import { defaultFxPerUsd } from '@shared/reference'
import { addBaseRateYear, addTranche, removeBaseRateYear, removeTranche, setInterestKind, setTrancheCurrency } from '@renderer/features/financing/tranche-edits'
import { handProject } from '../../../shared/engine/hand-project'

/** Every edit must leave a project the schema accepts (the store refuses anything else). */
const parses = (p: Project) => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}
const shares = (p: Project) => p.financing.tranches.map((t) => t.share)

describe('tranche edits keep the project valid in one step', () => {
  it('adding halves the last share (1 → 0.5/0.5 → 0.5/0.25/0.25), copies the first tranche’s terms, stops at the limit', () => {
    const p = handProject()
    expect(addTranche(p)).toBe('tranche-1')
    expect(shares(p)).toEqual(['0.5', '0.5'])
    const t = p.financing.tranches[1]!
    expect([t.name, t.currency, t.lenderType, t.tenorYears, t.repayment, t.hedge.hedged]).toEqual(['Tranche 2', 'USD', 'other', 3, 'annuity', false])
    expect(t.interest).toEqual(p.financing.tranches[0]!.interest)
    expect(t.interest).not.toBe(p.financing.tranches[0]!.interest) // a copy, not the same object
    addTranche(p)
    addTranche(p)
    expect(shares(p)).toEqual(['0.5', '0.25', '0.125', '0.125'])
    expect(p.financing.tranches).toHaveLength(MAX_TRANCHES)
    expect(addTranche(p)).toBeNull()
    expect(p.financing.tranches).toHaveLength(MAX_TRANCHES)
    parses(p)
  })

  it('under sculpted sizing the new tranche is sculpted too (it copies the first)', () => {
    const p = handProject()
    p.financing.sizing = 'sculpted'
    p.financing.tranches[0]!.repayment = 'sculpted'
    addTranche(p)
    expect(parses(p).financing.tranches[1]!.repayment).toBe('sculpted')
  })

  it('removing gives the share to the first tranche left, and never removes the last one', () => {
    const p = handProject()
    addTranche(p)
    addTranche(p)
    p.financing.tranches[1]!.share = '0.3'
    p.financing.tranches[2]!.share = '0.2' // 0.5 / 0.3 / 0.2
    removeTranche(p, 1)
    expect(shares(p)).toEqual(['0.8', '0.2'])
    removeTranche(p, 0)
    expect(shares(p)).toEqual(['1'])
    removeTranche(p, 0)
    expect(p.financing.tranches).toHaveLength(1)
    parses(p)
  })

  it('removing the tranche a cash sweep goes into turns the sweep pro rata; one into another tranche stays', () => {
    const p = handProject()
    addTranche(p)
    addTranche(p)
    const [, second, third] = p.financing.tranches.map((t) => t.id)
    p.financing.waterfall = { sweep: { share: '0.5', trigger: null, allocation: third! } }
    removeTranche(p, 1)
    expect(p.financing.waterfall.sweep!.allocation).toBe(third)
    removeTranche(p, p.financing.tranches.findIndex((t) => t.id === third))
    expect(p.financing.waterfall.sweep!.allocation).toBe('pro-rata')
    expect(second).not.toBe(third)
    parses(p)
  })

  it('a foreign currency gets the reference FX curve when the project has none; the reporting currency turns the hedge off', () => {
    const p = handProject()
    addTranche(p)
    expect(setTrancheCurrency(p, 1, 'INR')).toBe('INR')
    expect(p.fx.rates).toEqual([{ currency: 'INR', points: [{ year: 2026, perUsd: defaultFxPerUsd('INR')!.value }] }])
    expect(setTrancheCurrency(p, 1, 'INR')).toBeNull() // the curve is there now
    p.financing.tranches[1]!.hedge = { hedged: true, annualCost: '0.015' }
    parses(p)
    setTrancheCurrency(p, 1, 'USD')
    expect(p.financing.tranches[1]!.hedge).toEqual({ hedged: false, annualCost: '0.015' })
    parses(p)
  })

  it('fixed ↔ floating keeps the rate: 10 % fixed → base 10 % + 0 margin → 10 % fixed; floating takes the start year’s all-in rate', () => {
    const p = handProject()
    setInterestKind(p, 0, 'floating')
    expect(p.financing.tranches[0]!.interest).toEqual({ kind: 'floating', baseRates: [{ year: 2026, annualRate: '0.1' }], marginAnnualRate: '0' })
    parses(p)
    p.financing.tranches[0]!.interest = { kind: 'floating', baseRates: [{ year: 2026, annualRate: '0.055' }, { year: 2028, annualRate: '0.07' }], marginAnnualRate: '0.025' }
    setInterestKind(p, 0, 'fixed')
    expect(p.financing.tranches[0]!.interest).toEqual({ kind: 'fixed', annualRate: '0.08' }) // 5.5 % + 2.5 % in 2026
    parses(p)
  })

  it('base-rate years: add the year after the last at its rate; remove down to one', () => {
    const p = handProject()
    setInterestKind(p, 0, 'floating')
    addBaseRateYear(p, 0)
    const i = p.financing.tranches[0]!.interest
    expect(i.kind === 'floating' && i.baseRates).toEqual([{ year: 2026, annualRate: '0.1' }, { year: 2027, annualRate: '0.1' }])
    parses(p)
    removeBaseRateYear(p, 0)
    removeBaseRateYear(p, 0)
    expect(i.kind === 'floating' && i.baseRates.length).toBe(1)
  })

  it('shares still add up to exactly 1 after any sequence of adds and removes', () => {
    const p = handProject()
    for (const step of ['add', 'add', 'remove1', 'add', 'add', 'remove0', 'remove2', 'add']) {
      if (step === 'add') addTranche(p)
      else removeTranche(p, Number(step.slice(6)))
      expect(sum(p.financing.tranches.map((t) => dec(t.share))).eq(1)).toBe(true)
    }
    parses(p)
  })
})
