import { Decimal, DECIMAL_STRING_PATTERN, toDecimalString, type DecimalString } from '@shared/decimal'

/**
 * The text ⇄ model rules of NumberField, kept pure so they are tested without a DOM.
 * Input is locale-free: a dot for decimals, no grouping, no exponent. Percent fields show percent
 * and store the fraction (12.5 ↔ "0.125"), exactly, through Decimal.
 */
export type NumberParse = { ok: true; value: DecimalString | null } | { ok: false; message: string }

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)$/

export function parseNumberInput(text: string, options: { percent?: boolean; allowEmpty?: boolean } = {}): NumberParse {
  const t = text.trim()
  if (t === '') return options.allowEmpty ? { ok: true, value: null } : { ok: false, message: 'Enter a number' }
  if (/[,\s]/.test(t) && /\d/.test(t)) return { ok: false, message: 'Use a dot for decimals and no thousands separators, e.g. 1250.5' }
  if (!PLAIN.test(t)) return { ok: false, message: 'Enter a plain number, e.g. 1250.5' }
  let d = new Decimal(t.replace(/^\+/, ''))
  if (options.percent) d = d.dividedBy(100)
  const value = toDecimalString(d)
  if (!DECIMAL_STRING_PATTERN.test(value)) return { ok: false, message: 'Too many digits (at most 30 before and 30 after the point)' }
  return { ok: true, value }
}

/** The text a field shows for a stored value. */
export function formatNumberInput(value: DecimalString | null | undefined, options: { percent?: boolean } = {}): string {
  if (value === null || value === undefined || value === '') return ''
  if (!DECIMAL_STRING_PATTERN.test(value)) return value
  return options.percent ? toDecimalString(new Decimal(value).times(100)) : value
}

/**
 * Whether the text on screen already stands for `value` (then it is left alone while typing,
 * so "12." or "0.50" are not rewritten under the cursor).
 */
export function textMatchesValue(text: string, value: DecimalString | null | undefined, options: { percent?: boolean; allowEmpty?: boolean } = {}): boolean {
  const r = parseNumberInput(text, options)
  if (!r.ok) return false
  return (r.value ?? null) === (value === undefined || value === '' ? null : value)
}
