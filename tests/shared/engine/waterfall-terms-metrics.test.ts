import { describe, expect, it } from 'vitest'
import { dec } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { waterfallTerms } from '@shared/engine/waterfall'
import { fundingBeforeRepayment, waterfallMetrics } from '@shared/engine/waterfall-metrics'
import type { Project } from '@shared/model'
import { setDebt } from '../model/tranche-fixtures'
import { c2Project } from './hand-project'

const s = (xs: number[]) => xs.map((x) => dec(x))
const str = (xs: { toString(): string }[]) => xs.map(String)

/** The waterfall's terms as the engine reads them (engine/waterfall.ts), rates per period. */
describe('waterfall terms', () => {
  const base = c2Project('0.6')
  const withDsra = (dsra: Project['financing']['dsra'], edit?: (p: Project) => void): Project => {
    const p = structuredClone(base)
    p.financing.dsra = dsra
    edit?.(p)
    return p
  }
  it('a cash DSRA only when it is on with months; an LC with its rates per period (quarterly: annual × 3/12)', () => {
    expect(waterfallTerms(withDsra({ enabled: true, months: 6 }), 3).dsraCash).toBe(true)
    expect(waterfallTerms(withDsra({ enabled: false, months: 6 }), 3).dsraCash).toBe(false)
    expect(waterfallTerms(withDsra({ enabled: true, months: 0 }), 3).dsraCash).toBe(false)
    const lc = waterfallTerms(withDsra({ enabled: true, months: 6, form: 'lc', lcFeeRate: '0.015', lcDrawRate: '0.1' }), 3)
    expect([lc.dsraCash, lc.lc!.feeRate.toString(), lc.lc!.drawRate.toString()]).toEqual([false, '0.00375', '0.025'])
    // A draw rate left out is 0; an LC switched off with the DSRA is no LC.
    expect(waterfallTerms(withDsra({ enabled: true, months: 6, form: 'lc', lcFeeRate: '0.012' }), 12).lc!.drawRate.toString()).toBe('0')
    expect(waterfallTerms(withDsra({ enabled: false, months: 6, form: 'lc', lcFeeRate: '0.012' }), 12).lc).toBeNull()
  })

  it('the facility and the lock-up as entered; no sweep', () => {
    const t = waterfallTerms(withDsra({ enabled: true, months: 6 }, (p) => void (p.financing.waterfall = { wcFacility: { limit: '250', rate: '0.12' }, lockup: { dscr: '1.15', test: 'period', releaseAfterPeriods: 3 } })), 1)
    expect([t.wc!.limit.toString(), t.wc!.rate.toString(), t.lockup!.ratio.toString(), t.lockup!.releaseAfterPeriods, t.sweep]).toEqual(['250', '0.01', '1.15', 3, null])
    expect(waterfallTerms(base, 12)).toMatchObject({ wc: null, lockup: null, sweep: null })
  })

  it('the LC fee is charged on the previous period\'s target (the LC\'s face amount during the period)', () => {
    // C2, equal principal at 8 % on 600: debt service 168, 158.4, …; a 12-month DSRA target is next year's
    // debt service: 168 at COD (period 1), 158.4 at the end of period 2. LC fee 1 %: period 2 pays 1.68.
    const p = c2Project('0.6', (x) => {
      x.financing.sizing = 'gearing'
      setDebt(x, { repayment: 'equal', annualRate: '0.08', tenorYears: 5 })
      x.financing.dsra = { enabled: true, months: 12, form: 'lc', lcFeeRate: '0.01', lcDrawRate: '0' }
    })
    const w = runModel(p).financing.waterfall
    expect(str(w.dsraTarget.slice(0, 3))).toEqual(['168', '158.4', '148.8'])
    expect(str(w.lcFee.slice(0, 3))).toEqual(['0', '1.68', '1.584'])
    // No cash is held for an LC: no initial funding, no balance.
    expect(str(w.dsraInitialFunding)).toEqual(['0', '0', '0', '0', '0', '0'])
  })
})

