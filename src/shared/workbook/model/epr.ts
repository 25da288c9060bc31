/**
 * EPR certificates in the Excel model (methodology §13): their inputs on Inputs and the revenue rows on
 * Revenue (uncontracted, not in offtake coverage), by the Excel forms of src/shared/rules/epr-certificates.ts.
 * The price a case reads is the series of the deck in view (`Scn_Deck`) when that deck lists one, else
 * the EPR block's own (`eprPriceSeries`). A project whose decks list no EPR prices keeps the layout it
 * had before deck EPR prices, cell for cell.
 */
import { METALS, isPgm, type Currency, type Project } from '@shared/model'
import { eprCertificatesKgExcel, eprPriceForYearExcel, eprPriceInReportingExcel, eprRevenueExcel } from '@shared/rules/epr-certificates'
import { dateToSerial } from '../a1'
import type { SheetBuilder } from '../grid'
import { type ModelCtx, K, STRUCTURE_NOTE, num, str, streamMetals } from './context'
import { SCN, decksLaidOut } from './scenarios'

type At = { at(k: string): string }
type Points = readonly { year: number; pricePerKg: string }[]

/** Inputs names of deck d's (0-based, as laid out) EPR price list. */
const deckEprName = (d: number, field: 'Years' | 'Prices') => `Deck${d + 1}_EPR_${field}`
const anyDeckPriced = (p: Project) => decksLaidOut(p).some((d) => d.eprPrices !== undefined)
/** The block's own prices are read by a deck without a series (every deck, when none has one). */
const blockPriceRead = (p: Project) => decksLaidOut(p).some((d) => d.eprPrices === undefined)

/** The currencies EPR prices are stated in that the workbook reads (an FX row each): the block's, where read, and the decks' series'. */
export function eprCurrencies(p: Project): Currency[] {
  if (!p.epr) return []
  return [...new Set([...(blockPriceRead(p) ? [p.epr.currency] : []), ...decksLaidOut(p).flatMap((d) => (d.eprPrices ? [d.eprPrices.currency] : []))])]
}

/** A price list by calendar year; one listed price applies to every year, so its year is named in the label instead of laid out as an input no formula reads. */
function priceList(sh: SheetBuilder, years: string, prices: string, label: string, unit: string, points: Points, note: string | undefined) {
  const single = points.length === 1
  if (!single) sh.list(years, 'EPR price years (ascending; the latest not after the period applies)', 'year', points.map((x) => num(x.year, 'inYear')))
  sh.list(prices, single ? `${label} (listed for ${points[0]!.year}, applies to every year)` : label, unit, points.map((x) => num(x.pricePerKg, 'inMoney')), note)
}

/** The price of the calendar year from a laid-out list (Gnumeric answers #REF! for INDEX over a single cell: one price is the cell). */
const yearPrice = (sh: SheetBuilder, c: At, years: string, prices: string, single: boolean) =>
  single ? prices : eprPriceForYearExcel(c.at('calYear'), years, prices, sh.book.nth(years, 1), sh.book.nth(prices, 1))

export function writeEprInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const epr = p.epr
  if (!epr) return
  const decked = anyDeckPriced(p)
  sh.section(decked
    ? 'EPR certificates (India BWMR 2022): kg per tonne of recovered metal; priced by the deck in view\'s EPR series, else by the block\'s own below'
    : `EPR certificates (India BWMR 2022): kg per tonne of recovered metal, price per kg in ${epr.currency}`)
  sh.scalar(null, 'EPR certificates count from', 'date', num(dateToSerial(epr.activeFrom), 'inDate'), 'EPR_Active_From')
  if (blockPriceRead(p)) sh.scalar(null, 'EPR certificate currency', '', str(epr.currency, 'text'), undefined, STRUCTURE_NOTE)
  for (const m of METALS) {
    const v = epr.kgPerTonneRecovered[m]
    if (v !== undefined) sh.scalar(null, `EPR certificates per tonne of ${m} recovered`, 'kg/t', num(v, 'inQuantity'), `EPR_Kg_${m}`)
  }
  if (blockPriceRead(p)) priceList(sh, 'EPR_Years', 'EPR_Prices', decked ? 'EPR certificate price (the block\'s own, for a deck without EPR prices)' : 'EPR certificate price', `${epr.currency}/kg`, epr.pricePerKg, epr.source)
  decksLaidOut(p).forEach((deck, d) => {
    const series = deck.eprPrices
    if (!series) return
    sh.section(`EPR certificate prices in deck ${d + 1} "${deck.name}" (${series.currency} per kg of certificate; the latest listed year not after the period's)`)
    priceList(sh, deckEprName(d, 'Years'), deckEprName(d, 'Prices'), 'EPR certificate price', `${series.currency}/kg`, series.points, series.source)
  })
}

