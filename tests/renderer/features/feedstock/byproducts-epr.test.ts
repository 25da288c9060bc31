import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { parseProject, type Project } from '@shared/model'
import { blankByproduct, byproductChoices } from '@renderer/features/feedstock/byproducts'
import { newEpr } from '@renderer/features/feedstock/epr'
import { handProject } from '../../../shared/engine/hand-project'

const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

describe('by-products and EPR in the app (methodology §13)', () => {
  it('offers the library’s by-products for the stream, in the reporting currency, with their source', () => {
    const doc = handProject() // NMC622 black mass: only graphite stays in black mass
    const choices = byproductChoices(doc, doc.feedstock[0]!)
    expect(choices.map((c) => c.id)).toEqual(['li-graphite'])
    const line = choices[0]!.make([])
    // 19.4 % of an NMC622 cell… of black mass: the chemistry's black-mass share of the cell scales it.
    expect(line).toMatchObject({ id: 'li-graphite-1', name: 'Graphite', fate: { kind: 'sold', pricePerTonne: '280', payable: '0.5', escalation: '0' } })
    expect(line.source).toMatch(/^reference li-graphite: EverBatt 2019/)
    expect(line.source).toMatch(/judgement/)
    const inr = handProject()
    inr.reportingCurrency = 'INR'
    inr.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '85' }] }] }
    expect(byproductChoices(inr, inr.feedstock[0]!)[0]!.make([]).fate).toMatchObject({ pricePerTonne: '23800' }) // 280 × 85
    // Once on the stream it is not offered again.
    doc.feedstock[0]!.byproducts = [line]
    expect(byproductChoices(doc, doc.feedstock[0]!)).toEqual([])
  })

  it('a blank by-product line and a new EPR block move no figure until they are filled in', () => {
    const doc = handProject()
    const base = runModel(doc)
    doc.feedstock[0]!.byproducts = [blankByproduct([])]
    doc.epr = newEpr(doc)
    expect(doc.epr).toMatchObject({ activeFrom: '2027-01-01', currency: 'USD', kgPerTonneRecovered: {}, pricePerKg: [{ year: 2027, pricePerKg: '0' }] })
    const r = runModel(valid(doc))
    expect(r.operations.ebitda.map(String)).toEqual(base.operations.ebitda.map(String))
  })
})
