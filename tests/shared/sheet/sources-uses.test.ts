import { describe, expect, it } from 'vitest'
import { fundingBeforeRepayment, runModel } from '@shared/engine'
import { sourcesAndUses } from '@shared/sheet/blocks-project'
import { sampleProjects } from '../analysis/fixtures'

// §11: funding needed before the first repayment appears in sources and uses, both sides, so they still balance.
describe('sources and uses with ramp-up funding', () => {
  const pgm = sampleProjects().find((x) => x.name === 'pgm-catalyst-recovery.json')!.project
  it('the PGM sample: the first 75-day inventory build is funded by the working-capital facility, shown as a use and a source', () => {
    const r = runModel(pgm)
    const ramp = fundingBeforeRepayment(r.financing, r.constructionPeriods, r.periods.length)
    // The only period that falls short is the first operating one (period 3): CFADS −3.31 m (the inventory
    // build, less the first by-product sales) and its interest; the DSRA pays the debt service, the
    // USD 4.0 m facility the negative CFADS — within its limit, so the sponsor puts in nothing.
    expect(r.financing.firstRepaymentPeriod).toBeGreaterThan(3)
    const cfads = r.financing.cfads[2]!
    const ds = r.financing.debtService[2]!
    const dsraDraw = r.financing.waterfall.dsraDraw[2]!
    expect(cfads.toNumber()).toBeCloseTo(-3.308e6, -3)
    expect(dsraDraw.toString()).toBe(ds.toString())
    expect(ramp.facility.toString()).toBe(cfads.neg().plus(ds).minus(dsraDraw).toString())
    expect(r.financing.waterfall.wcFacilityDraw[2]!.toString()).toBe(ramp.facility.toString())
    expect(ramp.sponsorSupport.isZero()).toBe(true)
    expect(r.metrics.totalSponsorSupport.isZero()).toBe(true)
    const text = String(sourcesAndUses(r)).replace(/<[^>]+>/g, ' ')
    expect(text).toContain('Ramp-up shortfalls')
    expect(text).toContain('Facility / LC draws')
    expect(text).not.toContain('Sponsor support')
    const totals = [...text.matchAll(/Total (?:uses|sources)\s+([^\s]+)/g)].map((x) => x[1])
    expect(totals).toHaveLength(2)
    expect(totals[0]).toBe(totals[1])
  })

  it('the PGM sample without its facility: the same shortfall is funded by sponsor support instead', () => {
    const { waterfall: _w, ...financing } = pgm.financing
    const r = runModel({ ...pgm, financing })
    const ramp = fundingBeforeRepayment(r.financing, r.constructionPeriods, r.periods.length)
    expect(r.metrics.peakSponsorSupportPeriod).toBe(3)
    const cfads = r.financing.cfads[2]!
    expect(ramp.sponsorSupport.toString()).toBe(cfads.neg().plus(r.financing.debtService[2]!).minus(r.financing.waterfall.dsraDraw[2]!).toString())
    expect(ramp.sponsorSupport.toString()).toBe(r.metrics.totalSponsorSupport.toString())
    expect(ramp.facility.isZero()).toBe(true)
    const text = String(sourcesAndUses(r)).replace(/<[^>]+>/g, ' ')
    expect(text).toContain('Sponsor support')
    expect(text).not.toContain('Facility / LC draws')
  })

  it('a project without shortfalls has no ramp-up lines', () => {
    const india = sampleProjects().find((x) => x.name === 'india-black-mass-hydromet.json')!.project
    const r = runModel(india)
    expect(fundingBeforeRepayment(r.financing, r.constructionPeriods, r.periods.length).sponsorSupport.isZero()).toBe(true)
    expect(String(sourcesAndUses(r))).not.toContain('Ramp-up')
  })
})
