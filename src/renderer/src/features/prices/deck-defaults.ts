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
