import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, dec } from '@shared/decimal'
import { parseProject, type Project } from '@shared/model'
import { runModel } from '@shared/engine'
import { monteCarloRunsOn } from '../analysis/mc-runs-on'
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { arbitraryProject } from './arbitrary-project'
import { handProject } from './hand-project'

const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}
const num = (xs: readonly Decimal[]) => xs.map((x) => x.toNumber())

/*
 * By-products and residues (methodology §13) on the hand case (hand-project.ts: 1,000 t/yr black mass,
 * annual periods, operations 2027–2029 = escalation steps 1, 2, 3; opex escalation 0; revenue 1,521,000,
 * EBITDA 721,000 a year).
 * Copper foil: 15 % of input → 150 t, sold at 6,000/t, payable 90 %, escalated 5 %:
 *   2027: 150 × 6,000 × 0.9 × 1.05 = 850,500; 2028: × 1.05 = 893,025; 2029: 937,676.25.
 * Electrolyte residue: 10 % → 100 t disposed at 400/t: 40,000 a year (opex escalation 0).
 * 2027 revenue 1,521,000 + 850,500 = 2,371,500; opex 300,000 + 40,000 = 340,000; EBITDA 721,000 + 850,500 − 40,000 = 1,531,500.
 * Offtake coverage stays 801,000 / 1,521,000 = 52.66 %: by-product sales are not in it.
 */
function withByproducts(): Project {
  const p = handProject()
  p.feedstock[0]!.byproducts = [
    { id: 'cu', name: 'Copper foil', massFraction: '0.15', fate: { kind: 'sold', pricePerTonne: '6000', payable: '0.9', escalation: '0.05' } },
    { id: 'elec', name: 'Electrolyte residue', massFraction: '0.1', fate: { kind: 'disposed', costPerTonne: '400' } }
  ]
  return valid(p)
}

/*
 * EPR certificates on the hand case: Ni recovered 180 t a year; 1,000 kg of certificate per tonne of Ni;
 * price INR 5/kg in 2027, INR 8/kg from 2029 (2028 takes 2027's), FX INR 80 per USD; active from 2028-01-01.
 * 2027: not active → 0; 2028: 180,000 kg × 5 / 80 = 11,250 USD; 2029: 180,000 × 8 / 80 = 18,000 USD.
 */
function withEpr(): Project {
  const p = handProject()
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
  p.epr = { activeFrom: '2028-01-01', kgPerTonneRecovered: { Ni: '1000' }, currency: 'INR', pricePerKg: [{ year: 2027, pricePerKg: '5' }, { year: 2029, pricePerKg: '8' }] }
  return valid(p)
}

describe('by-products and residues (methodology §13)', () => {
  it('sells a by-product as its own revenue line and disposes of a residue as its own cost line', () => {
    const r = runModel(withByproducts())
    const o = r.operations
    const [cu, elec] = r.byproducts
    expect(num(cu!.tonnes)).toEqual([0, 150, 150, 150])
    expect(num(cu!.revenue)).toEqual([0, 850500, 893025, 937676.25])
    expect(num(elec!.disposalCost)).toEqual([0, 40000, 40000, 40000])
    expect(num(o.byproductRevenue)).toEqual([0, 850500, 893025, 937676.25])
    expect(num(o.disposalCost)).toEqual([0, 40000, 40000, 40000])
    expect(o.revenue[1]!.toNumber()).toBe(2371500)
    expect(o.opex[1]!.toNumber()).toBe(340000)
    expect(o.ebitda[1]!.toNumber()).toBe(1531500)
    expect(r.metrics.offtakeCoverage.ok && r.metrics.offtakeCoverage.value.toNumber()).toBeCloseTo(801000 / 1521000, 15)
  })

  it('disposal escalates at the opex rate with the opex multiplier; tonnes follow a capacity cut', () => {
    const p = withByproducts()
    p.costs.opex.escalation = '0.1' // 2027 is step 1: 40,000 × 1.1 = 44,000
    p.plant = { capacities: [{ id: 'plant', routeId: null, tonnesPerYear: '500', availability: '1' }] } // 500 t: residue 50 t → 22,000
    const r = runModel(valid(p))
    expect(r.byproducts[1]!.tonnes[1]!.toNumber()).toBe(50)
    expect(r.operations.disposalCost[1]!.toNumber()).toBeCloseTo(22000, 9)
  })

  it('the schema refuses by-products adding up to more than the input, and duplicate ids', () => {
    const p = withByproducts()
    p.feedstock[0]!.byproducts!.push({ id: 'cu', name: 'More', massFraction: '0.8', fate: { kind: 'disposed', costPerTonne: '1' } })
    const r = parseProject(p)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(expect.arrayContaining([
      'feedstock.0.byproducts: by-products add up to 105 % of the input, more than 100 %', 'feedstock.0.byproducts.2.id: duplicate id "cu"'
    ]))
  })
})

