import type { EprDeckPrice, Project } from '@shared/model'
import { byproductReferences } from '@shared/reference'
import { byproductDeckPrice } from '@shared/rules/byproducts'
import { formatMoney } from '@shared/format/money'
import type { MessageKey, MessageValues } from '@shared/i18n'
import { operatingWindow } from '../offtake/contract-defaults'

type Deck = Project['prices']['decks'][number]

/**
 * The by-product kinds a deck's editor offers (methodology §13): every kind a sold line of a stream
 * names, then any other kind the deck already prices — in that order, each once — with the reference
 * library's name where it has one.
 */
export function deckByproductKinds(doc: Project, deck: Deck): { id: string; name: string }[] {
  const named = doc.feedstock.flatMap((s) => (s.byproducts ?? []).flatMap((b) => (b.fate.kind === 'sold' && b.kind !== undefined ? [b.kind] : [])))
  const ids = [...new Set([...named, ...(deck.byproductPrices ?? []).map((x) => x.byproductId)])]
  const refs = byproductReferences()
  return ids.map((id) => ({ id, name: refs.find((r) => r.id === id)?.name ?? id }))
}

/** The calendar year of COD: where a new price row starts (a table's first year applies before it anyway). */
export const codYear = (doc: Project): number => Number(operatingWindow(doc).cod.slice(0, 4))

/** A year after the list's last, for "Add year" (the same price, so adding it moves no figure). */
export function nextYearPoint<T extends { year: number }>(points: readonly T[]): T {
  const last = points[points.length - 1]!
  return { ...last, year: last.year + 1 }
}

/**
 * A deck's new EPR series: the EPR block's own currency and prices when the project has a block (so adding
 * it moves no figure), else INR (the certificates' market) at 0 from COD's year, as an assumption.
 */
export function newDeckEprPrices(doc: Project, assumption: string): EprDeckPrice {
  if (doc.epr) return { currency: doc.epr.currency, points: structuredClone(doc.epr.pricePerKg), source: doc.epr.source ?? assumption }
  const inr = doc.reportingCurrency === 'INR' || doc.fx.rates.some((r) => r.currency === 'INR')
  return { currency: inr ? 'INR' : doc.reportingCurrency, points: [{ year: codYear(doc), pricePerKg: '0' }], source: assumption }
}

/**
 * What a sold line's blank price means (§13), for its price field: the active deck's price of its kind in
 * COD's year (deck currency per tonne), or that the deck lists none (0 is earned), or that the line names
 * no kind a deck could price.
 */
export function byproductDeckHint(doc: Project, kind: string | undefined, t: (key: MessageKey, values?: MessageValues) => string): string {
  if (kind === undefined) return t('deck.hint.noKind')
  const deck = doc.prices.decks.find((d) => d.id === doc.prices.activeDeckId) ?? doc.prices.decks[0]!
  const row = deck.byproductPrices?.find((x) => x.byproductId === kind)
  if (!row) return t('deck.hint.blankNone', { deck: deck.name })
  const year = codYear(doc)
  return t('deck.hint.blankDeck', { price: `${formatMoney(byproductDeckPrice(row.points, year), deck.currency)}/t`, year, deck: deck.name })
}
