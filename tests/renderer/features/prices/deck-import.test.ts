import { describe, expect, it } from 'vitest'
import india from '@resources/samples/india-black-mass-hydromet.json'
import { importRows } from '@shared/import'
import { templateCsv } from '@shared/import/templates'
import { parseProject, type Project } from '@shared/model'
import { importedDeck } from '@renderer/features/prices/deck-defaults'

const sample = (): Project => {
  const r = parseProject(structuredClone(india))
  if (!r.ok) throw new Error('sample')
  return r.value
}
const sheet = (text: string) => new TextEncoder().encode(text)

describe('a price-deck sheet becomes a deck of the project (issue 17)', () => {
  // templateCsv is the text of the bundled resources/templates/price-deck.csv (tests/shared/import/import.test.ts holds them equal; the e2e reads the file).
  it('the bundled template: a table deck for Li2CO3 in USD, 2026–2027, and copper foil per tonne, named for the file; the other products keep the active USD deck\'s prices', () => {
    const doc = sample()
    const r = importRows(sheet(templateCsv('price-deck')), 'price-deck.csv', 'price-deck', { knownProductIds: doc.products.map((p) => p.id) })
    if (!r.ok) throw new Error(JSON.stringify(r))
    const { deck, kept, unpriced, years } = importedDeck(doc, 'C:\\decks\\price-deck.csv', r.value, '2026-12-07')
    expect(deck).toEqual({
      id: 'deck-import-1', name: 'Imported: price-deck.csv', currency: 'USD', asOf: '2026-12-07',
      source: 'Illustrative deck (replace with your source) (imported from C:\\decks\\price-deck.csv)',
      prices: [{ productId: 'li2co3', mode: 'table', points: [{ year: 2026, price: '9000' }, { year: 2027, price: '11000' }] },
        ...doc.prices.decks.find((d) => d.id === doc.prices.activeDeckId)!.prices.filter((p) => p.productId !== 'li2co3')],
      byproductPrices: [{ byproductId: 'li-copper-foil', points: [{ year: 2026, pricePerTonne: '6600' }] }]
    })
    expect(years).toEqual([2026, 2027])
    expect([kept, unpriced]).toEqual([['NiSO4·6H2O', 'CoSO4·7H2O'], []])
    // It is a valid deck where it lands, can be made active, and a second import takes a fresh id.
    const next = { ...doc, prices: { ...doc.prices, decks: [...doc.prices.decks, deck] } }
    expect(parseProject(next).ok).toBe(true)
    expect(parseProject({ ...next, prices: { ...next.prices, activeDeckId: deck.id } }).ok).toBe(true)
    expect(importedDeck(next, 'x.csv', r.value, '2026-12-07').deck.id).toBe('deck-import-2')
  })
  it('a file without a source says where it came from; one year is one year; in another currency than the active deck, nothing is kept', () => {
    const r = importRows(sheet('Product ID,Year,Price,Currency\nniso4,2030,4000,INR\ncoso4,2030,9000,INR\n'), 'nickel.csv', 'price-deck', { knownProductIds: ['niso4', 'coso4', 'li2co3'] })
    if (!r.ok) throw new Error(JSON.stringify(r))
    const out = importedDeck(sample(), 'nickel.csv', r.value, '2026-12-07')
    expect([out.deck.source, out.deck.currency, out.years, out.kept, out.unpriced]).toEqual(['Imported from nickel.csv', 'INR', [2030, 2030], [], ['Battery-grade Li2CO3']])
  })
})