/*
 * The copper foil priced by the deck instead (issue 16): kind `li-copper-foil`, no price of its own; the
 * deck (USD) lists 6,600/t from 2026 and 7,100/t from 2029. INR reporting at 80 INR/USD.
 * 2027: 150 t × 6,600 × 80 × 0.9 = 71,280,000 INR; 2028 the same; 2029: 150 × 7,100 × 80 × 0.9 = 76,680,000.
 * A second deck (a price case) lists 5,000/t: 150 × 5,000 × 80 × 0.9 = 54,000,000 every year.
 */
function deckPriced(): Project {
  const p = handProject()
  p.reportingCurrency = 'INR'
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
  p.feedstock[0]!.byproducts = [{ id: 'cu', name: 'Copper foil', kind: 'li-copper-foil', massFraction: '0.15', fate: { kind: 'sold', payable: '0.9', escalation: '0.05' } }]
  const deck = p.prices.decks[0]!
  deck.byproductPrices = [{ byproductId: 'li-copper-foil', points: [{ year: 2026, pricePerTonne: '6600' }, { year: 2029, pricePerTonne: '7100' }] }]
  p.prices.decks.push({ ...structuredClone(deck), id: 'low', name: 'Low', byproductPrices: [{ byproductId: 'li-copper-foil', points: [{ year: 2026, pricePerTonne: '5000' }] }] })
  return valid(p)
}

describe('by-product prices in the price deck (issue 16)', () => {
  it('a line without its own price takes the deck price of its kind by calendar year, at the period FX (its escalation unused: the deck is by year)', () => {
    const r = runModel(deckPriced())
    expect(num(r.byproducts[0]!.revenue)).toEqual([0, 71280000, 71280000, 76680000])
    expect(r.issues.filter((i) => i.code === 'unpriced-byproduct')).toEqual([])
  })
  it('a price case that prices with another deck moves them', () => {
    const r = runModel(deckPriced(), { scenario: { id: 's', name: 'Low deck', priceDeckId: 'low' } })
    expect(num(r.byproducts[0]!.revenue)).toEqual([0, 54000000, 54000000, 54000000])
  })
  it('the line own price overrides the deck, to the last digit of a file written before deck prices', () => {
    const own = withByproducts()
    own.feedstock[0]!.byproducts![0]!.kind = 'li-copper-foil'
    own.prices.decks[0]!.byproductPrices = [{ byproductId: 'li-copper-foil', points: [{ year: 2026, pricePerTonne: '99999' }] }]
    expect(JSON.stringify(runModel(valid(own)).operations)).toBe(JSON.stringify(runModel(withByproducts()).operations))
  })
  it('a kind the deck does not price earns 0 with an issue; a sold line with neither a price nor a kind is refused', () => {
    const p = deckPriced()
    p.prices.decks[0]!.byproductPrices = []
    const r = runModel(p)
    expect(num(r.byproducts[0]!.revenue)).toEqual([0, 0, 0, 0])
    expect(r.issues.find((i) => i.code === 'unpriced-byproduct')?.message).toContain('li-copper-foil')
    const q = deckPriced()
    delete q.feedstock[0]!.byproducts![0]!.kind
    const parsed = parseProject(q)
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.message)).toContain('a sold by-product needs a price: its own, or a kind priced in the deck')
  })
  it('the schema refuses a kind priced twice in a deck and years out of order', () => {
    const p = deckPriced()
    p.prices.decks[0]!.byproductPrices!.push({ byproductId: 'li-copper-foil', points: [{ year: 2030, pricePerTonne: '1' }, { year: 2029, pricePerTonne: '2' }] })
    const parsed = parseProject(p)
    const messages = parsed.ok ? [] : parsed.issues.map((i) => i.message)
    expect(messages).toContain('by-product "li-copper-foil" is priced twice')
    expect(messages).toContain('years must be in increasing order')
  })
})

