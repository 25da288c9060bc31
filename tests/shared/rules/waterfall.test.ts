import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dec, type Decimal } from '@shared/decimal'
import { lockupSpan, testDscr, testDscrFloat, waterfallStep, waterfallStepFloat, type WaterfallIn, type WaterfallState, type WaterfallTerms } from '@shared/rules/waterfall'

// Hand cases for each mechanism of the §11 waterfall, the arithmetic in the comments.

const terms = (o: Partial<WaterfallTerms<Decimal>> = {}): WaterfallTerms<Decimal> => ({ dsraCash: false, lc: null, wc: null, lockup: null, sweep: null, ...o })
const state = (o: Partial<WaterfallState<Decimal>> = {}): WaterfallState<Decimal> => ({ dsra: dec(0), lcDrawn: dec(0), mra: dec(0), lockup: dec(0), wc: dec(0), passStreak: 0, ...o })
const period = (o: Partial<Record<keyof WaterfallIn<Decimal>, unknown>> = {}): WaterfallIn<Decimal> => {
  const d = (v: unknown, fallback: number) => dec(String(v ?? fallback))
  return {
    cfads: d(o.cfads, 0), debtService: d(o.debtService, 0), dsraTarget: d(o.dsraTarget, 0), lcAmount: d(o.lcAmount, 0), mraTarget: d(o.mraTarget, 0),
    maintenance: d(o.maintenance, 0), testDscr: o.testDscr === null || o.testDscr === undefined ? null : dec(String(o.testDscr)), sweepable: d(o.sweepable, 1e9),
    debtRepaid: Boolean(o.debtRepaid), last: Boolean(o.last)
  }
}
const n = (x: Decimal) => x.toNumber()

