import DecimalJs from 'decimal.js'

/**
 * The one configured Decimal for all money and quantities.
 * 40 significant digits (decimal.js counts significant digits, not places) so that sums of
 * 30-year monthly series in JPY keep every unit; ROUND_HALF_EVEN as the default so repeated
 * rounding carries no upward bias. Never call `Decimal.set` on the global: this is a clone.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
  minE: -9e15,
  maxE: 9e15
})
export type Decimal = InstanceType<typeof Decimal>

/** A decimal written as a string at every boundary (IndexedDB, IPC, JSON): structured clone drops the class. */
export type DecimalString = string

/** Plain decimal notation: optional minus, digits, optional fraction. No exponent, hex, spaces, separators or NaN. */
export const DECIMAL_STRING_PATTERN = /^-?(?:0|[1-9]\d{0,29})(?:\.\d{1,30})?$/

export const ZERO = new Decimal(0)
export const ONE = new Decimal(1)

/** Parse a canonical decimal string; throws on anything else (callers validate first with the schema). */
export function dec(value: DecimalString | number | Decimal): Decimal {
  if (value instanceof Decimal) return value
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`dec: not a finite number (${value})`)
    return new Decimal(value)
  }
  if (!DECIMAL_STRING_PATTERN.test(value)) throw new RangeError(`dec: not a decimal string (${JSON.stringify(value)})`)
  return new Decimal(value)
}

/** Canonical string for storage: no exponent, no trailing zeros, no "-0". */
export function toDecimalString(value: Decimal): DecimalString {
  if (!value.isFinite()) throw new RangeError(`toDecimalString: not finite (${value.toString()})`)
  const s = value.toFixed()
  if (!s.includes('.')) return s === '-0' ? '0' : s
  const trimmed = s.replace(/0+$/, '').replace(/\.$/, '')
  return trimmed === '-0' ? '0' : trimmed
}

export const sum = (values: readonly Decimal[]): Decimal => values.reduce((a, b) => a.plus(b), ZERO)
export const max = (a: Decimal, b: Decimal): Decimal => (a.greaterThan(b) ? a : b)
export const min = (a: Decimal, b: Decimal): Decimal => (a.lessThan(b) ? a : b)

/** Rounding for display and settlement outputs only, with the mode named at the call site. */
export const roundTo = (value: Decimal, places: number, mode: 'half-even' | 'half-up' = 'half-even'): Decimal =>
  value.toDecimalPlaces(places, mode === 'half-up' ? Decimal.ROUND_HALF_UP : Decimal.ROUND_HALF_EVEN)