describe('waterfall metrics and the funding before the first repayment (engine/waterfall-metrics.ts)', () => {
  const fin = (o: { support: number[]; locked?: boolean[]; sweep?: number[]; ds?: number[]; cfads?: number[]; short?: boolean[]; debt?: number; first?: number | null; closing?: number[] }) =>
    ({
      waterfall: {
        sponsorSupport: s(o.support), locked: o.locked ?? o.support.map(() => false), sweep: s(o.sweep ?? o.support.map(() => 0)), reserveShort: o.short ?? o.support.map(() => false),
        wcFacilityDraw: s(o.support.map(() => 1)), lcDraw: s(o.support.map(() => 2))
      },
      debtService: s(o.ds ?? o.support.map(() => 100)), cfads: s(o.cfads ?? o.support.map(() => 150)), totalDebt: dec(o.debt ?? 1000),
      closingBalance: s(o.closing ?? o.support.map(() => 1)),
      firstRepaymentPeriod: o.first === undefined ? 4 : o.first
    }) as never
  const tl = { constructionPeriods: 1, count: 6 }
  const unit = dec('0.01')

  it('peak (first of equal peaks), total, lock-up periods, sweep and defaults over operating periods only', () => {
    // Period 1 is construction: its 99 of "support" is not read. Peaks 30 in periods 3 and 5: the first is named.
    const m = waterfallMetrics(fin({ support: [99, 0, 30, 10, 30, 0], locked: [true, true, false, true, false, false], sweep: [5, 1, 2, 0, 0, 0], cfads: [0, 90, 150, 150, 100, 150], short: [false, false, true, false, false, false] }), tl, unit, { lockup: true, sweep: true })
    expect([m.peakSponsorSupport.toString(), m.peakSponsorSupportPeriod, m.totalSponsorSupport.toString()]).toEqual(['30', 3, '70'])
    expect(m.periodsInLockup).toEqual({ ok: true, value: dec(2) })
    expect(m.totalSwept).toEqual({ ok: true, value: dec(3) })
    // Period 2: CFADS 90 < 100; period 3: a reserve short; period 5: CFADS 100 = debt service is not a default.
    expect(m.defaultPeriods).toEqual({ ok: true, value: dec(2) })
  })

  it('no support: no peak period; no lock-up, no sweep, no debt: coded failures with reasons', () => {
    const m = waterfallMetrics(fin({ support: [0, 0, 0, 0, 0, 0], debt: 0 }), tl, unit, { lockup: false, sweep: false })
    expect([m.peakSponsorSupport.toString(), m.peakSponsorSupportPeriod]).toEqual(['0', null])
    expect(m.periodsInLockup).toEqual({ ok: false, code: 'no-term', reason: 'the financing terms have no lock-up' })
    expect(m.totalSwept).toEqual({ ok: false, code: 'no-term', reason: 'the financing terms have no cash sweep' })
    expect(m.defaultPeriods).toEqual({ ok: false, code: 'no-debt', reason: 'no debt' })
  })

  it('the period the debt is repaid in: the first operating period closing at zero (construction not read); null without debt', () => {
    // A zero balance in construction (period 1, before the drawdown) is not a repayment.
    expect(waterfallMetrics(fin({ support: [0, 0, 0, 0, 0, 0], closing: [0, 600, 200, 0, 0, 0] }), tl, unit, { lockup: false, sweep: true }).debtRepaidPeriod).toBe(4)
    expect(waterfallMetrics(fin({ support: [0, 0, 0, 0, 0, 0], closing: [1000, 0, 0, 0, 0, 0] }), tl, unit, { lockup: false, sweep: true }).debtRepaidPeriod).toBe(2)
    // A balance still open at the end (never in a valid project) names no period.
    expect(waterfallMetrics(fin({ support: [0, 0, 0, 0, 0, 0] }), tl, unit, { lockup: false, sweep: true }).debtRepaidPeriod).toBe(null)
    expect(waterfallMetrics(fin({ support: [0, 0, 0, 0, 0, 0], debt: 0, closing: [0, 0, 0, 0, 0, 0] }), tl, unit, { lockup: false, sweep: false }).debtRepaidPeriod).toBe(null)
  })

  it('debt service below one minor unit is no test: never a default period', () => {
    const m = waterfallMetrics(fin({ support: [0, 0, 0, 0, 0, 0], ds: [0, 0.009, 0.009, 100, 100, 100], cfads: [0, 0, 0, 150, 150, 150] }), tl, unit, { lockup: false, sweep: false })
    expect(m.defaultPeriods).toEqual({ ok: true, value: dec(0) })
  })

  it('funding before the first repayment: operating periods up to the one before it (facility and LC draws together)', () => {
    // First repayment in period 4: periods 2 and 3 count (support 5 + 7; draws (1 + 2) × 2).
    const f = fundingBeforeRepayment(fin({ support: [50, 5, 7, 11, 13, 17] }), 1, 6)
    expect([f.sponsorSupport.toString(), f.facility.toString()]).toEqual(['12', '6'])
    // Without debt there is no repayment: the whole operating life counts.
    const none = fundingBeforeRepayment(fin({ support: [50, 5, 7, 11, 13, 17], first: null }), 1, 6)
    expect([none.sponsorSupport.toString(), none.facility.toString()]).toEqual(['53', '15'])
  })
})

