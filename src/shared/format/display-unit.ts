import { Decimal } from '../decimal'
import type { Currency } from '../model'
import { t, type Locale } from '../i18n'
import { formatMoney } from './money'

/**
 * The ONE number style for money on screen and in the sheet and memo, in the unit the reader chose
 * (#17): Indian readers count in crore or lakh (₹134.27 crore), others in millions ($39.52 million),
 * and anyone may ask for every digit (₹1,34,27,00,000). Cards, tables and chart axes format through
 * here, so one toggle moves them together and "1.7KCr", "-0" or "₹40,00,00,000.00" cannot appear.
 *
 * Rules:
 * - `full`: whole units of the currency in its grouping (en-IN 3-2-2 for INR), no minor unit — a
 *   headline figure is not read to the paisa;
 * - a scaled unit: two decimals and the unit's word (`₹40.00 crore`, `₹12.50 lakh`, `$39.52 million`,
 *   `¥1,234.57 million`);
 * - a value that rounds to zero is `0`, never `-0` (Intl's `signDisplay: 'negative'`); a negative
 *   keeps the currency's sign placement (`-₹2.50 crore`, as formatMoney writes it);
 * - rounding half away from zero (Intl's default, as formatMoney);
 * - a unit the currency does not offer (₹ in millions, $ in crore) is written in full.
 *
 * Japanese (#20): yen are counted in 億 (10^8) and 万 (10^4) as rupees are in crore and lakh, offered
 * for JPY beside million. 億 keeps two decimals like the other scaled units (12.35億円); 万 has none
 * (123,457万円): a 万 is ten thousand yen, and a headline below it is noise. In the Japanese edition
 * the unit words come from the catalog (百万, クロール, ラク) and yen are written 円 after the figure
 * with no decimals; every other currency keeps its own symbol and grouping (₹1,34,27,45,678 stays
 * 3-2-2 in Japanese): the reporting currency's conventions do not change with the reader's language.
 */
export type DisplayUnit = 'full' | 'lakh' | 'crore' | 'million' | 'oku' | 'man'

/** The units a reader may choose per currency, the scaled default first. */
export const DISPLAY_UNITS: Record<Currency, readonly DisplayUnit[]> = { INR: ['crore', 'lakh', 'full'], USD: ['million', 'full'], JPY: ['million', 'oku', 'man', 'full'] }

/** Until the reader chooses: every digit, as the app always showed (a neutral default). */
export const DEFAULT_DISPLAY_UNIT: DisplayUnit = 'full'

type Scaled = Exclude<DisplayUnit, 'full'>
const SIZE: Record<Scaled, string> = { lakh: '1e5', crore: '1e7', million: '1e6', oku: '1e8', man: '1e4' }
/** Decimals a scaled figure keeps: two, except 万 (see above). */
const PLACES: Record<Scaled, number> = { lakh: 2, crore: 2, million: 2, oku: 2, man: 0 }
/** The unit's word in the reader's language: `crore`, `クロール`, `億`. */
const word = (unit: Scaled, locale: Locale): string => t(locale, `units.word.${unit}`)
/** Short words for chart ticks, where room is a few characters (the kanji units are already one). */
const TICK_WORD: Record<Scaled, string> = { lakh: 'L', crore: 'cr', million: 'mn', oku: '億', man: '万' }

/** A unit the currency offers, else the default (a stored choice for INR read by a USD project, say). */
export const unitFor = (currency: Currency, unit: DisplayUnit | null | undefined): DisplayUnit => (unit && DISPLAY_UNITS[currency].includes(unit) ? unit : DEFAULT_DISPLAY_UNIT)

/** The toggle's labels: "₹ crore", "₹ lakh", "Full (₹)"; "USD million", "Full (USD)"; Japanese "JPY 億", "全桁（JPY）". */
export function displayUnitLabel(unit: DisplayUnit, currency: Currency, locale: Locale = 'en'): string {
  const mark = currency === 'INR' ? '₹' : currency
  return unit === 'full' ? t(locale, 'units.full', { mark }) : t(locale, 'units.scaled', { mark, unit: word(unit, locale) })
}

