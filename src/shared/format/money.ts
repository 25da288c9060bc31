import { Decimal, DECIMAL_STRING_PATTERN, type DecimalString } from '../decimal'
import type { Currency } from '../model'

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

/** `$1,234.56`, `₹1,00,000.00`, `¥1,235`. `decimals` overrides the currency's minor unit (e.g. 0 in tables). */
export function formatMoney(value: Numeric, currency: Currency, options: { decimals?: number } = {}): string {
  const digits = options.decimals ?? currencyDecimals(currency)
  return formatter(LOCALE[currency], { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(toIntlInput(value))
}

/** A grouped plain number in the currency's convention (`1,00,000` for INR), for tables with the unit in the header. */
export function formatAmount(value: Numeric, currency: Currency, options: { decimals?: number } = {}): string {
  const digits = options.decimals ?? currencyDecimals(currency)
  return formatter(LOCALE[currency], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(toIntlInput(value))
}

/** A quantity with up to `maxDecimals` places and thousands grouping (`12,500.5`). */
export function formatQuantity(value: Numeric, maxDecimals = 2): string {
  return formatter('en-US', { maximumFractionDigits: maxDecimals }).format(toIntlInput(value))
}

/** A fraction as a percentage: `0.125` → `12.5 %` (the model holds fractions; people read percent). */
export function formatPercent(fraction: Numeric, maxDecimals = 1): string {
  const pct = (fraction instanceof Decimal ? fraction : new Decimal(toIntlInput(fraction))).times(100)
  return `${formatter('en-US', { maximumFractionDigits: maxDecimals }).format(toIntlInput(pct))} %`
}