describe('the waterfall over a whole run (engine/waterfall.ts)', () => {
  const equal = (edit: (p: Project) => void) =>
    c2Project('0.4', (x) => {
      x.financing.sizing = 'gearing'
      setDebt(x, { repayment: 'equal', annualRate: '0.08', tenorYears: 5 })
      edit(x)
    })

  it('every line has one value per period, and a DSRA switched off has no target whatever its months', () => {
    const r = runModel(equal((x) => void (x.financing.dsra = { enabled: false, months: 12 })))
    const w = r.financing.waterfall
    for (const [k, v] of Object.entries(w)) expect([k, (v as unknown[]).length]).toEqual([k, r.periods.length])
    expect(str(w.dsraTarget)).toEqual(['0', '0', '0', '0', '0', '0'])
  })

  it('a reserve ends short after a draw until it is refilled (the 12-month DSRA case: periods 2 and 3)', () => {
    const w = runModel(equal((x) => void (x.financing.dsra = { enabled: true, months: 12 }))).financing.waterfall
    expect(w.reserveShort).toEqual([false, true, true, false, false, false])
  })

  it('the target starts in the last construction period: two construction years and a 24-month DSRA', () => {
    // Debt service of the first two operating years (112 and 105.6 on 400 at 8 %, equal principal) is the
    // target at the end of construction year 2; at the end of year 1 it would already reach the first
    // operating year, but the target only starts in the last construction period.
    const w = runModel(equal((x) => {
      x.timeline.constructionMonths = 24
      x.financing.dsra = { enabled: true, months: 24 }
    })).financing.waterfall
    expect(w.dsraTarget[0]!.toString()).toBe('0')
    expect(w.dsraTarget[1]!.gt(0)).toBe(true)
    expect(w.dsraInitialFunding[0]!.toString()).toBe('0')
    expect(w.dsraInitialFunding[1]!.toString()).toBe(w.dsraTarget[1]!.toString())
  })

  it('the lock-up test reads the period, or the trailing 12 months of a quarterly model; without a lock-up, the period', () => {
    const quarterly = (lockup: 'period' | 'trailing-12m' | null) =>
      runModel(equal((x) => {
        x.timeline.periodMonths = 3
        x.timeline.constructionMonths = 12
        if (lockup) x.financing.waterfall = { lockup: { dscr: '0.5', test: lockup, releaseAfterPeriods: 1 } }
      }))
    for (const test of ['period', 'trailing-12m', null] as const) {
      const r = quarterly(test)
      const span = test === 'trailing-12m' ? 4 : 1
      const f = r.financing
      r.periods.forEach((_, i) => {
        if (i < r.constructionPeriods) return
        let c = dec(0)
        let ds = dec(0)
        for (let j = Math.max(r.constructionPeriods, i - span + 1); j <= i; j++) {
          c = c.plus(f.cfads[j]!)
          ds = ds.plus(f.debtService[j]!)
        }
        const want = ds.gte('0.01') ? c.div(ds).toString() : null
        expect([test, i, f.waterfall.testDscr[i]?.toString() ?? null]).toEqual([test, i, want])
      })
    }
  })
})
