import { Decimal, DECIMAL_STRING_PATTERN, toDecimalString, type DecimalString } from '@shared/decimal'
import { formatGroupedNumber, parseNumberText, type DigitGrouping } from '@shared/format/number-text'
import type { Currency } from '@shared/model'
import { t, type Locale } from '@shared/i18n'

/**
 * The text ⇄ model rules of NumberField, kept pure so they are tested without a DOM.
 * Typed text is read by the shared rule (src/shared/format/number-text.ts): a dot for decimals,
 * commas grouping digits as the field displays them (lakh/crore for INR), and size words
 * (`40 crore`, `2.5 mn`) outside percent fields. Percent fields show percent and store the fraction
 * (12.5 ↔ "0.125"), exactly, through Decimal. What the field shows for a stored value stays plain.
 */
/** `locale`: the language of this module's own messages (English by default; the shared reading rule words its own). */
export type NumberInputOptions = { percent?: boolean; allowEmpty?: boolean; grouping?: DigitGrouping; currency?: Currency; locale?: Locale }

/** `understood`: the grouped restatement of a typed grouping or word (`= 1,80,00,00,000`), else absent. */
export type NumberParse = { ok: true; value: DecimalString | null; understood?: string } | { ok: false; message: string }

export function parseNumberInput(text: string, options: NumberInputOptions = {}): NumberParse {
  if (text.trim() === '') return options.allowEmpty ? { ok: true, value: null } : { ok: false, message: t(options.locale ?? 'en', 'ui.enterNumber') }
  const grouping = options.grouping ?? 'thousands'
  const r = parseNumberText(text, { grouping, words: !options.percent, currency: options.percent ? undefined : options.currency })
  if (!r.ok) return r
  if (!options.percent) return r.plain ? { ok: true, value: r.value } : { ok: true, value: r.value, understood: `= ${formatGroupedNumber(r.value, grouping)}` }
  const value = toDecimalString(new Decimal(r.value).dividedBy(100))
  if (!DECIMAL_STRING_PATTERN.test(value)) return { ok: false, message: t(options.locale ?? 'en', 'ui.tooManyDigits') }
  return r.plain ? { ok: true, value } : { ok: true, value, understood: `= ${formatGroupedNumber(r.value, grouping)} %` }
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
export function textMatchesValue(text: string, value: DecimalString | null | undefined, options: NumberInputOptions = {}): boolean {
  const r = parseNumberInput(text, options)
  if (!r.ok) return false
  return (r.value ?? null) === (value === undefined || value === '' ? null : value)
}
