/**
 * The analysis drivers' names in a reader's language (#20), by id: the sensitivity drivers
 * (`price:<product>`, `capex` …) and the exposure drivers (`metal:Pt`, `fx:INR`, `byproducts`).
 */
import { describe, expect, it } from 'vitest'
import { driverIdLabelText } from '@shared/analysis/localized'

const products = [{ id: 'p-ni', name: 'NiSO4·6H2O' }]
const name = (id: string, label = 'English label') => driverIdLabelText({ id, label }, products, 'ja')

describe('driver names by id', () => {
  it('English is the driver’s own label', () => {
    for (const id of ['price:all', 'price:p-ni', 'metal:Pt', 'fx:INR', 'fx', 'capex', 'byproducts']) expect(driverIdLabelText({ id, label: `label of ${id}` }, products, 'en')).toBe(`label of ${id}`)
  })

  it('sensitivity drivers: the catalog’s words, a product by its name', () => {
    expect(name('price:all')).toBe('全製品価格')
    expect(name('price:p-ni')).toBe('NiSO4·6H2O価格')
    expect(name('capex')).toBe('設備投資')
    expect(name('interestRate')).toBe('金利')
    expect(name('fx')).toBe('為替レート（対USD）')
  })

  it('exposure drivers: a metal by its symbol, a currency by its code, the by-products', () => {
    expect(name('metal:Co')).toBe('Co価格')
    expect(name('fx:INR')).toBe('為替：1 USDあたりINR')
    expect(name('byproducts')).toBe('副産物価格')
  })

  it('an id it does not know (or a product no longer in the project) keeps its label', () => {
    expect(name('price:gone')).toBe('English label')
    expect(name('something-new')).toBe('English label')
  })
})

describe('offset names (#20)', () => {
  it('English is OFFSET_LABELS (the CLI and workbook print it); Japanese the catalog’s', async () => {
    const { OFFSET_KEYS, OFFSET_LABELS, offsetLabel } = await import('@shared/analysis/exposure')
    for (const k of OFFSET_KEYS) expect(offsetLabel(k)).toBe(OFFSET_LABELS[k])
    expect(offsetLabel('offtake', 'ja')).toBe('引取契約')
    expect(offsetLabel('debtService', 'ja')).toBe('元利金返済（為替）')
    // EPR stays an acronym (the scan's allow-list keeps it); no other Latin word.
    for (const k of OFFSET_KEYS) expect(offsetLabel(k, 'ja').replace('EPR', '')).not.toMatch(/[A-Za-z]{3,}/)
  })
})
