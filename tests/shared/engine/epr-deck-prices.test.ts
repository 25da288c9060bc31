import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { parseProject, type Project } from '@shared/model'
import { readProjectFile } from '@shared/model/project-file'
import { handProject } from './hand-project'

/*
 * EPR certificate prices in the price deck (methodology §13, issue 16): the deck the case prices with
 * prices the certificates when it lists a series (in its stated currency); a deck without one leaves the
 * EPR block's own price, which every file written before deck EPR prices holds, so its figures stay.
 *
 * Hand case (hand-project.ts, USD, annual, operations 2027–2029): Ni recovered 180 t a year, 1,000 kg
 * of certificate per tonne, active from 2028-01-01 → 180,000 kg in 2028 and 2029. The block prices INR
 * 5/kg (2027) and INR 8/kg (2029) at INR 80 per USD: 11,250 and 18,000 USD. The deck's series is USD
 * 0.07/kg (2027) and USD 0.10/kg (2029): 180,000 × 0.07 = 12,600 and 180,000 × 0.10 = 18,000 USD; a
 * second deck "low" lists none.
 */
const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}
const num = (xs: readonly Decimal[]) => xs.map((x) => x.toNumber())

function withEprDeck(): Project {
  const p = handProject()
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
  p.epr = { activeFrom: '2028-01-01', kgPerTonneRecovered: { Ni: '1000' }, currency: 'INR', pricePerKg: [{ year: 2027, pricePerKg: '5' }, { year: 2029, pricePerKg: '8' }] }
  const deck = p.prices.decks[0]!
  p.prices.decks.push({ ...structuredClone(deck), id: 'low', name: 'Low' })
  deck.eprPrices = { currency: 'USD', points: [{ year: 2027, pricePerKg: '0.07' }, { year: 2029, pricePerKg: '0.1' }], source: 'test series' }
  return valid(p)
}

describe('EPR certificate prices in the price deck (methodology §13)', () => {
  it('the deck’s series prices the certificates, in its stated currency; the result says where the price came from', () => {
    const r = runModel(withEprDeck())
    expect(num(r.operations.eprRevenue)).toEqual([0, 0, 12600, 18000])
    expect(num(r.epr!.pricePerKg)).toEqual([0.07, 0.07, 0.07, 0.1])
    expect(r.epr!.currency).toBe('USD')
    expect(r.epr!.source).toBe('deck')
  })

  it('a price case on a deck without a series reads the EPR block’s own price (INR, translated at the period’s FX)', () => {
    const r = runModel(withEprDeck(), { scenario: { id: 's', name: 'Low deck', priceDeckId: 'low' } })
    expect(num(r.operations.eprRevenue)).toEqual([0, 0, 11250, 18000])
    expect(r.epr!.currency).toBe('INR')
    expect(r.epr!.source).toBe('block')
  })

  it('an FX case moves a series stated in INR and leaves one stated in USD (on a USD project)', () => {
    const fxCase = { scenario: { id: 'fx', name: 'FX', fxMultiplier: '1.25' } }
    expect(num(runModel(withEprDeck(), fxCase).operations.eprRevenue)).toEqual([0, 0, 12600, 18000])
    const inr = withEprDeck()
    inr.prices.decks[0]!.eprPrices!.currency = 'INR'
    inr.prices.decks[0]!.eprPrices!.points = [{ year: 2027, pricePerKg: '6' }]
    // 180,000 × 6 / 80 = 13,500; at 100 INR per USD 10,800.
    expect(num(runModel(valid(inr)).operations.eprRevenue)).toEqual([0, 0, 13500, 13500])
    expect(num(runModel(valid(inr), fxCase).operations.eprRevenue)).toEqual([0, 0, 10800, 10800])
  })

  it('an old file (the India sample as stored: decks without EPR prices) keeps the block’s price; the same price moved into every deck gives every figure to the last digit', () => {
    const read = readProjectFile(readFileSync('resources/samples/india-black-mass-hydromet.json', 'utf8'))
    if (!read.ok) throw new Error('sample')
    const old = read.value
    expect(old.prices.decks.every((d) => d.eprPrices === undefined)).toBe(true)
    const before = runModel(old)
    expect(before.epr!.source).toBe('block')
    // INR 5/kg on an INR project: revenue = certificates × 5 wherever active.
    expect(before.operations.eprRevenue.every((x, i) => x.eq(before.epr!.activePeriods[i] ? before.epr!.certificatesKg[i]!.times(5) : 0))).toBe(true)
    expect(before.operations.eprRevenue.some((x) => x.gt(0))).toBe(true)
    const moved = structuredClone(old)
    for (const d of moved.prices.decks) d.eprPrices = { currency: moved.epr!.currency, points: structuredClone(moved.epr!.pricePerKg) }
    moved.epr!.pricePerKg = [{ year: 2020, pricePerKg: '999' }] // no longer read
    const after = runModel(valid(moved))
    expect(after.epr!.source).toBe('deck')
    expect(JSON.stringify({ ...after, epr: null })).toBe(JSON.stringify({ ...before, epr: null }))
    expect(JSON.stringify(num(after.epr!.pricePerKg))).toBe(JSON.stringify(num(before.epr!.pricePerKg)))
  })

  it('the schema refuses deck EPR years out of order, a negative price, and a stated currency without an FX rate', () => {
    const p = withEprDeck()
    p.prices.decks[0]!.eprPrices!.points = [{ year: 2030, pricePerKg: '1' }, { year: 2029, pricePerKg: '2' }]
    const bad = parseProject(p)
    expect(bad.ok ? [] : bad.issues.map((i) => `${i.path}: ${i.message}`)).toContain('prices.decks.0.eprPrices.points: years must be in increasing order')
    const q = withEprDeck()
    q.prices.decks[0]!.eprPrices!.points[0]!.pricePerKg = '-1'
    expect(parseProject(q).ok).toBe(false)
    const r = withEprDeck()
    r.prices.decks[0]!.eprPrices!.currency = 'JPY'
    const noFx = parseProject(r)
    expect(noFx.ok ? [] : noFx.issues.map((i) => i.message)).toContain('needs a USD/JPY rate (used by the project)')
  })

  it('certificates count only in operations: an active date before construction leaves construction inactive', () => {
    const p = withEprDeck()
    p.epr!.activeFrom = '2020-01-01'
    expect(runModel(valid(p)).epr!.activePeriods).toEqual([false, true, true, true])
  })
})

