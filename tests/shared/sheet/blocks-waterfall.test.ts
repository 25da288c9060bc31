import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { waterfallRow } from '@shared/sheet/blocks-waterfall'
import { sampleProjects } from '../analysis/fixtures'

const byName = (n: string) => sampleProjects().find((s) => s.name === n)!.project
const text = (h: { value: string }) => h.value.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()

// §11 on the project sheet: the waterfall's terms beside what they did, one row of Financing terms.
describe('the project sheet’s waterfall row', () => {
  it('PGM sample: the facility with its limit, rate and peak drawn (the first inventory build), no sponsor support', () => {
    const p = byName('pgm-catalyst-recovery.json')
    const r = runModel(p)
    // Peak drawn = the period-3 draw: −CFADS, the DSRA paying that period's interest.
    const peak = r.financing.waterfall.wcFacilityDraw[2]!
    expect(peak.toNumber()).toBeCloseTo(3.308e6, -3)
    expect(text(waterfallRow(p, r))).toBe(`Waterfall WC facility $4,000,000 at 9.5 %, peak drawn $${Math.round(peak.toNumber()).toLocaleString('en-US')}; no lock-up; no sweep; no sponsor support`)
  })

  it('India sample: the trailing lock-up with its release rule and the periods it trapped; compact leaves the rule out', () => {
    const p = byName('india-black-mass-hydromet.json')
    const r = runModel(p)
    expect(r.metrics.periodsInLockup).toMatchObject({ ok: true })
    expect(text(waterfallRow(p, r))).toBe('Waterfall lock-up below 1.10x trailing 12-m DSCR, released after 2 passing periods: 1 period in lock-up; no sweep; no sponsor support')
    expect(text(waterfallRow(p, r, true))).toBe('Waterfall lock-up below 1.10x trailing 12-m DSCR: 1 period in lock-up; no sweep; no sponsor support')
  })

  it('without terms: every mechanism named as off, and the sponsor support the shortfall took', () => {
    const pgm = byName('pgm-catalyst-recovery.json')
    const { waterfall: _w, ...financing } = pgm.financing
    const p = { ...pgm, financing }
    const r = runModel(p)
    expect(r.metrics.totalSponsorSupport.gt(0)).toBe(true)
    expect(text(waterfallRow(p, r))).toBe(`Waterfall no lock-up; no sweep; sponsor support $${Math.round(r.metrics.totalSponsorSupport.toNumber()).toLocaleString('en-US')}`)
  })

  it('a sweep and an MRA: the share, the trigger and the total swept', () => {
    const pgm = byName('pgm-catalyst-recovery.json')
    const every = { ...pgm, financing: { ...pgm.financing, waterfall: { mraMonths: 6, sweep: { share: '0.5', trigger: null, allocation: 'pro-rata' } } } }
    const r = runModel(every)
    expect(r.metrics.totalSwept.ok && r.metrics.totalSwept.value.gt(0)).toBe(true)
    const money = (v: { toNumber(): number }) => `$${Math.round(v.toNumber()).toLocaleString('en-US')}`
    const swept = r.metrics.totalSwept.ok ? money(r.metrics.totalSwept.value) : ''
    // No facility in these terms: the first inventory build falls to the sponsor again.
    expect(text(waterfallRow(every, r))).toBe(`Waterfall MRA 6 months of maintenance; no lock-up; sweep 50 %: ${swept} swept; sponsor support ${money(r.metrics.totalSponsorSupport)}`)
    const below = { ...every, financing: { ...every.financing, waterfall: { sweep: { share: '0.25', trigger: '10', allocation: 'pro-rata' } } } }
    expect(text(waterfallRow(below, runModel(below)))).toContain('; sweep 25 % below 10.00x: $')
  })
})
