import { describe, expect, it } from 'vitest'
import { fundingBeforeRepayment, runModel } from '@shared/engine'
import { sourcesAndUses } from '@shared/sheet/blocks-project'
import { sampleProjects } from '../analysis/fixtures'

// §11: funding needed before the first repayment appears in sources and uses, both sides, so they still balance.
describe('sources and uses with ramp-up funding', () => {
  const pgm = sampleProjects().find((x) => x.name === 'pgm-catalyst-recovery.json')!.project
  it('the PGM sample: the first 75-day inventory build is funded by sponsor support, shown as a use and a source', () => {
    const r = runModel(pgm)
    const ramp = fundingBeforeRepayment(r.financing, r.constructionPeriods, r.periods.length)
    // The only period that falls short is the first operating one (period 3): CFADS −3.48 m (the inventory
    // build) and its interest; the DSRA pays the debt service, the sponsor the negative CFADS and the rest.
    expect(r.metrics.peakSponsorSupportPeriod).toBe(3)
    expect(r.financing.firstRepaymentPeriod).toBeGreaterThan(3)
    const cfads = r.financing.cfads[2]!
    const ds = r.financing.debtService[2]!
    const dsraDraw = r.financing.waterfall.dsraDraw[2]!
    expect(cfads.toNumber()).toBeCloseTo(-3.475e6, -3)
    expect(ramp.sponsorSupport.toString()).toBe(cfads.neg().plus(ds).minus(dsraDraw).toString())
    expect(ramp.sponsorSupport.toString()).toBe(r.metrics.totalSponsorSupport.toString())
    expect(ramp.facility.isZero()).toBe(true)
    const text = String(sourcesAndUses(r)).replace(/<[^>]+>/g, ' ')
    expect(text).toContain('Ramp-up shortfalls')
    expect(text).toContain('Sponsor support')
    const totals = [...text.matchAll(/Total (?:uses|sources)\s+([^\s]+)/g)].map((x) => x[1])
    expect(totals).toHaveLength(2)
    expect(totals[0]).toBe(totals[1])
  })

  it('a project without shortfalls has no ramp-up lines', () => {
    const india = sampleProjects().find((x) => x.name === 'india-black-mass-hydromet.json')!.project
    const r = runModel(india)
    expect(fundingBeforeRepayment(r.financing, r.constructionPeriods, r.periods.length).sponsorSupport.isZero()).toBe(true)
    expect(String(sourcesAndUses(r))).not.toContain('Ramp-up')
  })
})