/** What a table header says its amounts are in: "INR crore", "USD million", "INR"; Japanese "JPY 億". */
export const displayUnitCaption = (unit: DisplayUnit, currency: Currency, locale: Locale = 'en'): string => (unit === 'full' ? currency : `${currency} ${word(unit, locale)}`)

/** The value in the unit: 1,34,27,00,000 in crore is 134.27 (exact: a Decimal division by a power of ten). */
export const inUnit = (value: Decimal, unit: DisplayUnit): Decimal => (unit === 'full' ? value : value.div(SIZE[unit]))

/** Rounded for display; a zero result loses its sign, so "-0" is never written. */
function rounded(value: Decimal, places: number): Decimal {
  const r = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP)
  return r.isZero() ? new Decimal(0) : r
}

/**
 * Money in the reader's unit: `₹1,34,27,00,000`, `₹134.27 crore`, `$39.52 million`, `-$1,234,567`;
 * Japanese `1,234,565,000円`, `12.35億円`, `123,457万円`, `₹134.27クロール` (no space before a
 * Japanese unit word, as Japanese writes it).
 */
export function formatMoneyIn(value: Decimal, currency: Currency, chosen: DisplayUnit, locale: Locale = 'en'): string {
  const unit = unitFor(currency, chosen)
  if (unit === 'full') return formatMoney(rounded(value, 0), currency, { decimals: 0, locale })
  const places = PLACES[unit]
  const scaled = rounded(inUnit(value, unit), places)
  if (locale === 'ja' && currency === 'JPY') return `${formatAmountText(scaled, currency, places)}${word(unit, locale)}円`
  return `${formatMoney(scaled, currency, { decimals: places })}${locale === 'ja' ? '' : ' '}${word(unit, locale)}`
}

/** A figure grouped in the currency's convention with exactly `places` decimals. */
function formatAmountText(v: Decimal, currency: Currency, places: number): string {
  const locale = currency === 'INR' ? 'en-IN' : 'en-US'
  return new Intl.NumberFormat(locale, { minimumFractionDigits: places, maximumFractionDigits: places }).format(v.toFixed(places) as `${number}`)
}

/** A plain table figure in the unit the header names: `134.27` (crore), `1,34,27,00,000` (full); never `-0`. */
export function formatAmountIn(value: Decimal, currency: Currency, chosen: DisplayUnit): string {
  const unit = unitFor(currency, chosen)
  const places = unit === 'full' ? 0 : PLACES[unit]
  return formatAmountText(rounded(inUnit(value, unit), places), currency, places)
}

/**
 * A chart axis tick (a float, as the chart library hands it): the number in the unit with its short
 * word — `1,700 cr`, `2.5 mn`, `0`. `full` on an axis still needs a scale to fit: crore for INR,
 * million otherwise (an axis of 12-digit labels is unreadable). At most one decimal, dropped from
 * 100 up; never `-0`.
 */
export function axisTick(currency: Currency, chosen: DisplayUnit): (value: number) => string {
  const unit = unitFor(currency, chosen)
  const scale: Scaled = unit === 'full' ? (currency === 'INR' ? 'crore' : 'million') : unit
  const locale = currency === 'INR' ? 'en-IN' : 'en-US'
  const small = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'negative' })
  const large = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'negative' })
  return (value: number) => {
    if (!Number.isFinite(value)) return ''
    const v = value / Number(SIZE[scale])
    // Stryker disable next-line EqualityOperator: equivalent, at exactly 100 both formats write "100"
    const text = (Math.abs(v) >= 100 ? large : small).format(v)
    return text === '0' ? '0' : `${text} ${TICK_WORD[scale]}`
  }
}