/** Revenue rows: the certificates, their price and the revenue. Returns the key revenue adds. */
export function writeEprRevenue(ctx: ModelCtx, sh: SheetBuilder): string {
  const p = ctx.project
  const epr = p.epr!
  const rep = p.reportingCurrency
  sh.section('EPR certificates (uncontracted; not in offtake coverage)')
  const eligible = METALS.filter((m) => epr.kgPerTonneRecovered[m] !== undefined)
  const recovered = (c: At, m: (typeof METALS)[number]) => {
    const parts = p.feedstock.map((s, i) => ({ s, i })).filter(({ s }) => streamMetals(s.kind).includes(m)).map(({ i }) => c.at(K.streamRecovered(i, m)))
    const sum = parts.length ? `(${parts.join('+')})` : '0'
    return isPgm(m) ? `${sum}/1000000` : sum
  }
  sh.calc('epr.active', 'EPR active (operations, period starting on or after the date)', '1/0', (c) => `${c.at('op')}*IF(${c.at('start')}>=EPR_Active_From,1,0)`, { style: 'flag' })
  sh.calc('epr.kg', 'EPR certificates = Σ recovered tonnes × kg per tonne (PGM grams / 10⁶)', 'kg', (c) =>
    eprCertificatesKgExcel(eligible.map((m) => recovered(c, m)), eligible.map((m) => `EPR_Kg_${m}`)), { total: 'sum', style: 'quantity' })
  const blockSingle = epr.pricePerKg.length === 1
  if (!anyDeckPriced(p)) {
    // The layout of every file before deck EPR prices: the block's price in its currency, translated in the revenue row.
    sh.calc('epr.price', `EPR price of the calendar year (${epr.currency}/kg)`, `${epr.currency}/kg`, (c) => yearPrice(sh, c, 'EPR_Years', 'EPR_Prices', blockSingle), { style: 'money' })
    sh.calc('eprRev', `EPR revenue = certificates × price × ${rep} per ${epr.currency}`, rep, (c) =>
      eprRevenueExcel(c.at('epr.kg'), c.at('epr.price'), `${c.at(K.fx(rep))}/${c.at(K.fx(epr.currency))}`, c.at('epr.active')), { total: 'sum', style: 'total' })
    return 'eprRev'
  }
  // Each deck laid out: its own series in its currency, else the block's, translated into the reporting currency at the period's FX.
  const perDeck = (c: At) => decksLaidOut(p).map((deck, d) => {
    const series = deck.eprPrices
    const price = series
      ? yearPrice(sh, c, deckEprName(d, 'Years'), deckEprName(d, 'Prices'), series.points.length === 1)
      : yearPrice(sh, c, 'EPR_Years', 'EPR_Prices', blockSingle)
    return eprPriceInReportingExcel(price, c.at(K.fx(rep)), c.at(K.fx(series ? series.currency : epr.currency)))
  })
  sh.calc('epr.price', `EPR price of the calendar year in ${rep}/kg (the deck in view's EPR series, else the block's own, at the period's FX)`, `${rep}/kg`, (c) => {
    const prices = perDeck(c)
    return prices.length === 1 ? prices[0]! : `CHOOSE(${SCN.deck},${prices.join(',')})`
  }, { style: 'money' })
  sh.calc('eprRev', 'EPR revenue = certificates × price', rep, (c) => eprRevenueExcel(c.at('epr.kg'), c.at('epr.price'), '1', c.at('epr.active')), { total: 'sum', style: 'total' })
  return 'eprRev'
}
