import { describe, expect, it } from 'vitest'
import { METALS, newProject, parseProject } from '@shared/model'
import { PRODUCT_FORMS, addImpliedProducts, addProduct, formsOf, impliedForm, matchForm, referencePriceOfForm, removeProduct, streamContainedMetals } from '@renderer/features/recovery/product-forms'
import { DEFAULT_BATTERY_ROUTE, batteryStreamFromChemistry, catalystStreamFromClass, routeToAdd } from '@renderer/features/feedstock/stream-defaults'
import { converterClasses } from '@shared/reference'
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

describe('the products a new stream implies (issue 17)', () => {
  const base = (id: string) => ({ id, name: id, quantityPerYear: '1000', routeId: DEFAULT_BATTERY_ROUTE })
  it('a battery stream in a project without battery products brings Li₂CO₃, NiSO₄, CoSO₄ and MnSO₄ with their factors, priced in every deck; the project stays valid', () => {
    const doc = newProject('p', 'Battery plant', 2026)
    const s = batteryStreamFromChemistry('NMC622', 'blackMass', base('bm'), doc)
    doc.routes.push(routeToAdd(doc, DEFAULT_BATTERY_ROUTE)!)
    doc.feedstock.push(s)
    expect(addImpliedProducts(doc, s)).toEqual(['Lithium carbonate (Li₂CO₃)', 'Nickel sulphate (NiSO₄·6H₂O)', 'Cobalt sulphate (CoSO₄·7H₂O)', 'Manganese sulphate (MnSO₄·H₂O)'])
    expect(doc.products.map((p) => [p.id, p.metal, p.factor])).toEqual([['li-1', 'Li', '5.3227'], ['ni-1', 'Ni', '4.478'], ['co-1', 'Co', '4.770'], ['mn-1', 'Mn', matchFormFactor('Mn-sulphate')]])
    for (const d of doc.prices.decks) expect(d.prices.map((p) => p.productId)).toEqual(['li-1', 'ni-1', 'co-1', 'mn-1'])
    expect(parseProject(doc).ok).toBe(true)
    // A second battery stream finds the products there: nothing more.
    const again = batteryStreamFromChemistry('NMC811', 'pack', base('packs'), doc)
    doc.feedstock.push(again)
    expect(addImpliedProducts(doc, again)).toEqual([])
  })
  it('lithium as hydroxide for high-nickel chemistries; LFP brings lithium only; PGM streams bring the metals they are loaded with', () => {
    const doc = newProject('p', 'x', 2026)
    expect(impliedForm('Li', batteryStreamFromChemistry('NMC811', 'cell', base('a'), doc)).id).toBe('Li-hydroxide')
    expect(impliedForm('Li', batteryStreamFromChemistry('NCA', 'cell', base('b'), doc)).id).toBe('Li-hydroxide')
    expect(impliedForm('Li', batteryStreamFromChemistry('NMC532', 'cell', base('c'), doc)).id).toBe('Li-carbonate')
    expect(streamContainedMetals(batteryStreamFromChemistry('LFP', 'cell', base('d'), doc))).toEqual(['Li'])
    const cat = catalystStreamFromClass(converterClasses()[0]!.id, { ...base('cat'), routeId: 'smelt' })
    expect(streamContainedMetals(cat).every((m) => ['Pt', 'Pd', 'Rh'].includes(m))).toBe(true)
    expect(impliedForm('Pt', cat).id).toBe('Pt-metal')
  })
  it('a project that already sells one of the kind\'s metals has made its choices: a battery stream adds nothing there, but a PGM plant taking battery feed gets battery products', () => {
    const doc = newProject('p', 'x', 2026)
    addProduct(doc, PRODUCT_FORMS.find((f) => f.id === 'Li-hydroxide')!, 'lioh')
    const s = batteryStreamFromChemistry('NMC622', 'blackMass', base('bm'), doc)
    expect(addImpliedProducts(doc, s)).toEqual([])
    const pgm = newProject('q', 'y', 2026)
    addProduct(pgm, PRODUCT_FORMS.find((f) => f.id === 'Pt-metal')!, 'pt')
    expect(addImpliedProducts(pgm, batteryStreamFromChemistry('NMC622', 'blackMass', base('bm'), pgm))).toHaveLength(4)
  })
})

const matchFormFactor = (id: string) => PRODUCT_FORMS.find((f) => f.id === id)!.factor
