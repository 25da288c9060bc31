import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, ZERO, dec } from '@shared/decimal'
import { runModel, type ModelResult } from '@shared/engine'
import { npv } from '@shared/finance'
import { parseProject } from '@shared/model'
import { arbitraryProject } from './arbitrary-project'

const sum = (s: readonly Decimal[]) => s.reduce((a, b) => a.plus(b), ZERO)

/** Every Decimal and number anywhere in the result is finite. */
function assertFinite(value: unknown, path = 'result'): void {
  if (value instanceof Decimal) {
    if (!value.isFinite()) throw new Error(`${path} is ${value.toString()}`)
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`)
  } else if (Array.isArray(value)) value.forEach((x, i) => assertFinite(x, `${path}[${i}]`))
  else if (value && typeof value === 'object') for (const [k, x] of Object.entries(value)) assertFinite(x, `${path}.${k}`)
}

const relClose = (a: Decimal, b: Decimal, rel: number, scale: Decimal) => a.minus(b).abs().lte(scale.abs().times(rel).plus('1e-9'))

describe('engine invariants over generated valid projects (fast-check)', () => {
  it('sources = uses, zero at maturity, ΔWC nets to zero, coverage in [0,1], principal ≥ 0 and balance non-increasing after COD, DSCR* under sculpting where the floor does not bind, NPV(IRR) = 0, all finite', () => {
    fc.assert(
      fc.property(arbitraryProject(), (project) => {
        const parsed = parseProject(project)
        if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
        const r: ModelResult = runModel(parsed.value)
        const f = r.financing
        assertFinite(r)
        // Sources = uses: drawdowns + equity + grants = capex + contingency + IDC + fees + initial DSRA.
        const sources = sum(f.drawdowns).plus(sum(f.equityContributions)).plus(sum(r.capex.grants))
        const uses = sum(f.uses).plus(sum(f.dsraInitialFunding))
        expect(relClose(sources, uses, 1e-25, uses)).toBe(true)
        // Debt share of each period's net uses is the gearing under gearing sizing.
        if (f.sizingMode === 'gearing') {
          const g = dec(project.financing.gearing)
          f.drawdowns.forEach((d, i) => expect(relClose(d, g.times(f.uses[i]!.minus(r.capex.grants[i]!)), 1e-30, f.uses[i]!)).toBe(true))
        }
        // Repaid exactly to zero at maturity and after.
        if (f.maturityPeriod !== null) for (let i = f.maturityPeriod - 1; i < r.periods.length; i++) expect(f.closingBalance[i]!.isZero()).toBe(true)
        // Working capital is fully released.
        expect(sum(r.operations.deltaWorkingCapital).abs().lte('1e-20')).toBe(true)
        // Coverage within [0, 1].
        for (const c of [...r.coverage.perPeriod, ...r.coverage.bankablePerPeriod, r.coverage.loanLife])
          if (c.ok) expect(c.value.gte(0) && c.value.lte(1)).toBe(true)
        // Every profile: principal never negative and the balance never grows after COD; interest is paid in
        // cash, so each operating period with a balance has debt service ≥ interest and a DSCR.
        r.periods.forEach((p, i) => {
          if (p.phase !== 'operations') return
          expect(f.principal[i]!.isNegative()).toBe(false)
          expect(f.closingBalance[i]!.lte(f.openingBalance[i]!)).toBe(true)
          expect(f.debtService[i]!.gte(f.interest[i]!)).toBe(true)
          if (f.interest[i]!.gt(0)) expect(f.dscr[i]!.ok).toBe(true)
        })
        // Sculpting: DSCR = DSCR* in every repayment period where the floor does not bind (CFADS / DSCR* ≥
        // interest); where it binds, debt service is the interest alone.
        if (project.financing.tranches[0]!.repayment === 'sculpted' && f.totalDebt.gt(0)) {
          const star = f.sculptingDscr!
          r.periods.forEach((p, i) => {
            const d = f.dscr[i]!
            if (!p.isRepayment || !d.ok) return
            if (f.cfads[i]!.div(star).gte(f.interest[i]!)) expect(relClose(d.value, star, 1e-9, star)).toBe(true)
            else expect(f.debtService[i]!.eq(f.interest[i]!) || i === f.maturityPeriod! - 1).toBe(true)
          })
          // Sculpted sizing never sets more debt than the floored schedule repays (gearing sizing may, when
          // no repayment period has positive CFADS: then the last instalment clears it and 'balloon' says so).
          const balloon = r.issues.some((x) => x.code === 'balloon')
          if (f.sizingMode === 'sculpted' || r.periods.some((p, i) => p.isRepayment && f.cfads[i]!.gt(0))) expect(balloon).toBe(false)
        }
        // NPV at the project IRR is zero, relative to the discounted size of the flows (an IRR near
        // −100 % makes late flows enormous once discounted).
        if (r.metrics.projectIrr.ok) {
          const rate = r.metrics.projectIrr.value
          const scale = npv(rate, f.projectCashFlow.map((x) => x.abs()), r.periodMonths)
          expect(npv(rate, f.projectCashFlow, r.periodMonths).abs().lte(scale.times('1e-9'))).toBe(true)
        }
        // The waterfall conserves cash (§11): every line in and out adds up to the distribution, which is
        // never negative, and no reserve or facility goes below zero.
        const w = f.waterfall
        r.periods.forEach((p, i) => {
          if (p.phase !== 'operations') return
          const lockupMovement = w.lockupTrapped[i]!.minus(w.lockupRelease[i]!).minus(w.lockupApplied[i]!)
          const expected = f.cfads[i]!.minus(f.debtService[i]!).minus(w.lcFee[i]!).minus(w.lcInterest[i]!).minus(w.wcFacilityInterest[i]!)
            .plus(w.sponsorSupport[i]!).plus(w.wcFacilityDraw[i]!).minus(w.wcFacilityRepay[i]!).plus(w.lcDraw[i]!).minus(w.lcRepay[i]!)
            .minus(w.dsraMovement[i]!).minus(w.mraMovement[i]!).minus(lockupMovement).minus(w.sweep[i]!)
          expect(f.distributions[i]!.minus(expected).abs().lte(f.cfads[i]!.abs().plus(f.debtService[i]!).times('1e-20'))).toBe(true)
          expect(f.distributions[i]!.isNegative()).toBe(false)
          for (const b of [w.dsraBalance[i]!, w.mraBalance[i]!, w.lockupBalance[i]!, w.wcFacilityBalance[i]!, w.lcDrawnBalance[i]!, w.sponsorSupport[i]!]) expect(b.isNegative()).toBe(false)
        })
      }),
      { numRuns: 100, seed: 20261122, endOnFailure: true }
    )
  })

  it('scaling every price by x scales revenue by x (contracts without floor, cap, premium or charge)', () => {
    fc.assert(
      fc.property(arbitraryProject({ plainContracts: true }), fc.constantFrom('0.5', '1.7', '3'), (project, x) => {
        const base = runModel(project)
        const scaled = runModel(project, { priceMultipliers: { all: dec(x) } })
        base.operations.revenue.forEach((rev, i) => expect(relClose(scaled.operations.revenue[i]!, rev.times(x), 1e-30, rev)).toBe(true))
      }),
      { numRuns: 40, seed: 7, endOnFailure: true }
    )
  })
})
