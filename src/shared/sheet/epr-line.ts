import { ZERO } from '../decimal'
import type { ModelResult } from '../engine/types'
import { formatMoney } from '../format/money'
import { t, type Locale } from '../i18n'
import type { Project } from '../model'
import { eprPriceSeries } from '../rules/epr-certificates'
import { html, type Html } from './html'

/** The stated source's length on the sheet. */
const NOTE_CHARS = 120

/**
 * The project sheet's EPR certificate line (methodology §13), only for a project with an EPR block: the
 * life revenue, the price per kg by year, and where that price came from — the active deck's EPR series
 * or, for a deck without one, the EPR block's own — with its stated source, since a lender reads EPR
 * income as merchant revenue resting on an assumed price. `compact` (a denser sheet, to keep one page)
 * leaves the stated source out; where the price came from stays.
 */
export function eprLine(project: Project, result: ModelResult, locale: Locale = 'en', compact = false): Html | string {
  const epr = project.epr
  if (!epr || !result.epr) return ''
  const deck = project.prices.decks.find((d) => d.id === project.prices.activeDeckId) ?? project.prices.decks[0]!
  const series = eprPriceSeries(epr, deck)
  const prices = series.points.map((p) => `${formatMoney(p.pricePerKg, series.currency, { locale })}/kg (${p.year})`).join(', ')
  const stated = series.source === 'deck' ? deck.eprPrices?.source : epr.source
  // The stated source, cut to a line's length (the sheet is one page; the full text is in the file and the Excel model).
  const note = stated && !compact ? `: ${stated.length > NOTE_CHARS ? `${stated.slice(0, NOTE_CHARS - 1).trimEnd()}…` : stated}` : ''
  const source = series.source === 'deck' ? t(locale, 'deck.sheet.eprFromDeck', { deck: deck.name, note }) : t(locale, 'deck.sheet.eprFromBlock', { deck: deck.name, note })
  const revenue = formatMoney(result.operations.eprRevenue.reduce((a, x) => a.plus(x), ZERO), result.currency, { decimals: 0, locale })
  return html`<p class="line">${t(locale, 'deck.sheet.epr', { revenue, prices, source })}</p>`
}