/*
 * The by-product deck path's guards (engine/byproducts.ts, from the mutation run of issue 21): a deck
 * without any by-product prices, and a deck pricing only other kinds, both earn 0 with an issue on the
 * line's path; a disposed residue is reported as disposed.
 */
describe('by-product deck prices: unpriced kinds', () => {
  function foil(): Project {
    const p = handProject()
    p.feedstock[0]!.byproducts = [
      { id: 'cu', name: 'Copper foil', kind: 'li-copper-foil', massFraction: '0.15', fate: { kind: 'sold', payable: '0.9', escalation: '0' } },
      { id: 'res', name: 'Residue', massFraction: '0.05', fate: { kind: 'disposed', costPerTonne: '100' } }
    ]
    const deck = p.prices.decks[0]!
    p.prices.decks.push({ ...structuredClone(deck), id: 'bare', name: 'Bare' })
    deck.byproductPrices = [{ byproductId: 'li-graphite', points: [{ year: 2026, pricePerTonne: '240' }] }, { byproductId: 'li-copper-foil', points: [{ year: 2026, pricePerTonne: '6000' }] }]
    return valid(p)
  }
  it('a deck with no by-product prices at all: 0 with an issue naming the line', () => {
    const r = runModel(foil(), { scenario: { id: 's', name: 'Bare deck', priceDeckId: 'bare' } })
    expect(num(r.byproducts[0]!.revenue)).toEqual([0, 0, 0, 0])
    expect(r.issues.filter((i) => i.code === 'unpriced-byproduct').map((i) => [i.path, i.message])).toEqual([['feedstock.bm.byproducts.cu', 'deck "Bare" has no price for by-product "li-copper-foil"; price 0 used']])
  })
  it('a deck that prices another kind first reads its own kind’s row (150 t × 6,000 × 0.9 = 810,000), and a residue is disposed', () => {
    const r = runModel(foil())
    expect(num(r.byproducts[0]!.revenue)).toEqual([0, 810000, 810000, 810000])
    expect(r.byproducts.map((b) => b.fate)).toEqual(['sold', 'disposed'])
    const p = foil()
    p.prices.decks[0]!.byproductPrices = [p.prices.decks[0]!.byproductPrices![0]!]
    expect(num(runModel(valid(p)).byproducts[0]!.revenue)).toEqual([0, 0, 0, 0])
  })
})
