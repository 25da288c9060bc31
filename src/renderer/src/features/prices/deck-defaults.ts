import type { ImportedPriceDeck } from '@shared/import'
import type { Project } from '@shared/model'
import { referencePriceDeck } from '@shared/reference'
import { freshId } from '../editors/ItemList'
import { matchForm, referenceDeckYear, referencePriceOfForm, usdTo } from '../recovery/product-forms'

type Deck = Project['prices']['decks'][number]

/**
 * The dated reference deck (resources/reference/price-deck-2025-06.json) for the project's products:
 * flat prices from the deck's year, in USD. Products without a reference price get 0 and are named
 * in `missing` so the user prices them.
 */
export function referenceDeckFor(doc: Project): { deck: Deck; missing: string[] } {
  const ref = referencePriceDeck()
  const missing: string[] = []
  const prices: Deck['prices'] = doc.products.map((p) => {
    const form = matchForm(p)
    const r = form ? referencePriceOfForm(form) : null
    if (!r) missing.push(p.name)
    return { productId: p.id, mode: 'escalating', basePricePerUnit: r ? r.price.value : '0', baseYear: referenceDeckYear(), escalation: '0' }
  })
  const id = freshId(ref.id, doc.prices.decks.map((d) => d.id))
  const source = `${ref.name}: ${ref.description}`.slice(0, 1000)
  return { deck: { id, name: ref.name, currency: 'USD', source, asOf: ref.asOf, prices }, missing }
}

/** A copy of a deck under a new id (to build a lender's or downside deck from the base). */
export function duplicateDeck(doc: Project, deck: Deck): Deck {
  return { ...structuredClone(deck), id: freshId('deck', doc.prices.decks.map((d) => d.id)), name: `${deck.name} (copy)`.slice(0, 200) }
}

/** Convert a USD reference amount for display in a deck of another currency (null without an FX rate). */
export const referenceInDeckCurrency = (usd: string, deck: Deck, doc: Project): string | null => usdTo(usd, deck.currency, doc.fx)

/**
 * A price-deck sheet read by `importRows` (issue 17: the templates shipped, the app had no import) as a
 * new deck of the project: table prices per year for the products the file prices, named for the file,
 * dated the day it was brought in (its quotes' own dates are in the source and the years). A product the
 * file does not price keeps the active deck's price when that deck is in the same currency (`kept`; an
 * active deck must price every product), else stays unpriced (`unpriced`: priced before the deck can be
 * used). Not made active: the user looks at it, then chooses "Use this deck".
 */
export function importedDeck(doc: Project, fileName: string, read: ImportedPriceDeck, today: string): { deck: Deck; kept: string[]; unpriced: string[]; years: [number, number] } {
  const id = freshId('deck-import', doc.prices.decks.map((d) => d.id))
  const name = `Imported: ${fileName.replace(/^.*[\\/]/, '')}`.slice(0, 200)
  const source = (read.source ? `${read.source} (imported from ${fileName})` : `Imported from ${fileName}`).slice(0, 1000)
  const years = [...read.prices, ...read.byproductPrices].flatMap((p) => p.points.map((x) => x.year))
  const active = doc.prices.decks.find((d) => d.id === doc.prices.activeDeckId)
  const prices: Deck['prices'] = read.prices.map((p) => ({ ...p, points: p.points.map((x) => ({ ...x })) }))
  const kept: string[] = []
  const unpriced: string[] = []
  for (const product of doc.products) {
    if (read.prices.some((x) => x.productId === product.id)) continue
    const from = active?.currency === read.currency ? active.prices.find((x) => x.productId === product.id) : undefined
    if (from) {
      prices.push(structuredClone(from))
      kept.push(product.name)
    } else unpriced.push(product.name)
  }
  // By-product prices (§13): the file's, then the active deck's for kinds the file does not price (same currency only).
  const byproductPrices: NonNullable<Deck['byproductPrices']> = read.byproductPrices.map((b) => ({ ...b, points: b.points.map((x) => ({ ...x })) }))
  if (active?.currency === read.currency)
    for (const b of active.byproductPrices ?? []) if (!byproductPrices.some((x) => x.byproductId === b.byproductId)) byproductPrices.push(structuredClone(b))
  const deck: Deck = { id, name, currency: read.currency, source, asOf: today, prices, ...(byproductPrices.length > 0 ? { byproductPrices } : {}) }
  return { deck, kept, unpriced, years: [Math.min(...years), Math.max(...years)] }
}
