import { describe, expect, it } from 'vitest'
import { Decimal, dec } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { bankabilityChecklist, gradeAgainst, overallGrade } from '@renderer/features/results/checklist'
import { handProject } from '../../../shared/engine/hand-project'

describe('grading against a threshold', () => {
  it('at least: green at the threshold, amber within 10 % below, red further', () => {
    expect(gradeAgainst(dec('1.3'), dec('1.3'), 'atLeast')).toBe('green')
    expect(gradeAgainst(dec('1.17'), dec('1.3'), 'atLeast')).toBe('amber') // exactly 90 %
    expect(gradeAgainst(dec('1.1699'), dec('1.3'), 'atLeast')).toBe('red')
  })
  it('at most: green at the threshold, amber within 10 % above, red further', () => {
    expect(gradeAgainst(dec('0.75'), dec('0.75'), 'atMost')).toBe('green')
    expect(gradeAgainst(dec('0.825'), dec('0.75'), 'atMost')).toBe('amber')
    expect(gradeAgainst(dec('0.8251'), dec('0.75'), 'atMost')).toBe('red')
  })
})

describe('bankability checklist on the hand-computable case', () => {
  // Hand case (tests/shared/engine/hand-case.test.ts): 60 % gearing, annuity debt, lender 1.30x/1.10x.
  const project = handProject()
  const result = runModel(project)
  const minDscr = result.metrics.minDscr.ok ? result.metrics.minDscr.value : null

  it('grades the minimum DSCR by the covenant and lock-up band', () => {
    const at = (covenant: string, lockup: string) =>
      bankabilityChecklist({ ...project, lender: { ...project.lender, minDscr: covenant, lockupDscr: lockup } }, result).find((i) => i.id === 'minDscr')!
    expect(minDscr).not.toBeNull()
    const v = minDscr!
    expect(at(v.toFixed(6, Decimal.ROUND_DOWN), v.minus('0.2').toFixed(6)).grade).toBe('green')
    const amber = at(v.plus('0.1').toFixed(6), v.minus('0.1').toFixed(6))
    expect(amber.grade).toBe('amber')
    // Above the lock-up, distributions flow (a lock-up traps cash only below its level, §11).
    expect(amber.reason).toMatch(/above the [\d.]+x lock-up: distributions still flow$/)
    expect(amber.reason).not.toMatch(/trapped/)
    const red = at(v.plus('0.3').toFixed(6), v.plus('0.1').toFixed(6))
    expect(red.grade).toBe('red')
    expect(red.reason).toMatch(/is below the [\d.]+x lock-up: distributions trapped$/)
  })

  it('below 1.00x the minimum DSCR is an event of default, not only a lock-up (§11)', () => {
    const r = runModel(handProject())
    const low = { ...r, metrics: { ...r.metrics, minDscr: { ok: true as const, value: new Decimal('0.95') } } }
    const item = bankabilityChecklist(project, low).find((i) => i.id === 'minDscr')!
    expect(item.grade).toBe('red')
    expect(item.reason).toMatch(/^0\.95x.* is below 1\.00x: an event of default$/)
    const trapped = bankabilityChecklist(project, { ...low, metrics: { ...low.metrics, minDscr: { ok: true as const, value: new Decimal('1') } } }).find((i) => i.id === 'minDscr')!
    expect(trapped.reason).toMatch(/lock-up: distributions trapped$/) // exactly 1.00x is not a default
  })

  it('gearing is graded from above and DSRA by months', () => {
    const items = bankabilityChecklist({ ...project, lender: { ...project.lender, maxGearing: '0.5' } }, result)
    const gearing = items.find((i) => i.id === 'gearing')!
    // Achieved gearing: debt / (uses − grants) is above 60 % (IDC and fees are debt-funded), so > 0.55 → red.
    expect(result.metrics.gearing.gt('0.55')).toBe(true)
    expect(gearing.grade).toBe('red')
    const dsra = items.find((i) => i.id === 'dsra')!
    expect(dsra.grade).toBe('red') // hand case has no DSRA, the lender asks 6 months
    expect(overallGrade(items)).toBe('red')
  })

  it('without debt the cover ratios are n/a with the reason, not failures', () => {
    const p = handProject()
    p.financing.gearing = '0'
    const items = bankabilityChecklist(p, runModel(p))
    for (const id of ['minDscr', 'avgDscr', 'llcr', 'plcr', 'dsra']) expect(items.find((i) => i.id === id)!.grade).toBe('na')
    expect(items.find((i) => i.id === 'gearing')!.grade).toBe('green')
  })
})
