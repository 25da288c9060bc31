import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import type { Project } from '@shared/model'
import { setDebt } from '../model/tranche-fixtures'
import { c2Project } from './hand-project'

/**
 * The §11 waterfall through the whole engine, on domain case C2 (CFADS exactly 100 a year for 5 years,
 * capex 1,000, no tax; one construction year, so operating periods are 2–6) with equal principal at 8 %
 * and no DSRA: debt service is known by hand and each mechanism's figures follow from it.
 */
function c2Equal(gearing: string, edit?: (p: Project) => void): Project {
  return c2Project(gearing, (p) => {
    p.financing.sizing = 'gearing'
    setDebt(p, { repayment: 'equal', annualRate: '0.08', tenorYears: 5 })
    p.financing.dsra = { enabled: false, months: 6 }
    edit?.(p)
  })
}
const nums = (xs: { toNumber(): number }[]) => xs.map((x) => Number(x.toNumber().toFixed(10)))

describe('the cash waterfall through runModel (domain case C2)', () => {
  it('debt the project cannot carry: sponsor support pays every shortfall, distributions stay at zero, every period is in default', () => {
    // Debt 600 (60 %, no IDC: nothing is drawn before the one construction period ends), principal 120 a
    // year, interest 48, 38.4, 28.8, 19.2, 9.6 → debt service 168, 158.4, 148.8, 139.2, 129.6 against CFADS
    // 100: support 68, 58.4, 48.8, 39.2, 29.6 (total 244, largest 68 in period 2).
    const r = runModel(c2Equal('0.6'))
    const f = r.financing
    expect(nums(f.debtService.slice(1))).toEqual([168, 158.4, 148.8, 139.2, 129.6])
    expect(nums(f.sponsorSupport)).toEqual([0, 68, 58.4, 48.8, 39.2, 29.6])
    expect(nums(f.distributions)).toEqual([0, 0, 0, 0, 0, 0])
    expect(r.metrics.totalSponsorSupport.toNumber()).toBeCloseTo(244, 10)
    expect([r.metrics.peakSponsorSupport.toNumber(), r.metrics.peakSponsorSupportPeriod]).toEqual([68, 2])
    expect(r.metrics.defaultPeriods).toEqual({ ok: true, value: expect.objectContaining({}) })
    expect(r.metrics.defaultPeriods.ok && r.metrics.defaultPeriods.value.toNumber()).toBe(5)
    // Equity: −400 at construction, then the support it puts in (sponsor support is equity, §11).
    expect(nums(f.equityCashFlow)).toEqual([-400, -68, -58.4, -48.8, -39.2, -29.6])
  })

  it('a working-capital facility of 100 at 10 % takes the first shortfalls, the sponsor the rest, and clears it at the end', () => {
    // P2: 100 − 168 = −68 → facility 68. P3: interest 6.8; 100 − 158.4 − 6.8 = −65.2 → facility 32 (to its
    // limit), sponsor 33.2. P4: interest 10; −58.8 → sponsor. P5: −49.2 → sponsor. P6: −39.6 → sponsor,
    // and the facility's 100 is cleared in the last period, by the sponsor: 139.6.
    const r = runModel(c2Equal('0.6', (p) => void (p.financing.waterfall = { wcFacility: { limit: '100', rate: '0.1' } })))
    const w = r.financing.waterfall
    expect(nums(w.wcFacilityDraw)).toEqual([0, 68, 32, 0, 0, 0])
    expect(nums(w.wcFacilityInterest)).toEqual([0, 0, 6.8, 10, 10, 10])
    expect(nums(w.wcFacilityBalance)).toEqual([0, 68, 100, 100, 100, 0])
    expect(nums(r.financing.sponsorSupport)).toEqual([0, 0, 33.2, 58.8, 49.2, 139.6])
    expect(r.metrics.totalSponsorSupport.toNumber()).toBeCloseTo(280.8, 10)
  })

  it('lock-up at 1.30x, released after one pass: periods 2 and 3 are trapped, period 4 releases them', () => {
    // Debt 300, principal 60, interest 24, 19.2, 14.4, 9.6, 4.8 → debt service 84, 79.2, 74.4, 69.6, 64.8;
    // DSCR 1.190, 1.263, 1.344, 1.437, 1.543. Trapped 16 and 20.8; period 4 passes and releases 36.8 with
    // its own 25.6 = 62.4; then 30.4 and 35.2.
    const r = runModel(c2Equal('0.3', (p) => void (p.financing.waterfall = { lockup: { dscr: '1.3', test: 'period', releaseAfterPeriods: 1 } })))
    const w = r.financing.waterfall
    expect(w.locked).toEqual([false, true, true, false, false, false])
    expect(nums(w.lockupTrapped)).toEqual([0, 16, 20.8, 0, 0, 0])
    expect(nums(w.lockupBalance)).toEqual([0, 16, 36.8, 0, 0, 0])
    expect(nums(r.financing.distributions)).toEqual([0, 0, 0, 62.4, 30.4, 35.2])
    expect(r.metrics.periodsInLockup.ok && r.metrics.periodsInLockup.value.toNumber()).toBe(2)
    // Lock-up is not default: every DSCR is above 1.00x.
    expect(r.metrics.defaultPeriods.ok && r.metrics.defaultPeriods.value.toNumber()).toBe(0)
  })

  it('a cash DSRA of 12 months is drawn for the debt service CFADS cannot pay, and refilled before distributions', () => {
    // Debt 400 (40 %): principal 80, interest 32, 25.6, 19.2, 12.8, 6.4 → debt service 112, 105.6, 99.2, 92.8,
    // 86.4. Target = next year's debt service: 112 at COD (equity), then 105.6, 99.2, 92.8, 86.4, 0.
    // P2: 100 − 112 = −12 → DSRA drawn 12 (112 → 100); target 105.6 not reached (nothing left): a default
    // period (DSCR < 1 too). P3: 100 − 105.6 = −5.6 → drawn 5.6 (→ 94.4); below 99.2 again. P4: 100 − 99.2 =
    // 0.8 → top-up 0.8 (→ 95.2) — target 92.8 is below, so it is a release of 2.4 instead: 95.2 − 92.8.
    const r = runModel(c2Equal('0.4', (p) => void (p.financing.dsra = { enabled: true, months: 12 })))
    const w = r.financing.waterfall
    expect(nums(w.dsraTarget)).toEqual([112, 105.6, 99.2, 92.8, 86.4, 0])
    expect(nums(w.dsraDraw)).toEqual([0, 12, 5.6, 0, 0, 0])
    expect(nums(r.financing.dsraBalance)).toEqual([112, 100, 94.4, 92.8, 86.4, 0])
    // P4: 0.8 in hand, balance 94.4 above target 92.8: released 1.6 → 2.4 distributed. P5: 100 − 92.8 = 7.2
    // plus release 6.4 = 13.6. P6: 100 − 86.4 = 13.6 plus the full release 86.4 = 100.
    expect(nums(r.financing.distributions)).toEqual([0, 0, 0, 2.4, 13.6, 100])
    expect(nums(r.financing.sponsorSupport)).toEqual([0, 0, 0, 0, 0, 0])
    expect(r.metrics.defaultPeriods.ok && r.metrics.defaultPeriods.value.toNumber()).toBe(2)
  })
})
