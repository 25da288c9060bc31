import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { missingInputs } from '@shared/format/completeness'
import { newProject, parseProject, type Project } from '@shared/model'

const sample = (name: string): Project => {
  const r = parseProject(JSON.parse(readFileSync(`resources/samples/${name}`, 'utf8')))
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}
const debt = (n: string) => ({ metrics: { debtAtCod: new Decimal(n) } })
const ids = (p: Project, r?: ReturnType<typeof debt>) => missingInputs(p, r).map((m) => m.id)

describe('missingInputs: an unfinished model is not graded (#17)', () => {
  it('a new project lacks everything (financing is not listed while there is no capex to finance)', () => {
    const p = newProject('p1', 'New', 2026)
    expect(missingInputs(p, debt('0'))).toEqual([
      { id: 'feedstock', text: 'no feedstock', path: 'feedstock' },
      { id: 'products', text: 'no product', path: 'products' },
      { id: 'capex', text: 'no capex', path: 'costs.capex.items.0.amount' },
      { id: 'opex', text: 'no opex', path: 'costs.opex.fixedPerYear' }
    ])
  })

  it('the samples are complete', () => {
    for (const name of ['india-black-mass-hydromet.json', 'pgm-catalyst-recovery.json']) expect(missingInputs(sample(name), debt('1'))).toEqual([])
  })

  it('a stream added with the default zero feed price beside priced ones is missing, by its name and place', () => {
    const p = sample('india-black-mass-hydromet.json')
    const added = structuredClone(p)
    added.feedstock.push({ ...structuredClone(added.feedstock[1]!), id: 'new-stream', name: 'New packs', purchase: { basis: 'fixed', pricePerQuantity: '0', logisticsPerTonne: '0', escalation: '0' } })
    const n = added.feedstock.length - 1
    expect(missingInputs(added)).toEqual([{ id: 'feedPrice', text: 'no feed price for New packs', path: `feedstock.${n}.purchase.pricePerQuantity`, stream: 'New packs' }])
    added.feedstock[0]!.purchase = { basis: 'pctOfContained', pctOfContained: '0', logisticsPerTonne: '0', escalation: '0' }
    expect(missingInputs(added).map((m) => m.path)).toEqual(['feedstock.0.purchase.pctOfContained', `feedstock.${n}.purchase.pricePerQuantity`])
    // A gate fee (negative price) is a price.
    added.feedstock[n]!.purchase = { basis: 'fixed', pricePerQuantity: '-10', logisticsPerTonne: '0', escalation: '0' }
    expect(missingInputs(added).map((m) => m.text)).toEqual(['no feed price for Purchased NMC black mass'])
  })

  it('a zero feed price on every stream is missing; a gate fee or a share of contained value is not', () => {
    const p = sample('india-black-mass-hydromet.json')
    const free = structuredClone(p)
    for (const s of free.feedstock) s.purchase = { basis: 'fixed', pricePerQuantity: '0', logisticsPerTonne: '0', escalation: '0' }
    expect(missingInputs(free)).toEqual([{ id: 'feedPrice', text: free.feedstock.length === 1 ? 'no feed price' : 'no feed price on any stream', path: 'feedstock.0.purchase.pricePerQuantity' }])
    const gateFee = structuredClone(free)
    for (const s of gateFee.feedstock) s.purchase = { basis: 'fixed', pricePerQuantity: '-50', logisticsPerTonne: '0', escalation: '0' }
    expect(ids(gateFee)).toEqual([])
    const share = structuredClone(free)
    share.feedstock[0]!.purchase = { basis: 'pctOfContained', pctOfContained: '0', logisticsPerTonne: '0', escalation: '0' }
    expect(missingInputs(share)[0]?.path).toBe('feedstock.0.purchase.pctOfContained')
    for (const s of share.feedstock) s.purchase = { basis: 'pctOfContained', pctOfContained: '0.7', logisticsPerTonne: '0', escalation: '0' }
    expect(ids(share)).toEqual([])
  })

  it('no product priced in the active deck (escalating or table) is missing, with the first price as the place', () => {
    const p = sample('india-black-mass-hydromet.json')
    const unpriced = structuredClone(p)
    const deck = unpriced.prices.decks.findIndex((d) => d.id === unpriced.prices.activeDeckId)
    for (const pp of unpriced.prices.decks[deck]!.prices) if (pp.mode === 'escalating') pp.basePricePerUnit = '0'
    else for (const x of pp.points) x.price = '0'
    expect(missingInputs(unpriced)).toEqual([{ id: 'productPrice', text: 'no product priced', path: expect.stringMatching(new RegExp(`^prices\\.decks\\.${deck}\\.prices\\.0\\.`)) as unknown as string }])
  })

  it('capex and opex: all zero is missing, one line is enough', () => {
    const p = sample('india-black-mass-hydromet.json')
    const bare = structuredClone(p)
    for (const i of bare.costs.capex.items) i.amount = '0'
    bare.costs.opex = { ...bare.costs.opex, fixedPerYear: '0', variablePerTonne: '0', variablePerUnit: '0', treatmentPerTonne: '0' }
    expect(ids(bare)).toEqual(['capex', 'opex'])
    // A stream's own processing rate (methodology §13) is opex; an own rate of 0 is not.
    const own = structuredClone(bare)
    own.feedstock[0]!.treatmentPerTonne = '0'
    expect(ids(own)).toEqual(['capex', 'opex'])
    own.feedstock[0]!.variableOpexPerTonne = '40'
    expect(ids(own)).toEqual(['capex'])
    bare.costs.opex.treatmentPerTonne = '12'
    bare.costs.capex.items[1]!.amount = '1'
    expect(ids(bare)).toEqual([])
    bare.costs.capex.items = []
    expect(missingInputs(bare)).toEqual([{ id: 'capex', text: 'no capex', path: 'costs.capex' }])
  })

  it('no debt at COD is no financing, once there is capex to finance; without a run it is not judged', () => {
    const p = sample('india-black-mass-hydromet.json')
    expect(ids(p, debt('0'))).toEqual(['financing'])
    expect(ids(p)).toEqual([])
  })
})