describe('EPR certificates (methodology §13)', () => {
  it('earns certificates on recovered metal from the active date, at the calendar year’s price, in the reporting currency', () => {
    const r = runModel(withEpr())
    expect(num(r.epr!.certificatesKg)).toEqual([0, 180000, 180000, 180000])
    expect(r.epr!.activePeriods).toEqual([false, false, true, true])
    expect(num(r.operations.eprRevenue)).toEqual([0, 0, 11250, 18000])
    expect(r.operations.revenue[2]!.toNumber()).toBe(1521000 + 11250)
    expect(r.metrics.offtakeCoverage.ok && r.metrics.offtakeCoverage.value.toNumber()).toBeCloseTo(801000 / 1521000, 15)
  })

  it('an active date inside a group of identical periods splits it (semi-annual periods)', () => {
    const p = withEpr()
    p.timeline.periodMonths = 6
    p.timeline.constructionMonths = 12
    p.epr!.activeFrom = '2027-07-01'
    const r = runModel(valid(p))
    // 2027 H1 not active, H2 active: 90 t of Ni × 1,000 kg × INR 5 / 80.
    expect(num(r.operations.eprRevenue).slice(2, 4)).toEqual([0, 5625])
  })

  it('PGMs recovered in grams count as tonnes (g / 10⁶)', () => {
    const p = withEpr()
    p.epr!.kgPerTonneRecovered = { Pt: '1000000' } // 1 kg of certificate per gram: none here (no Pt)
    expect(num(runModel(valid(p)).operations.eprRevenue)).toEqual([0, 0, 0, 0])
  })
})

describe('features off', () => {
  it('without by-products, residues or EPR (absent or empty) every figure is today’s, to the last digit', () => {
    const base = runModel(handProject())
    const p = handProject()
    p.feedstock[0]!.byproducts = []
    expect(JSON.stringify(runModel(valid(p)))).toBe(JSON.stringify(base))
    expect(base.byproducts).toEqual([])
    expect(base.epr).toBeNull()
    expect(num(base.operations.byproductRevenue)).toEqual([0, 0, 0, 0])
  })

  it.each(readdirSync(resolve(import.meta.dirname, '../../../resources/samples')).filter((f) => f.endsWith('.json')))(
    'sample %s: every §13 input present but off (no supply contracts, no by-products, no capacity, no lender minimum) gives the result of the sample without them, to the last digit', (file) => {
      const sample = valid(JSON.parse(readFileSync(join(resolve(import.meta.dirname, '../../../resources/samples'), file), 'utf8')) as Project)
      // The samples turn these inputs on; without them (absent) is what the sample was before.
      const { supplyContracts: _s, plant: _p, epr: _e, ...rest } = structuredClone(sample)
      const { minSupplyCoverage: _m, ...lender } = rest.lender
      const absent = valid({ ...rest, lender, feedstock: rest.feedstock.map(({ byproducts: _b, ...s }) => s as Project['feedstock'][number]) })
      const off = valid({ ...absent, supplyContracts: [], plant: { capacities: [] }, lender: { ...lender, minSupplyCoverage: '0' }, feedstock: absent.feedstock.map((s) => ({ ...s, byproducts: [] })) })
      expect(JSON.stringify(runModel(off))).toBe(JSON.stringify(runModel(absent)))
      // And the sample's own inputs do move its figures (the test would pass vacuously otherwise).
      if (sample.supplyContracts?.length) expect(JSON.stringify(runModel(sample))).not.toBe(JSON.stringify(runModel(absent)))
    })

  it('Monte Carlo runs on by-products and on EPR, its base draw the engine', () => {
    monteCarloRunsOn(withByproducts())
    monteCarloRunsOn(withEpr())
  })

  it('over generated projects: an empty by-product list changes nothing; by-products never move offtake coverage, and revenue − EBITDA moves only by disposal', () => {
    fc.assert(
      fc.property(arbitraryProject(), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (project, sold, disposed) => {
        const base = runModel(project)
        if (project.feedstock.length === 0) return
        const empty = structuredClone(project)
        empty.feedstock[0]!.byproducts = []
        expect(JSON.stringify(runModel(valid(empty)).operations)).toBe(JSON.stringify(base.operations))
        const p = structuredClone(project)
        p.feedstock[0]!.byproducts = [
          { id: 's', name: 'Sold', massFraction: dec(sold).div(100).toString(), fate: { kind: 'sold', pricePerTonne: '1000', payable: '0.9', escalation: '0.02' } },
          { id: 'd', name: 'Disposed', massFraction: dec(disposed).div(100).toString(), fate: { kind: 'disposed', costPerTonne: '300' } }
        ]
        const r = runModel(valid(p))
        // Per period (the loan-life figure may change its window: more CFADS can size debt where there was none).
        expect(JSON.stringify(r.coverage.perPeriod)).toBe(JSON.stringify(base.coverage.perPeriod))
        r.operations.revenue.forEach((x, i) => {
          expect(x.minus(r.operations.byproductRevenue[i]!).minus(base.operations.revenue[i]!).abs().lte('1e-20')).toBe(true)
          expect(r.operations.opex[i]!.minus(r.operations.disposalCost[i]!).minus(base.operations.opex[i]!).abs().lte('1e-20')).toBe(true)
        })
      }),
      { numRuns: 15, seed: 16 }
    )
  })
})
