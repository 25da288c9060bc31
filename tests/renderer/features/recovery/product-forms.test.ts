import { describe, expect, it } from 'vitest'
import { METALS, newProject, parseProject } from '@shared/model'
import { PRODUCT_FORMS, addProduct, formsOf, matchForm, referencePriceOfForm, removeProduct } from '@renderer/features/recovery/product-forms'
import { referenceDeckFor } from '@renderer/features/prices/deck-defaults'

describe('product forms and factors', () => {
  it('carry the methodology factors (Li→Li2CO3 5.3227, LiOH·H2O 6.046, NiSO4·6H2O 4.478, CoSO4·7H2O 4.770; PGMs as metal)', () => {
    const f = (id: string) => PRODUCT_FORMS.find((x) => x.id === id)!.factor
    expect(f('Li-carbonate')).toBe('5.3227')
    expect(f('Li-hydroxide')).toBe('6.046')
    expect(f('Ni-sulphate')).toBe('4.478')
    expect(f('Co-sulphate')).toBe('4.770')
    for (const m of ['Pt', 'Pd', 'Rh'] as const) expect(formsOf(m).map((x) => x.factor)).toEqual(['1'])
  })

  it('every metal has at least one form, and a product matches its form by factor', () => {
    for (const m of METALS) expect(formsOf(m).length).toBeGreaterThan(0)
    expect(matchForm({ metal: 'Ni', factor: '4.4780' })?.id).toBe('Ni-sulphate')
    expect(matchForm({ metal: 'Ni', factor: '4.5' })).toBeNull()
    expect(matchForm({ metal: 'Li', factor: '5.323' })?.id).toBe('Li-carbonate') // methodology.md quotes 5.323 for the library's 5.3227
  })

  it('reference prices are the dated deck entries (Li2CO3 8,400 USD/t on 2025-06-06; Pt 1,308 USD/toz)', () => {
    expect(referencePriceOfForm(PRODUCT_FORMS.find((x) => x.id === 'Li-carbonate')!)?.price).toMatchObject({ value: '8400', date: '2025-06-06' })
    expect(referencePriceOfForm(PRODUCT_FORMS.find((x) => x.id === 'Pt-metal')!)?.price.value).toBe('1308')
    expect(referencePriceOfForm(PRODUCT_FORMS.find((x) => x.id === 'Ni-mhp')!)).toBeNull()
  })

  it('adding a product prices it in every deck, so the project stays valid; removing takes its prices away', () => {
    const doc = newProject('p', 'Products', 2026)
    addProduct(doc, PRODUCT_FORMS.find((x) => x.id === 'Li-carbonate')!, 'li-1')
    addProduct(doc, PRODUCT_FORMS.find((x) => x.id === 'Ni-mhp')!, 'ni-1')
    expect(parseProject(doc).ok).toBe(true)
    expect(doc.prices.decks[0]!.prices).toEqual([
      { productId: 'li-1', mode: 'escalating', basePricePerUnit: '8400', baseYear: 2025, escalation: '0' },
      { productId: 'ni-1', mode: 'escalating', basePricePerUnit: '0', baseYear: 2025, escalation: '0' }
    ])
    removeProduct(doc, 'li-1')
    expect(parseProject(doc).ok).toBe(true)
    expect(doc.prices.decks[0]!.prices.map((p) => p.productId)).toEqual(['ni-1'])
  })

  it('a deck in INR converts reference prices at the project FX', () => {
    const doc = newProject('p', 'INR', 2026)
    doc.financing.tranches[0]!.currency = 'INR'
    doc.reportingCurrency = 'INR'
    doc.fx.rates = [{ currency: 'INR', points: [{ year: 2026, perUsd: '85.48' }] }]
    doc.prices.decks[0]!.currency = 'INR'
    addProduct(doc, PRODUCT_FORMS.find((x) => x.id === 'Co-sulphate')!, 'co-1')
    expect(doc.prices.decks[0]!.prices[0]).toMatchObject({ basePricePerUnit: '555620' }) // 6,500 USD/t × 85.48
    expect(parseProject(doc).ok).toBe(true)
  })

  it('the reference deck covers every product and names those it cannot price', () => {
    const doc = newProject('p', 'Deck', 2026)
    addProduct(doc, PRODUCT_FORMS.find((x) => x.id === 'Pt-metal')!, 'pt-1')
    addProduct(doc, PRODUCT_FORMS.find((x) => x.id === 'Mn-sulphate')!, 'mn-1')
    const { deck, missing } = referenceDeckFor(doc)
    expect(deck.asOf).toBe('2025-06-30')
    expect(deck.prices.find((p) => p.productId === 'pt-1')).toMatchObject({ basePricePerUnit: '1308' })
    expect(missing).toEqual(['Manganese sulphate (MnSO₄·H₂O)'])
    doc.prices.decks.push(deck)
    doc.prices.activeDeckId = deck.id
    expect(parseProject(doc).ok).toBe(true)
  })
})
