import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { parseProject, type Project } from '@shared/model'
import { buildSheetHtml } from '@shared/sheet'
import { cardViews } from '@renderer/features/results/metric-cards'
import { newSupplyContract } from '@renderer/features/feedstock/supply-contracts'
import { handProject } from '../../../shared/engine/hand-project'

const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}
const META = { date: '2026-01-01', modelVersion: '0.1.0', projectSha256: '0'.repeat(64), pageSize: 'A4' as const }

describe('supply contracts in the app (methodology §13)', () => {
  it('a new contract takes half the stream’s feed from COD to the end of operations at the stream’s own terms, so no figure moves until it is edited', () => {
    const doc = handProject()
    const c = newSupplyContract(doc, doc.feedstock[0]!)
    expect(c).toMatchObject({ streamId: 'bm', rating: 'NR', volume: { basis: 'share', share: '0.5' }, startDate: '2027-01-01', endDate: '2029-12-31', price: { basis: 'fixed', pricePerQuantity: '500', escalation: '0' } })
    const before = runModel(doc)
    const after = runModel(valid({ ...doc, supplyContracts: [c] }))
    after.operations.ebitda.forEach((e, i) => expect(e.toNumber()).toBeCloseTo(before.operations.ebitda[i]!.toNumber(), 6))
    expect(after.metrics.supplyCoverage.ok && after.metrics.supplyCoverage.value.toNumber()).toBe(0.5)
    // A stream bought at a % of contained value gets a contract at that % with no floor or cap.
    doc.feedstock[0]!.purchase = { basis: 'pctOfContained', pctOfContained: '0.25', logisticsPerTonne: '0', escalation: '0' }
    expect(newSupplyContract(doc, doc.feedstock[0]!).price).toEqual({ basis: 'pctOfContained', pctOfContained: '0.25', floorPerQuantity: null, capPerQuantity: null })
  })

  it('Results add the supply-coverage card and the project sheet a line only for a project with contracts', () => {
    const doc = handProject()
    expect(cardViews(runModel(doc)).some((c) => c.key === 'supplyCoverage')).toBe(false)
    expect(buildSheetHtml({ project: doc, result: runModel(doc), meta: META }).body).not.toContain('supply contracts')
    const withSupply = valid({ ...doc, supplyContracts: [newSupplyContract(doc, doc.feedstock[0]!)], lender: { ...doc.lender, minSupplyCoverage: '0.6' } })
    const r = runModel(withSupply)
    expect(cardViews(r).find((c) => c.key === 'supplyCoverage')).toMatchObject({ label: 'Supply coverage', text: '50.0 %', hint: 'committed feed, loan life · 1 contract' })
    expect(buildSheetHtml({ project: withSupply, result: r, meta: META }).body).toContain('Feed under supply contracts over the loan life: 50.0 % of the feed processed (lender asks ≥ 60 %); 1 contract, 0 with an investment-grade supplier.')
  })
})
