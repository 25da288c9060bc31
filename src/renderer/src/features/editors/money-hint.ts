import { Decimal } from '@shared/decimal'
import { CURRENCIES, type Currency } from '@shared/model'
import { formatMoney } from '@renderer/format/money'
import { t, type Locale } from '@shared/i18n'
import { compactMoney } from '../results/metric-cards'

/**
 * The reading aid under a money input: the amount in the currency's grouping, without `.00` when
 * it is whole (crore-size capex with paise is noise), and its size in words once counting zeros
 * gets error-prone: `₹3,60,00,00,000 · 360 crore`, `$25,000,000 · 25 million`. In Japanese the size
 * is counted as Japanese counts: 億 and 万 (`$25,000,000 · 2500万`), crore and lakh for rupees in the
 * catalog's words (`₹3,60,00,00,000 · 360クロール`).
 */
export function moneyHint(value: string, currency: Currency, locale: Locale = 'en'): string {
  const d = new Decimal(value)
  const full = formatMoney(value, currency, d.isInteger() ? { decimals: 0 } : {})
  if (d.abs().lt(currency === 'INR' ? '1e5' : '1e6')) return full
  return `${full} · ${locale === 'en' ? compactMoney(d, currency).replace(/ [A-Z]{3}$/, '') : sizeInWords(d, currency, locale)}`
}

/** The size of an amount in the locale's counting words, one decimal: `360クロール`, `3.6億`, `2500万`. */
function sizeInWords(d: Decimal, currency: Currency, locale: Locale): string {
  const sign = d.isNegative() && !d.isZero() ? '−' : ''
  const scales = currency === 'INR' ? ([['1e7', 'crore'], ['1e5', 'lakh']] as const) : ([['1e8', 'oku'], ['1e4', 'man']] as const)
  const abs = d.abs()
  const [size, unit] = scales.find(([s]) => abs.gte(s)) ?? scales[scales.length - 1]!
  return `${sign}${abs.div(size).toDecimalPlaces(1).toString()}${t(locale, `units.word.${unit}`)}`
}

/** The currency a unit such as `INR/t` or `USD/toz` is priced in, if it is one. */
export function currencyOfUnit(unit: string | undefined): Currency | undefined {
  const code = unit ? /^([A-Z]{3})(?:\/|$)/.exec(unit)?.[1] : undefined
  return (CURRENCIES as readonly string[]).includes(code ?? '') ? (code as Currency) : undefined
}
