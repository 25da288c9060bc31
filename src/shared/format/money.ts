import { Decimal, DECIMAL_STRING_PATTERN, toDecimalString, type DecimalString } from '../decimal'
import type { Currency } from '../model'
import type { Locale } from '../i18n'

/**
 * The ONE implementation of display formatting (the app, the project sheet, the review memo and the
 * CLI all use it, so a figure reads the same everywhere).
 * Display formatting of money and numbers, by the reporting currency's conventions (CLDR via Intl):
 * INR groups 3-2-2 (1,00,000 = one lakh; 1,00,00,000 = one crore) with en-IN; JPY has no minor
 * unit; USD groups by thousands. Values go to Intl as STRINGS (Intl.NumberFormat v3), so 20-digit
 * amounts are not squeezed through a float. Rounding for display is Intl's default, half away from
 * zero; this never feeds back into the model.
 */
const LOCALE: Record<Currency, string> = { USD: 'en-US', INR: 'en-IN', JPY: 'en-US' }

/** Minor-unit digits of each currency (ISO 4217). */
export const currencyDecimals = (currency: Currency): number => (currency === 'JPY' ? 0 : 2)

type Numeric = DecimalString | Decimal

const toIntlInput = (value: Numeric): `${number}` => {
  const s = value instanceof Decimal ? value.toFixed() : value
  if (!DECIMAL_STRING_PATTERN.test(s) && !(value instanceof Decimal)) throw new RangeError(`format: not a decimal string (${JSON.stringify(value)})`)
  return s as `${number}`
}

const cache = new Map<string, Intl.NumberFormat>()
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, options)
    cache.set(key, f)
  }
  return f
}

/**
 * `$1,234.56`, `₹1,00,000.00`, `¥1,235`. `decimals` overrides the currency's minor unit (e.g. 0 in
 * tables). In Japanese (#20) yen are `1,235円` (ja-JP's currency name: 円 after the figure, never
 * decimals, whatever `decimals` asks — yen have no minor unit); other currencies keep their own
 * convention in either language (the reporting currency decides, not the reader's language).
 */
export function formatMoney(value: Numeric, currency: Currency, options: { decimals?: number; locale?: Locale } = {}): string {
  if (options.locale === 'ja' && currency === 'JPY') return formatter('ja-JP', { style: 'currency', currency, currencyDisplay: 'name', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(toIntlInput(value))
  const digits = options.decimals ?? currencyDecimals(currency)
  return formatter(LOCALE[currency], { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(toIntlInput(value))
}

/**
 * A calendar date (`YYYY-MM-DD`, or an ISO timestamp read for its UTC date) in the reader's language:
 * `2 December 2026`, Japanese `2026年12月2日`. UTC so a date does not move a day with the time zone.
 */
export function formatDate(iso: string, locale: Locale): string {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(d.getTime())) throw new RangeError(`formatDate: not a date (${JSON.stringify(iso)})`)
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(d)
}

/**
 * How a figure is grouped: `locale` = the currency's convention (`1,00,000` for INR); `thousands` =
 * by thousands whatever the currency (the command line's plain text, which reads the same in every currency).
 */
export type Grouping = 'locale' | 'thousands'

/** A grouped plain number in the currency's convention (`1,00,000` for INR), for tables with the unit in the header. */
export function formatAmount(value: Numeric, currency: Currency, options: { decimals?: number; grouping?: Grouping } = {}): string {
  const digits = options.decimals ?? currencyDecimals(currency)
  const locale = options.grouping === 'thousands' ? 'en-US' : LOCALE[currency]
  return formatter(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(toIntlInput(value))
}

/** A quantity with up to `maxDecimals` places (`'all'`: every digit it has) and thousands grouping (`12,500.5`). */
export function formatQuantity(value: Numeric, maxDecimals: number | 'all' = 2): string {
  if (maxDecimals === 'all') return allDigits(value)
  return formatter('en-US', { maximumFractionDigits: maxDecimals }).format(toIntlInput(value))
}

/** Every digit, grouped by thousands: Intl groups the integer part (it takes at most 20 fraction digits, a Decimal has up to 40). */
function allDigits(value: Numeric): string {
  const s = toDecimalString(value instanceof Decimal ? value : new Decimal(toIntlInput(value)))
  const [int, frac] = s.split('.') as [string, string | undefined]
  const grouped = formatter('en-US', { maximumFractionDigits: 0 }).format(int as `${number}`)
  return frac === undefined ? grouped : `${grouped}.${frac}`
}

/**
 * How formatPercent rounds and writes: the defaults are the app's (grouped, ties away from zero, and a
 * negative value that rounds to zero is written "0 %": "−0 %" reads as a loss that is not there, #17);
 * the command line writes percents ungrouped and ties to even (the engine's Decimal rounding).
 * `signedZero: true` keeps the sign of a negative that rounds to zero, for a caller that needs it;
 * `fixed: true` writes exactly `maxDecimals` places, trailing zeros kept (percent.ts's kinds, #17).
 */
export type PercentOptions = { grouping?: boolean; rounding?: 'halfExpand' | 'halfEven'; signedZero?: boolean; fixed?: boolean }

/** A fraction as a percentage: `0.125` → `12.5 %` (the model holds fractions; people read percent). */
export function formatPercent(fraction: Numeric, maxDecimals = 1, options: PercentOptions = {}): string {
  const pct = (fraction instanceof Decimal ? fraction : new Decimal(toIntlInput(fraction))).times(100)
  const intl: Intl.NumberFormatOptions = { maximumFractionDigits: maxDecimals }
  if (options.fixed === true) intl.minimumFractionDigits = maxDecimals
  if (options.grouping === false) intl.useGrouping = false
  if (options.rounding === 'halfEven') intl.roundingMode = 'halfEven'
  if (options.signedZero !== true) intl.signDisplay = 'negative'
  return `${formatter('en-US', intl).format(toIntlInput(pct))} %`
}

/** The command line's percents (plain text): ungrouped, ties to even, an unsigned zero. */
export const PLAIN_TEXT_PERCENT: PercentOptions = { grouping: false, rounding: 'halfEven', signedZero: false }
