import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { t } from '@shared/i18n'
import { parseProject, type Project } from '@shared/model'
import { byproductDeckHint, codYear, deckByproductKinds, newDeckEprPrices, nextYearPoint } from '@renderer/features/prices/deck-extra-prices'
import { handProject } from '../../../shared/engine/hand-project'

const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}
const en = (key: Parameters<typeof t>[1], values?: Parameters<typeof t>[2]) => t('en', key, values)

/** The hand case (USD, COD 2027) selling copper foil priced by its deck, with an INR EPR block. */
function doc(): Project {
  const p = handProject()
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
  p.feedstock[0]!.byproducts = [{ id: 'cu', name: 'Copper foil', kind: 'li-copper-foil', massFraction: '0.15', fate: { kind: 'sold', payable: '0.9', escalation: '0' } }]
  p.prices.decks[0]!.byproductPrices = [
    { byproductId: 'li-copper-foil', points: [{ year: 2026, pricePerTonne: '6600' }, { year: 2029, pricePerTonne: '7100' }] },
    { byproductId: 'li-graphite', points: [{ year: 2026, pricePerTonne: '240' }] }
  ]
  p.epr = { activeFrom: '2027-01-01', kgPerTonneRecovered: { Ni: '1000' }, currency: 'INR', pricePerKg: [{ year: 2027, pricePerKg: '5' }, { year: 2029, pricePerKg: '8' }], source: 'own assumption' }
  return valid(p)
}

describe('the deck’s by-product and EPR price editor (methodology §13)', () => {
  it('offers the kinds the sold lines name, then those the deck already prices, with the library’s names', () => {
    const p = doc()
    expect(deckByproductKinds(p, p.prices.decks[0]!)).toEqual([{ id: 'li-copper-foil', name: 'Copper foil' }, { id: 'li-graphite', name: 'Graphite' }])
    expect(deckByproductKinds(p, { ...p.prices.decks[0]!, byproductPrices: undefined })).toEqual([{ id: 'li-copper-foil', name: 'Copper foil' }])
  })

  it('a deck’s new EPR series copies the block’s currency and prices, so adding it moves no figure', () => {
    const p = doc()
    const before = runModel(p)
    p.prices.decks[0]!.eprPrices = newDeckEprPrices(p, 'assumed')
    expect(p.prices.decks[0]!.eprPrices).toEqual({ currency: 'INR', points: [{ year: 2027, pricePerKg: '5' }, { year: 2029, pricePerKg: '8' }], source: 'own assumption' })
    const after = runModel(valid(p))
    expect(after.epr!.source).toBe('deck')
    expect(after.operations.eprRevenue.map(String)).toEqual(before.operations.eprRevenue.map(String))
    expect(after.operations.eprRevenue.some((x) => x.gt(0))).toBe(true)
    // Without a block: INR (the project has an INR rate) at 0 from COD's year, the assumption stated.
    const q = doc()
    delete q.epr
    expect(newDeckEprPrices(q, 'assumed')).toEqual({ currency: 'INR', points: [{ year: codYear(q), pricePerKg: '0' }], source: 'assumed' })
    expect(codYear(q)).toBe(2027)
  })

  it('"Add year" repeats the last price a year later (no figure moves)', () => {
    expect(nextYearPoint([{ year: 2027, pricePerKg: '5' }, { year: 2029, pricePerKg: '8' }])).toEqual({ year: 2030, pricePerKg: '8' })
  })

  it('the by-product price field says what blank means: the active deck’s price of its kind in COD’s year, or none, or no kind', () => {
    const p = doc()
    expect(byproductDeckHint(p, 'li-copper-foil', en)).toBe('Blank = the deck price: $6,600.00/t (2027, deck “Flat”)')
    expect(byproductDeckHint(p, 'li-aluminium-foil', en)).toBe('Blank = the deck price: deck “Flat” has none for this kind (0)')
    expect(byproductDeckHint(p, undefined, en)).toBe('Set a price: this line names no kind a deck could price')
  })

  it('the schema refuses what the editor must not store: a negative price, years out of order', () => {
    const p = doc()
    p.prices.decks[0]!.eprPrices = { currency: 'INR', points: [{ year: 2027, pricePerKg: '-1' }] }
    expect(parseProject(p).ok).toBe(false)
    const q = doc()
    q.prices.decks[0]!.byproductPrices![0]!.points = [{ year: 2029, pricePerTonne: '1' }, { year: 2028, pricePerTonne: '1' }]
    expect(parseProject(q).ok).toBe(false)
  })
})
