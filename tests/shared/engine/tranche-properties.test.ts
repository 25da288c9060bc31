/**
 * Tranche invariants (methodology §10) over generated projects (fast-check): the generated valid
 * projects of arbitrary-project.ts with their single debt split into 2–4 tranches in USD, INR and JPY,
 * hedged or not, fixed or floating, with commitment fees and ECA premiums.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, ZERO, dec } from '@shared/decimal'
import { runModel, type ModelResult } from '@shared/engine'
import { evaluateOperations } from '@shared/engine/operations'
import { prepare } from '@shared/engine/prepare'
import { planDebt } from '@shared/engine/sizing'
import { planTranches } from '@shared/engine/tranche-plan'
import { resolveTranches } from '@shared/engine/tranche-terms'
import { arbitraryProject } from './arbitrary-project'
import { fxPath, tranched } from './tranched-project'

const sum = (s: readonly Decimal[]) => s.reduce((a, b) => a.plus(b), ZERO)

describe('tranche invariants (fast-check)', () => {
  it('every tranche is repaid to zero at its own maturity; Σ tranche drawdowns = the debt-funded uses; the parts add up', () => {
    fc.assert(
      fc.property(tranched, (project) => {
        const r: ModelResult = runModel(project)
        const f = r.financing
        expect(f.tranches).toHaveLength(project.financing.tranches.length)
        for (const t of f.tranches) {
          for (let i = t.maturityPeriod - 1; i < r.periods.length; i++) {
            expect(t.balanceInCurrency[i]!.isZero()).toBe(true)
            expect(t.balance[i]!.isZero()).toBe(true)
          }
          // Principal never negative, and the tranche repays what it drew (in its currency).
          t.principalInCurrency.forEach((x) => expect(x.isNegative()).toBe(false))
          expect(sum(t.principalInCurrency).minus(sum(t.drawdownsInCurrency)).abs().lte('1e-20')).toBe(true)
        }
        // Σ tranche drawdowns = the aggregate drawdowns, which fund the uses: sources = uses.
        r.periods.forEach((_, i) => {
          const drawn = sum(f.tranches.map((t) => t.drawdowns[i]!))
          expect(drawn.minus(f.drawdowns[i]!).abs().lte(f.drawdowns[i]!.abs().times('1e-30').plus('1e-20'))).toBe(true)
        })
        const sources = sum(f.drawdowns).plus(sum(f.equityContributions)).plus(sum(r.capex.grants))
        const uses = sum(f.uses).plus(sum(f.dsraInitialFunding))
        expect(sources.minus(uses).abs().lte(uses.abs().times('1e-25').plus('1e-9'))).toBe(true)
        if (f.sizingMode === 'gearing') {
          const g = dec(project.financing.gearing)
          f.drawdowns.forEach((d, i) => expect(d.minus(g.times(f.uses[i]!.minus(r.capex.grants[i]!))).abs().lte(f.uses[i]!.abs().times('1e-25').plus('1e-12'))).toBe(true))
        }
        // Tranche debt at COD adds up to the metric; debt service = Σ tranche interest + principal + hedge cost.
        expect(sum(f.tranches.map((t) => t.debtAtCod)).minus(r.metrics.debtAtCod).abs().lte('1e-20')).toBe(true)
        r.periods.forEach((p, i) => {
          if (p.phase !== 'operations') return
          const parts = sum(f.tranches.map((t) => t.interest[i]!.plus(t.principal[i]!).plus(t.fees[i]!)))
          expect(parts.minus(f.debtService[i]!).abs().lte(f.debtService[i]!.abs().times('1e-25').plus('1e-20'))).toBe(true)
        })
      }),
      { numRuns: 40 }
    )
  })

  it('a hedged tranche\'s debt service in the reporting currency does not depend on the FX path', () => {
    fc.assert(
      fc.property(tranched, fxPath, (project, other) => {
        // Gearing sizing and non-sculpted profiles, every foreign tranche hedged: nothing about the debt reads CFADS.
        const p = structuredClone(project)
        p.financing.sizing = 'gearing'
        for (const t of p.financing.tranches) {
          if (t.repayment === 'sculpted') t.repayment = 'equal'
          if (t.currency !== p.reportingCurrency) t.hedge = { hedged: true, annualCost: '0.015' }
        }
        const moved = structuredClone(p)
        const year = Number(p.timeline.startDate.slice(0, 4))
        moved.fx.rates = [
          { currency: 'INR', points: [{ year, perUsd: String(other.inr) }, { year: year + 2, perUsd: String(other.inr * 1.7) }], annualDepreciation: String(other.depInr / 100) },
          { currency: 'JPY', points: [{ year, perUsd: String(other.jpy) }], annualDepreciation: String(other.depJpy / 50) }
        ]
        const a = runModel(p).financing
        const b = runModel(moved).financing
        a.tranches.forEach((t, k) => {
          const u = b.tranches[k]!
          t.interest.forEach((x, i) => {
            const ds = x.plus(t.principal[i]!).plus(t.fees[i]!)
            const ds2 = u.interest[i]!.plus(u.principal[i]!).plus(u.fees[i]!)
            expect(ds.minus(ds2).abs().lte(ds.abs().times('1e-25').plus('1e-20'))).toBe(true)
          })
        })
      }),
      { numRuns: 30 }
    )
  })

  it('with one tranche in the reporting currency the tranche planner gives the single-debt engine\'s results (gearing, annuity or equal: to the last digit)', () => {
    fc.assert(
      fc.property(arbitraryProject(), (project) => {
        const prep = prepare(project, undefined)
        const ops = evaluateOperations(prep, undefined).operations
        const single = planDebt(prep, ops, undefined)
        const general = planTranches(prep, ops, resolveTranches(prep), undefined)
        const exact = project.financing.sizing === 'gearing' && project.financing.tranches[0]!.repayment !== 'sculpted'
        const series = ['drawdowns', 'idc', 'fees', 'uses', 'equity'] as const
        for (const key of series)
          single.funding[key].forEach((x, i) => (exact ? expect(general.funding[key][i]!.toString()).toBe(x.toString()) : expect(general.funding[key][i]!.minus(x).abs().lte(x.abs().times('1e-12').plus('1e-6'))).toBe(true)))
        for (const key of ['interest', 'principal', 'debtService', 'closingBalance', 'tax', 'cfads'] as const)
          single.schedule[key].forEach((x, i) => (exact ? expect(general.schedule[key][i]!.toString()).toBe(x.toString()) : expect(general.schedule[key][i]!.minus(x).abs().lte(x.abs().times('1e-12').plus('1e-6'))).toBe(true)))
      }),
      { numRuns: 40 }
    )
  })
})