describe('cash waterfall, one period at a time (rules/waterfall.ts)', () => {
  it('DSRA drawn for a debt-service shortfall, then refilled from later cash before any distribution', () => {
    const t = terms({ dsraCash: true })
    const s = state({ dsra: dec(60) })
    // CFADS 20 − debt service 50 = −30: the DSRA (60) pays the 30, leaving 30 below the target of 60;
    // nothing is left to top it up, nothing is distributed.
    const a = waterfallStep(t, s, period({ cfads: 20, debtService: 50, dsraTarget: 60 }))
    expect([n(a.dsraDraw), n(s.dsra), n(a.dsraTopUp), n(a.sponsorSupport), n(a.distributions)]).toEqual([30, 30, 0, 0, 0])
    // Next period: 100 − 50 = 50; 30 refills the DSRA to 60, 20 is distributed.
    const b = waterfallStep(t, s, period({ cfads: 100, debtService: 50, dsraTarget: 60 }))
    expect([n(b.dsraTopUp), n(s.dsra), n(b.distributions)]).toEqual([30, 60, 20])
  })

  it('a negative CFADS: the DSRA pays debt service only, the facility what it can, the sponsor the rest; the facility is repaid with interest before equity', () => {
    const t = terms({ dsraCash: true, wc: { limit: dec(25), rate: dec('0.01') } })
    const s = state({ dsra: dec(60) })
    // −40 − 50 = −90. DSRA: min(60, debt service 50) = 50 → 10 left, cash −40; facility min(40, 25) = 25;
    // sponsor support 15.
    const a = waterfallStep(t, s, period({ cfads: -40, debtService: 50, dsraTarget: 60 }))
    expect([n(a.dsraDraw), n(a.wcDraw), n(a.sponsorSupport), n(a.distributions), n(s.wc)]).toEqual([50, 25, 15, 0, 25])
    // 200 − 50 − interest 25 · 1 % = 0.25 → 149.75; DSRA top-up 50 → 99.75; facility repaid 25 → 74.75 distributed.
    const b = waterfallStep(t, s, period({ cfads: 200, debtService: 50, dsraTarget: 60 }))
    expect([n(b.wcInterest), n(b.dsraTopUp), n(b.wcRepay), n(b.distributions), n(s.wc)]).toEqual([0.25, 50, 25, 74.75, 0])
  })

  it('lock-up traps cash below the ratio, applies it to a later shortfall, and releases it after the periods the terms ask', () => {
    const t = terms({ lockup: { ratio: dec('1.2'), releaseAfterPeriods: 2 } })
    const s = state()
    // DSCR 1.1 < 1.2: 130 − 100 = 30 trapped.
    const a = waterfallStep(t, s, period({ cfads: 130, debtService: 100, testDscr: '1.1' }))
    expect([n(a.trapped), n(a.distributions), n(s.lockup), a.locked]).toEqual([30, 0, 30, true])
    // DSCR 0.9: 90 − 100 = −10 is paid from the lock-up account (30 → 20); the period is locked again, nothing to trap.
    const b = waterfallStep(t, s, period({ cfads: 90, debtService: 100, testDscr: '0.9' }))
    expect([n(b.fromLockup), n(b.sponsorSupport), n(s.lockup), b.locked]).toEqual([10, 0, 20, true])
    // DSCR 1.3: one pass of the two needed, 40 distributed, 20 stays trapped.
    const c = waterfallStep(t, s, period({ cfads: 140, debtService: 100, testDscr: '1.3' }))
    expect([n(c.distributions), n(c.lockupRelease), n(s.lockup)]).toEqual([40, 0, 20])
    // DSCR 1.25: the second pass releases the 20 with the period's 25.
    const d = waterfallStep(t, s, period({ cfads: 125, debtService: 100, testDscr: '1.25' }))
    expect([n(d.distributions), n(d.lockupRelease), n(s.lockup)]).toEqual([45, 20, 0])
  })

  it('a DSCR exactly at the lock-up ratio passes the test, in both forms (the ratio is a minimum)', () => {
    const od = waterfallStep(terms({ lockup: { ratio: dec('1.2'), releaseAfterPeriods: 1 } }), state(), period({ cfads: 120, debtService: 100, testDscr: '1.2' }))
    const of = waterfallStepFloat({ dsraCash: false, lc: null, wc: null, lockup: { ratio: 1.2, releaseAfterPeriods: 1 }, sweep: null }, { dsra: 0, lcDrawn: 0, mra: 0, lockup: 0, wc: 0, passStreak: 0 },
      { cfads: 120, debtService: 100, dsraTarget: 0, lcAmount: 0, mraTarget: 0, maintenance: 0, testDscr: 1.2, sweepable: 1e9, debtRepaid: false, last: false })
    expect([od.locked, of.locked, n(od.distributions), of.distributions]).toEqual([false, false, 20, 20])
  })

  it('the test DSCR: the period alone, or the operating periods ending in the last 12 months', () => {
    // Quarterly: a trailing test reads 4 periods; monthly 12; annual 1; a period test always 1.
    expect([lockupSpan('period', 3), lockupSpan('trailing-12m', 3), lockupSpan('trailing-12m', 1), lockupSpan('trailing-12m', 12), lockupSpan('trailing-12m', 6)]).toEqual([1, 4, 12, 1, 2])
    const cfads = [0, 0, 50, 130, 90, 110, 120].map((x) => dec(x))
    const ds = [0, 0, 100, 100, 100, 100, 0].map((x) => dec(x))
    const unit = dec('0.01')
    // Index 5, 4 quarters: indices 2..5 = (50 + 130 + 90 + 110) / 400 = 0.95.
    expect(testDscr(5, 4, 2, cfads, ds, unit)!.toString()).toBe('0.95')
    // Index 3 with a span of 4 starts at the first operating period (2): (50 + 130) / 200 = 0.9.
    expect(testDscr(3, 4, 2, cfads, ds, unit)!.toString()).toBe('0.9')
    expect(testDscr(4, 1, 2, cfads, ds, unit)!.toString()).toBe('0.9')
    // No debt service in the window: no test.
    expect(testDscr(6, 1, 2, cfads, ds, unit)).toBeNull()
    const f = (xs: typeof cfads) => xs.map((x) => x.toNumber())
    expect([testDscrFloat(5, 4, 2, f(cfads), f(ds), 0.01), testDscrFloat(3, 4, 2, f(cfads), f(ds), 0.01), testDscrFloat(6, 1, 2, f(cfads), f(ds), 0.01)]).toEqual([0.95, 0.9, null])
  })

  it('the lock-up account is released once the debt is repaid, whatever the test says', () => {
    const s = state({ lockup: dec(70), passStreak: 0 })
    const o = waterfallStep(terms({ lockup: { ratio: dec('1.2'), releaseAfterPeriods: 6 } }), s, period({ cfads: 50, debtService: 0, testDscr: null, debtRepaid: true }))
    expect([n(o.lockupRelease), n(o.distributions), o.locked]).toEqual([70, 120, false])
  })

  it('a DSRA by letter of credit: fee on the face amount, drawn for debt service, reimbursed with interest before equity', () => {
    const t = terms({ lc: { feeRate: dec('0.005'), drawRate: dec('0.01') } })
    const s = state()
    // 30 − 50 − fee 60 · 0.5 % = 0.3 → −20.3: the LC pays it (face 60, nothing drawn yet).
    const a = waterfallStep(t, s, period({ cfads: 30, debtService: 50, lcAmount: 60 }))
    expect([n(a.lcFee), n(a.lcDraw), n(a.sponsorSupport), n(s.lcDrawn)]).toEqual([0.3, 20.3, 0, 20.3])
    // 100 − 50 − 0.3 − interest 20.3 · 1 % = 0.203 → 49.497; reimburse 20.3 → 29.197 distributed.
    const b = waterfallStep(t, s, period({ cfads: 100, debtService: 50, lcAmount: 60 }))
    expect([n(b.lcInterest), n(b.lcRepay), n(s.lcDrawn)]).toEqual([0.203, 20.3, 0])
    expect(b.distributions.toString()).toBe('29.197')
  })

  it('an LC covers debt service only, and only up to its undrawn amount', () => {
    const s = state({ lcDrawn: dec(50) })
    // −10 − 40 = −50 (no fee, no draw interest): the LC has 60 − 50 = 10 undrawn, the sponsor pays 40.
    const o = waterfallStep(terms({ lc: { feeRate: dec(0), drawRate: dec(0) } }), s, period({ cfads: -10, debtService: 40, lcAmount: 60 }))
    expect([n(o.lcDraw), n(o.sponsorSupport), n(s.lcDrawn)]).toEqual([10, 40, 60])
  })

  it('MRA: built from cash towards the next maintenance, drawn when it is spent', () => {
    const t = terms()
    const s = state()
    // 130 − 100 = 30, all to the MRA (target 40).
    const a = waterfallStep(t, s, period({ cfads: 130, debtService: 100, mraTarget: 40 }))
    expect([n(a.mraTopUp), n(s.mra), n(a.distributions)]).toEqual([30, 30, 0])
    // Maintenance 25 spent (inside CFADS 110): the MRA pays it back (30 → 5), 10 + 25 = 35 in hand; the
    // new target 20 takes 15, 20 is distributed.
    const b = waterfallStep(t, s, period({ cfads: 110, debtService: 100, mraTarget: 20, maintenance: 25 }))
    expect([n(b.mraDraw), n(b.mraTopUp), n(s.mra), n(b.distributions)]).toEqual([25, 15, 20, 20])
    // Target 0: the 20 is released.
    const c = waterfallStep(t, s, period({ cfads: 100, debtService: 100 }))
    expect([n(c.mraRelease), n(s.mra), n(c.distributions)]).toEqual([20, 0, 20])
  })

  it('in the last period the facility is cleared, by the sponsor where cash falls short', () => {
    const s = state({ wc: dec(10) })
    // 4 in hand repays 4; the sponsor clears the other 6.
    const o = waterfallStep(terms({ wc: { limit: dec(10), rate: dec(0) } }), s, period({ cfads: 4, last: true }))
    expect([n(o.wcRepay), n(o.sponsorSupport), n(s.wc), n(o.distributions)]).toEqual([10, 6, 0, 0])
  })

  it('cash sweep: a share of the cash left, in every period or only below the trigger, never more than the debt owed', () => {
    const always = terms({ sweep: { share: dec('0.5'), trigger: null } })
    expect(n(waterfallStep(always, state(), period({ cfads: 180, debtService: 100 })).sweep)).toBe(40)
    expect(n(waterfallStep(always, state(), period({ cfads: 180, debtService: 100, sweepable: 15 })).sweep)).toBe(15)
    const trigger = terms({ sweep: { share: dec('0.5'), trigger: dec('1.3') } })
    expect(n(waterfallStep(trigger, state(), period({ cfads: 140, debtService: 100, testDscr: '1.4' })).sweep)).toBe(0)
    expect(n(waterfallStep(trigger, state(), period({ cfads: 120, debtService: 100, testDscr: '1.2' })).sweep)).toBe(10)
  })

  it('the float form is the Decimal form on numbers (fast-check)', () => {
    const amount = fc.integer({ min: -500, max: 1000 })
    const pos = fc.integer({ min: 0, max: 500 })
    fc.assert(
      fc.property(
        fc.record({
          dsraCash: fc.boolean(), lc: fc.boolean(), wc: fc.boolean(), lockup: fc.boolean(), sweep: fc.boolean(), trigger: fc.boolean(), release: fc.integer({ min: 1, max: 3 }),
          periods: fc.array(fc.record({ cfads: amount, ds: pos, target: pos, mraTarget: pos, maint: pos, test: fc.option(fc.integer({ min: 0, max: 300 })), repaid: fc.boolean() }), { minLength: 1, maxLength: 8 })
        }),
        (g) => {
          const td: WaterfallTerms<Decimal> = {
            dsraCash: g.dsraCash, lc: g.lc ? { feeRate: dec('0.004'), drawRate: dec('0.01') } : null, wc: g.wc ? { limit: dec(150), rate: dec('0.008') } : null,
            lockup: g.lockup ? { ratio: dec('1.2'), releaseAfterPeriods: g.release } : null, sweep: g.sweep ? { share: dec('0.4'), trigger: g.trigger ? dec('1.3') : null } : null
          }
          const tf: WaterfallTerms<number> = {
            dsraCash: g.dsraCash, lc: g.lc ? { feeRate: 0.004, drawRate: 0.01 } : null, wc: g.wc ? { limit: 150, rate: 0.008 } : null,
            lockup: g.lockup ? { ratio: 1.2, releaseAfterPeriods: g.release } : null, sweep: g.sweep ? { share: 0.4, trigger: g.trigger ? 1.3 : null } : null
          }
          const sd = state({ dsra: dec(g.periods[0]!.target) })
          const sf: WaterfallState<number> = { dsra: g.periods[0]!.target, lcDrawn: 0, mra: 0, lockup: 0, wc: 0, passStreak: 0 }
          g.periods.forEach((p, k) => {
            const last = k === g.periods.length - 1
            const test = p.test === null ? null : p.test / 100
            const od = waterfallStep(td, sd, period({ cfads: p.cfads, debtService: p.ds, dsraTarget: p.target, lcAmount: p.target, mraTarget: p.mraTarget, maintenance: p.maint, testDscr: test, sweepable: 300, debtRepaid: p.repaid, last }))
            const of = waterfallStepFloat(tf, sf, { cfads: p.cfads, debtService: p.ds, dsraTarget: p.target, lcAmount: p.target, mraTarget: p.mraTarget, maintenance: p.maint, testDscr: test, sweepable: 300, debtRepaid: p.repaid, last })
            for (const key of Object.keys(od) as (keyof typeof od)[]) {
              const a = od[key]
              const b = of[key]
              if (typeof a === 'boolean') expect(b).toBe(a)
              else expect(Math.abs(a.toNumber() - (b as number))).toBeLessThan(1e-9)
            }
            expect(od.distributions.isNegative()).toBe(false)
            expect(od.sponsorSupport.isNegative()).toBe(false)
            for (const b of [sd.dsra, sd.lcDrawn, sd.mra, sd.lockup, sd.wc]) expect(b.isNegative()).toBe(false)
          })
          for (const key of ['dsra', 'lcDrawn', 'mra', 'lockup', 'wc'] as const) expect(Math.abs(sd[key].toNumber() - sf[key])).toBeLessThan(1e-9)
          // Nothing outlives the project's last period but the reserves themselves.
          expect(sd.wc.isZero() && sd.lcDrawn.isZero()).toBe(true)
        }
      ),
      { numRuns: 300, seed: 20261207 }
    )
  })
})
