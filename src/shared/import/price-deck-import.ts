/**
 * Price-deck rows (product id, year, price, currency, source) → the `table` prices of one deck.
 * One currency per file; a (product, year) pair once; products must exist in the project. A row whose id
 * is a by-product kind of the reference library (resources/reference/byproducts.json, e.g.
 * `li-copper-foil`) and no product of the project prices that by-product per tonne (methodology §13).
 */
import { byproductPriceSchema, productPriceSchema } from '../model'
import { byproductReferences } from '../reference/accessors'
import type { CellError, ColumnSpec, Row } from './table'

export const PRICE_DECK_COLUMNS: readonly ColumnSpec[] = [
  { field: 'productId', header: 'Product ID', aliases: ['product', 'productId'], required: true, type: { kind: 'text', max: 64 } },
  { field: 'year', header: 'Year', aliases: ['calendar year'], required: true, type: { kind: 'int', min: 1900, max: 2200 } },
  { field: 'price', header: 'Price', aliases: ['price per unit'], required: true, type: { kind: 'decimal', min: '0', max: '1000000000000000' } },
  { field: 'currency', header: 'Currency', required: true, type: { kind: 'enum', values: ['USD', 'INR', 'JPY'] } },
  { field: 'source', header: 'Source', required: false, type: { kind: 'text', max: 1000 } }
]

export type ImportedPriceDeck = {
  currency: 'USD' | 'INR' | 'JPY'
  source: string
  prices: { productId: string; mode: 'table'; points: { year: number; price: string }[] }[]
  /** By-product prices per tonne by year (deck currency); empty when the file prices none. */
  byproductPrices: { byproductId: string; points: { year: number; pricePerTonne: string }[] }[]
}

export function toPriceDeck(sheet: string, rows: Row[], knownProductIds: readonly string[] | null): { deck: ImportedPriceDeck | null; errors: CellError[] } {
  const errors: CellError[] = []
  const err = (row: number, column: string, code: CellError['code'], message: string) => errors.push({ sheet, row, column, code, message })
  const currencies = new Set(rows.map((r) => r.values.currency as string))
  if (currencies.size > 1) err(rows[0]?.row ?? 2, 'Currency', 'invalid-value', `One currency per price deck: found ${[...currencies].join(', ')}`)
  const byProduct = new Map<string, { year: number; price: string; row: number }[]>()
  const byproductKinds = new Set(byproductReferences().map((b) => b.id))
  for (const r of rows) {
    const v = r.values
    if (!('productId' in v) || !('year' in v) || !('price' in v)) continue
    const pid = String(v.productId)
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(pid)) { err(r.row, 'Product ID', 'invalid-value', `'Product ID': "${pid}" is not a product id (letters, digits, "_" or "-")`); continue }
    const byproduct = !(knownProductIds ?? []).includes(pid) && byproductKinds.has(pid)
    if (knownProductIds && !knownProductIds.includes(pid) && !byproduct) { err(r.row, 'Product ID', 'invalid-value', `'Product ID': no product "${pid}" in this project, nor a by-product of the reference library`); continue }
    const list = byProduct.get(pid) ?? []
    const dup = list.find((x) => x.year === v.year)
    if (dup) err(r.row, 'Year', 'duplicate-row', `${pid} ${v.year} is priced twice (also row ${dup.row})`)
    else list.push({ year: Number(v.year), price: String(v.price), row: r.row })
    byProduct.set(pid, list)
  }
  const prices: ImportedPriceDeck['prices'] = []
  const byproductPrices: ImportedPriceDeck['byproductPrices'] = []
  for (const [productId, list] of byProduct) {
    const sorted = list.sort((a, b) => a.year - b.year)
    if (!(knownProductIds ?? []).includes(productId) && byproductKinds.has(productId)) {
      const candidate = { byproductId: productId, points: sorted.map(({ year, price }) => ({ year, pricePerTonne: price })) }
      const check = byproductPriceSchema.safeParse(candidate)
      if (!check.success) err(list[0]!.row, 'Price', 'invalid-value', `${productId}: ${check.error.issues[0]?.message ?? 'invalid'}`)
      else byproductPrices.push(candidate)
      continue
    }
    const candidate = { productId, mode: 'table' as const, points: sorted.map(({ year, price }) => ({ year, price })) }
    const check = productPriceSchema.safeParse(candidate)
    if (!check.success) err(list[0]!.row, 'Price', 'invalid-value', `${productId}: ${check.error.issues[0]?.message ?? 'invalid'}`)
    else prices.push(candidate)
  }
  if (errors.length) return { deck: null, errors }
  const sources = [...new Set(rows.map((r) => String(r.values.source ?? '')).filter(Boolean))]
  return { deck: { currency: [...currencies][0] as ImportedPriceDeck['currency'], source: sources.join('; ').slice(0, 1000), prices, byproductPrices }, errors }
}
