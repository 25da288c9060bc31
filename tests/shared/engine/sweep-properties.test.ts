/**
 * The cash sweep's invariants (§11, §12) over generated valid projects (fast-check): single-debt projects
 * with waterfall terms (arbitrary-project.ts) and the same split into tranches in three currencies on an
 * FX path (tranched-project.ts), each given a sweep — a share, every period or on a DSCR trigger, pro rata
 * or into one tranche. Distributions never go below zero; balances never do and reach zero; the waterfall
 * conserves cash; the balance sheet balances; sizing is untouched; and a sweep that never fires leaves
 * every figure as it is without one.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, ZERO, sum } from '@shared/decimal'
import { runModel, type ModelResult } from '@shared/engine'
import { buildStatements } from '@shared/engine/statements'
import { parseProject, type Project } from '@shared/model'
import { arbitraryProject } from './arbitrary-project'
import { tranched } from './tranched-project'

const sweepTerms = fc.record({
  share: fc.integer({ min: 1, max: 100 }).map((x) => String(x / 100)),
  trigger: fc.option(fc.integer({ min: 100, max: 400 }).map((x) => String(x / 100)), { nil: null }),
  /** Index of the tranche to sweep into (modulo the tranche count), or pro rata. */
  into: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null })
})
type SweepTerms = typeof sweepTerms extends fc.Arbitrary<infer T> ? T : never

function withSweep(p: Project, s: SweepTerms): Project {
  const q = structuredClone(p)
  const tranches = q.financing.tranches
  const allocation = s.into === null ? 'pro-rata' : tranches[s.into % tranches.length]!.id
  q.financing.waterfall = { ...q.financing.waterfall, sweep: { share: s.share, trigger: s.trigger, allocation } }
  const r = parseProject(q)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  return r.value
}

function assertSwept(r: ModelResult, base: ModelResult): void {
  const f = r.financing
  const w = f.waterfall
  // Sizing is not the sweep's business: the same debt, drawn and funded the same way.
  expect(f.totalDebt.eq(base.financing.totalDebt), 'debt').toBe(true)
  expect(f.drawdowns.every((d, i) => d.eq(base.financing.drawdowns[i]!)), 'drawdowns').toBe(true)
  r.periods.forEach((p, i) => {
    for (const t of f.tranches) expect(t.balanceInCurrency[i]!.isNegative(), `balance ${i}`).toBe(false)
    if (p.phase !== 'operations') return
    expect(f.distributions[i]!.isNegative(), `distribution ${i}`).toBe(false)
    expect(w.sweep[i]!.isNegative()).toBe(false)
    // A prepayment never exceeds what is owed after the period's scheduled principal.
    expect(w.sweep[i]!.lte(f.openingBalance[i]!.minus(f.principal[i]!).plus('1e-20')), `sweep ${i} ${w.sweep[i]} ${f.openingBalance[i]} ${f.principal[i]}`).toBe(true)
    expect(f.closingBalance[i]!.lte(f.openingBalance[i]!), `closing ${i}`).toBe(true)
    // Cash conserved (as tests/shared/engine/properties.test.ts): every line in and out, the sweep included.
    const lockupMovement = w.lockupTrapped[i]!.minus(w.lockupRelease[i]!).minus(w.lockupApplied[i]!)
    const expected = f.cfads[i]!.minus(f.debtService[i]!).minus(w.lcFee[i]!).minus(w.lcInterest[i]!).minus(w.wcFacilityInterest[i]!)
      .plus(w.sponsorSupport[i]!).plus(w.wcFacilityDraw[i]!).minus(w.wcFacilityRepay[i]!).plus(w.lcDraw[i]!).minus(w.lcRepay[i]!)
      .minus(w.dsraMovement[i]!).minus(w.mraMovement[i]!).minus(lockupMovement).minus(w.sweep[i]!)
    expect(f.distributions[i]!.minus(expected).abs().lte(f.cfads[i]!.abs().plus(f.debtService[i]!).times('1e-20')), `cash ${i}`).toBe(true)
  })
  // Every tranche is repaid to zero by its contractual maturity (earlier when swept), and stays there.
  for (const t of f.tranches) for (let i = t.maturityPeriod - 1; i < r.periods.length; i++) expect(t.balanceInCurrency[i]!.isZero(), `repaid ${t.id} ${i} ${t.balanceInCurrency[i]}`).toBe(true)
  if (f.totalDebt.gt(0)) expect(r.metrics.debtRepaidPeriod!).toBeLessThanOrEqual(f.maturityPeriod!)
  expect(r.metrics.totalSwept.ok && r.metrics.totalSwept.value.eq(sum(w.sweep)), 'total').toBe(true)
  // The balance sheet balances and cash is the reserve accounts (statements-properties.test.ts).
  const st = buildStatements(r)
  expect(st.maxRelativeBalanceCheck.lte('1e-9'), `max relative check ${st.maxRelativeBalanceCheck}`).toBe(true)
  const b = st.perPeriod.balance
  st.perPeriod.cashFlow.closingCash.forEach((c, i) => expect(c.minus(b.cash[i]!).abs().lte(b.totalAssets[i]!.abs().times('1e-9').plus('1e-18'))).toBe(true))
  // A sweep that never fired leaves every figure as it is without one.
  if (sum(w.sweep).isZero()) {
    for (const k of ['debtService', 'interest', 'cfads', 'distributions', 'closingBalance', 'dsraBalance', 'equityCashFlow'] as const)
      expect(f[k].every((x, i) => x.eq(base.financing[k][i]!)), k).toBe(true)
  } else {
    // It did fire: no more interest over the life than without it (less, unless the rate is zero).
    expect(sum(f.interest).lte(sum(base.financing.interest)), `interest ${sum(f.interest)} ${sum(base.financing.interest)}`).toBe(true)
  }
}

