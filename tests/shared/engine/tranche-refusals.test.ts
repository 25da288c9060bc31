/**
 * Debt structures once refused (issue #14): `singleDebtTerms` now only chooses the Excel model's layout
 * (one debt, or a block per tranche: tests/shared/workbook/tranche-model.test.ts), and the Monte Carlo
 * fast path models tranches (FX moves unhedged foreign service: tests/shared/analysis/monte-carlo-fx.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_MC_SETTINGS, runMonteCarlo } from '@shared/analysis'
import { parseProject, singleDebtTerms, type Project, type Tranche } from '@shared/model'
import { handProject } from './hand-project'
import { tranche } from '../model/tranche-fixtures'

const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}
const terms = { annualRate: '0.1', tenorYears: 3, graceMonths: 0, repayment: 'annuity' as const, upfrontFee: '0' }

function variant(make: (p: Project) => void): Project {
  const p = handProject()
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
  make(p)
  return valid(p)
}
const two = variant((p) => (p.financing.tranches = [tranche('USD', terms, { id: 'a', share: '0.6' }), tranche('USD', terms, { id: 'b', share: '0.4' })]))
const foreign = variant((p) => (p.financing.tranches = [tranche('INR', terms)]))
const withFee = (extra: Partial<Tranche>) => variant((p) => (p.financing.tranches = [tranche('USD', terms, extra)]))

describe('debt structures once refused', () => {
  it('singleDebtTerms names what it cannot hold', () => {
    expect(singleDebtTerms(two)).toEqual({ ok: false, reason: 'the senior debt has 2 tranches; only a single tranche is supported here so far' })
    expect(singleDebtTerms(foreign)).toMatchObject({ ok: false, reason: expect.stringContaining('is in INR, not the reporting currency USD') })
    expect(singleDebtTerms(withFee({ commitmentFeeAnnualRate: '0.005' }))).toMatchObject({ ok: false, reason: expect.stringContaining('commitment fee') })
    expect(singleDebtTerms(withFee({ ecaPremium: '0.04' }))).toMatchObject({ ok: false, reason: expect.stringContaining('ECA premium') })
    expect(singleDebtTerms(withFee({ interest: { kind: 'floating', baseRates: [{ year: 2026, annualRate: '0.04' }], marginAnnualRate: '0.02' } }))).toMatchObject({ ok: false, reason: expect.stringContaining('floating') })
    expect(singleDebtTerms(handProject())).toMatchObject({ ok: true, terms: { annualRate: '0.1', tenorYears: 3, repayment: 'annuity' } })
  })

  it.each([['two tranches', two], ['an INR tranche in a USD project', foreign]])('Monte Carlo no longer refuses %s (its fast path moves foreign debt service with FX: tests/shared/analysis/monte-carlo-fx.test.ts)', (_name, p) => {
    expect(runMonteCarlo(p, { ...DEFAULT_MC_SETTINGS, draws: 5 }).ok).toBe(true)
  })

  it('Monte Carlo still runs on a single reporting-currency tranche, also with fees the fast path holds from the engine', () => {
    expect('reason' in runMonteCarlo(handProject(), { ...DEFAULT_MC_SETTINGS, draws: 5 })).toBe(false)
    expect('reason' in runMonteCarlo(withFee({ commitmentFeeAnnualRate: '0.005' }), { ...DEFAULT_MC_SETTINGS, draws: 5 })).toBe(false)
  })
})
