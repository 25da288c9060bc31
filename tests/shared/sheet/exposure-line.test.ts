import { describe, expect, it } from 'vitest'
import { computeExposureLedger } from '@shared/analysis/exposure'
import { exposureLine, sheetExposureFrom } from '@shared/sheet'
import { LI_GROSS_PER_10PCT, lithiumCase } from '../analysis/exposure/fixtures'
import { inrPlantUsdDebt } from '../engine/two-tranche-project'

describe('project sheet: the natural-hedge line (one compact block)', () => {
  it('net per +10 % per metal with its share of CFADS: the hand case’s 30 % of gross is 239,535, 16.0 % of CFADS', () => {
    const p = lithiumCase((x) => void (x.feedstock[0]!.purchase = { basis: 'pctOfContained', pctOfContained: '0.7', logisticsPerTonne: '0', escalation: '0' }))
    const e = sheetExposureFrom(computeExposureLedger(p, { step: '0.1' }))
    expect(e).toEqual({ step: '0.1', rows: [{ label: 'Li', kind: 'metal', net: expect.any(String) as string, share: expect.any(String) as string }] })
    expect(Number(e.rows[0]!.net)).toBeCloseTo(LI_GROSS_PER_10PCT * 0.3, 6)
    expect(exposureLine(e, 'USD').value).toBe(
      '<p class="line">Natural hedge: CFADS change over the loan life per +10 % after offtake, feed terms, tax and FX debt service (share of CFADS): <span class="nw">Li +$239,535 (16 %)</span>.</p>'
    )
  })

  it('the FX line carries the currencies and a loss as a minus; nothing without the ledger', () => {
    const e = sheetExposureFrom(computeExposureLedger(inrPlantUsdDebt(), { step: '0.1' }))
    expect(e.rows.map((r) => r.label)).toEqual(['Ni', 'FX INR per USD'])
    expect(exposureLine(e, 'INR').value).toMatch(/<span class="nw">FX INR per USD −₹34,500 \(−1\.8 %\)<\/span>\.<\/p>$/)
    // A crowded sheet keeps the shares only.
    expect(exposureLine(e, 'INR', true).value).toMatch(/as a share of CFADS: <span class="nw">Ni \+18\.2 %<\/span> · <span class="nw">FX INR per USD −1\.8 %<\/span>\.<\/p>$/)
    expect(exposureLine(null, 'USD').value).toBe('')
    expect(exposureLine({ step: '0.1', rows: [] }, 'USD').value).toBe('')
  })
})
