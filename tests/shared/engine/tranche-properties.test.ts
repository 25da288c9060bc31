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
import { parseProject, type Currency, type Project, type Tranche } from '@shared/model'
import { arbitraryProject } from './arbitrary-project'

const sum = (s: readonly Decimal[]) => s.reduce((a, b) => a.plus(b), ZERO)

const trancheShape = fc.record({
  currency: fc.constantFrom<Currency>('USD', 'INR', 'JPY'),
  weight: fc.integer({ min: 1, max: 5 }),
  tenorFrac: fc.double({ min: 0.2, max: 1, noNaN: true }),
  graceFrac: fc.double({ min: 0, max: 1, noNaN: true }),
  rate: fc.integer({ min: 0, max: 150 }).map((x) => String(x / 1000)),
  floating: fc.boolean(),
  hedged: fc.boolean(),
  profile: fc.constantFrom<Tranche['repayment']>('annuity', 'equal', 'sculpted'),
  upfrontFee: fc.integer({ min: 0, max: 30 }).map((x) => String(x / 1000)),
  commitment: fc.integer({ min: 0, max: 10 }).map((x) => String(x / 1000)),
  premium: fc.integer({ min: 0, max: 80 }).map((x) => String(x / 1000))
})

const fxPath = fc.record({ inr: fc.integer({ min: 60, max: 120 }), jpy: fc.integer({ min: 90, max: 180 }), depInr: fc.integer({ min: -5, max: 10 }), depJpy: fc.integer({ min: -5, max: 10 }) })

/** A generated project with its debt split into tranches; shares add up to exactly 1. */
type Shape = typeof trancheShape extends fc.Arbitrary<infer T> ? T : never
type FxPath = typeof fxPath extends fc.Arbitrary<infer T> ? T : never

function splitDebt(base: Project, shapes: readonly Shape[], fx: FxPath): Project {
  const p = structuredClone(base)
  const only = p.financing.tranches[0]!
  const m = p.timeline.periodMonths
  const opYears = p.timeline.operatingYears
  const year = Number(p.timeline.startDate.slice(0, 4))
  p.fx = { rates: [
    { currency: 'INR', points: [{ year, perUsd: String(fx.inr) }], annualDepreciation: String(fx.depInr / 100) },
    { currency: 'JPY', points: [{ year, perUsd: String(fx.jpy) }], annualDepreciation: String(fx.depJpy / 100) }
  ] }
  const total = shapes.reduce((a, s) => a + s.weight, 0)
  let given = new Decimal(0)
  p.financing.tranches = shapes.map((s, k) => {
    const share = k === shapes.length - 1 ? new Decimal(1).minus(given) : new Decimal(s.weight).div(total).toDecimalPlaces(6)
    given = given.plus(share)
    const tenorYears = Math.max(1, Math.floor(s.tenorFrac * opYears))
    const graceMonths = Math.min(120, Math.floor((((opYears - tenorYears) * 12) / m) * s.graceFrac) * m)
    const foreign = s.currency !== p.reportingCurrency
    return {
      ...only, id: `t${k}`, name: `Tranche ${k}`, currency: s.currency, share: share.toString(), tenorYears, graceMonths,
      repayment: p.financing.sizing === 'sculpted' ? 'sculpted' : s.profile,
      interest: s.floating ? { kind: 'floating', baseRates: [{ year, annualRate: s.rate }, { year: year + 3, annualRate: String(Number(s.rate) / 2) }], marginAnnualRate: '0.02' } : { kind: 'fixed', annualRate: s.rate },
      upfrontFee: s.upfrontFee, commitmentFeeAnnualRate: s.commitment, ecaPremium: s.premium, hedge: { hedged: foreign && s.hedged, annualCost: foreign && s.hedged ? '0.015' : '0' }
    }
  })
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  return r.value
}

const tranched = fc.tuple(arbitraryProject(), fc.array(trancheShape, { minLength: 2, maxLength: 4 }), fxPath).map(([p, shapes, fx]) => splitDebt(p, shapes, fx))

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