const noSweep = (p: Project): Project => {
  const q = structuredClone(p)
  if (q.financing.waterfall?.sweep) delete q.financing.waterfall.sweep
  return q
}

describe('the cash sweep over generated projects (fast-check)', () => {
  it('single debt with waterfall terms: distributions ≥ 0, balances ≥ 0 and repaid, cash conserved, balanced', () => {
    fc.assert(fc.property(arbitraryProject(), sweepTerms, (p, s) => {
      const parsed = parseProject(p)
      if (!parsed.ok) throw new Error('generator gave an invalid project')
      assertSwept(runModel(withSweep(parsed.value, s)), runModel(noSweep(parsed.value)))
    }), { numRuns: 60, seed: 20261207, endOnFailure: true })
  })

  it('tranches in USD, INR and JPY, hedged or not, on an FX path, swept pro rata or into one', () => {
    fc.assert(fc.property(tranched, sweepTerms, (p, s) => assertSwept(runModel(withSweep(p, s)), runModel(p))), { numRuns: 30, seed: 20261207, endOnFailure: true })
  })

  it('held debt under a price stress (as scenarios and breakevens run it): the scenario sweeps its own cash', () => {
    fc.assert(fc.property(tranched, sweepTerms, fc.integer({ min: 30, max: 150 }), (p, s, pct) => {
      const q = withSweep(p, s)
      const held = runModel(q).debt
      const options = { fixedDebt: held, priceMultipliers: { all: new Decimal(pct).div(100) } }
      assertSwept(runModel(q, options), runModel(p, { fixedDebt: runModel(p).debt, priceMultipliers: options.priceMultipliers }))
    }), { numRuns: 20, seed: 20261207, endOnFailure: true })
  })

  it('a sweep that is always on and takes everything repays no later than one that takes less', () => {
    fc.assert(fc.property(tranched, (p) => {
      const all = runModel(withSweep(p, { share: '1', trigger: null, into: null }))
      const half = runModel(withSweep(p, { share: '0.5', trigger: null, into: null }))
      if (!all.financing.totalDebt.gt(0)) return
      expect(all.metrics.debtRepaidPeriod!).toBeLessThanOrEqual(half.metrics.debtRepaidPeriod!)
      expect(sum(all.financing.interest).lte(sum(half.financing.interest).plus(ZERO))).toBe(true)
    }), { numRuns: 15, seed: 20261207 })
  })
})
