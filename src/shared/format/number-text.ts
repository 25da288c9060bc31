import { Decimal, DECIMAL_STRING_PATTERN, toDecimalString, type DecimalString } from '../decimal'
import type { Currency } from '../model'

/**
 * Numbers as people type them: `180,00,00,000`, `40 crore`, `2.5 mn`, `1,250,000`. Pure, so the
 * number field, the tests and any later importer read typed text by one rule.
 *
 * - A dot is the decimal point; commas only group digits, and only in the grouping the field shows:
 *   `indian` (lakh/crore: the last three digits, then pairs — `1,80,00,00,000`, or with the crores
 *   as one number, `180,00,00,000`) for INR, `thousands`
 *   (`1,800,000,000`) elsewhere. A grouping that breaks the field's rule is refused with the same
 *   digits grouped correctly as the example, never guessed: `1,000,00` could be a dropped digit.
 * - A decimal comma (`12,5`, `1.234,56`) is refused: it would silently be a thousand times off.
 * - A scale word may follow (case-insensitive, space optional): lakh/lac/L = 10^5, crore/cr = 10^7,
 *   million/mn = 10^6, billion/bn = 10^9 (plurals too). `m` and `b` are not words here: `m` reads as
 *   metres or months, `b` as nothing in particular.
 * - In a money field the currency's own symbol or code may lead (`₹40 crore`, `Rs 40 cr`); another
 *   currency's is refused (`$12 mn` in an INR field): the app never converts what was typed.
 * - No exponent, hex, NaN or Infinity; at most 30 digits either side of the point (the model's limit).
 */
export type DigitGrouping = 'indian' | 'thousands'

/** The grouping a currency's amounts are displayed in (formatMoney: en-IN for INR, en-US otherwise). */
export const groupingOf = (currency: Currency): DigitGrouping => (currency === 'INR' ? 'indian' : 'thousands')

export type NumberTextOptions = {
  grouping?: DigitGrouping
  /** Scale words allowed (not in percent fields: "12 lakh %" means nothing). */
  words?: boolean
  /**
   * A money field's currency: its symbol or code may lead the amount (`₹40 crore`, `Rs 40 cr`,
   * `US$ 12 mn`, as the app displays amounts); another currency's is refused, never converted.
   */
  currency?: Currency
}

/** `plain`: the text was a plain number (no grouping, no word), so there is nothing to restate. */
export type NumberTextParse = { ok: true; value: DecimalString; plain: boolean } | { ok: false; message: string }

const SCALE_WORDS: Record<string, string> = {
  l: '1e5', lakh: '1e5', lakhs: '1e5', lac: '1e5', lacs: '1e5',
  cr: '1e7', crs: '1e7', crore: '1e7', crores: '1e7',
  mn: '1e6', million: '1e6', millions: '1e6',
  bn: '1e9', billion: '1e9', billions: '1e9'
}
const WORD_LIST = 'lakh, crore, million or billion (or L, cr, mn, bn)'
const GROUPING_NAME: Record<DigitGrouping, string> = { indian: 'in lakh and crore', thousands: 'by thousands' }

const example = (grouping: DigitGrouping, words: boolean): string =>
  !words ? 'Enter a number, e.g. 12.5' : grouping === 'indian' ? 'Enter a number such as 1250.5, 12,50,000 or 40 crore' : 'Enter a number such as 1250.5, 1,250,000 or 2.5 million'

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)$/

/** Symbols and codes that may lead an amount, by currency (lower case; `rs.` before `rs`). */
const CURRENCY_MARKS: Record<Currency, readonly string[]> = {
  INR: ['₹', 'rs.', 'rs', 'inr'],
  USD: ['us$', '$', 'usd'],
  JPY: ['¥', '円', 'jpy']
}

/**
 * Takes a leading currency mark (after an optional sign) off `t`: the rest, or a refusal when the
 * mark is another currency's. Without `currency` the text is left as it is.
 */
function stripCurrency(t: string, currency: Currency | undefined): { ok: true; text: string; marked: boolean } | { ok: false; message: string } {
  if (!currency) return { ok: true, text: t, marked: false }
  const sign = /^[+-]/.test(t) ? t[0]! : ''
  const rest = t.slice(sign.length)
  const lower = rest.toLowerCase()
  for (const [cur, marks] of Object.entries(CURRENCY_MARKS) as [Currency, readonly string[]][]) {
    // A code or `rs` must not run into a size word's letters: `rs40` yes, `lakh` is not `l` + `akh`.
    const mark = marks.find((m) => lower.startsWith(m) && !/^[a-z]/i.test(rest.slice(m.length)))
    if (!mark) continue
    if (cur !== currency) return { ok: false, message: `This amount is in ${currency}: leave out “${rest.slice(0, mark.length)}” and type it in ${currency}` }
    return { ok: true, text: sign + rest.slice(mark.length).trimStart(), marked: true }
  }
  return { ok: true, text: t, marked: false }
}

/** Groups the digits of a non-negative integer string: `1800000000` → `1,80,00,00,000` (indian). */
export function groupDigits(digits: string, grouping: DigitGrouping): string {
  if (digits.length <= 3) return digits
  const last = digits.slice(-3)
  const head = digits.slice(0, -3)
  const size = grouping === 'indian' ? 2 : 3
  const groups: string[] = []
  for (let end = head.length; end > 0; end -= size) groups.unshift(head.slice(Math.max(0, end - size), end))
  return [...groups, last].join(',')
}

/** A decimal string written with grouped digits and every fraction digit: `-1234567.5` → `-12,34,567.5`. */
export function formatGroupedNumber(value: DecimalString, grouping: DigitGrouping): string {
  const neg = value.startsWith('-')
  const [int, frac] = (neg ? value.slice(1) : value).split('.') as [string, string | undefined]
  return `${neg ? '-' : ''}${groupDigits(int, grouping)}${frac === undefined ? '' : `.${frac}`}`
}

function validGrouping(int: string, grouping: DigitGrouping): boolean {
  const groups = int.split(',')
  const last = groups.pop()!
  if (last.length !== 3 || groups.length === 0) return false
  const size = grouping === 'indian' ? 2 : 3
  const first = groups.shift()!
  // Crores are counted like any number: `180,00,00,000` (180 crore) is written as often as `1,80,00,00,000`.
  const firstMax = grouping === 'indian' && groups.length >= 2 ? 3 : size
  if (first.length < 1 || first.length > firstMax || !/^\d+$/.test(first)) return false
  return groups.every((g) => g.length === size)
}

/** Reads a typed number (see the module note). */
export function parseNumberText(text: string, options: NumberTextOptions = {}): NumberTextParse {
  const grouping = options.grouping ?? 'thousands'
  const words = options.words ?? true
  const raw = text.trim()
  if (raw === '') return { ok: false, message: 'Enter a number' }
  const stripped = stripCurrency(raw, options.currency)
  if (!stripped.ok) return stripped
  const t = stripped.text
  if (t === '') return { ok: false, message: example(grouping, words) }

  const m = /^([+-]?[\d.,]*\d[\d.,]*|[+-]?[\d.,]+)\s*([A-Za-z]+)?$/.exec(t)
  if (!m) {
    if (/\d\s+\d/.test(t)) return { ok: false, message: `Remove the spaces between digits, e.g. ${t.replace(/\s+/g, '')}` }
    return { ok: false, message: example(grouping, words) }
  }
  const numberPart = m[1]!
  const word = m[2]?.toLowerCase()
  let scale: string | null = null
  if (word !== undefined) {
    if (!words) return { ok: false, message: 'Enter a number, e.g. 12.5 (no words in this field)' }
    scale = SCALE_WORDS[word] ?? null
    if (scale === null) return { ok: false, message: `Unknown size word “${m[2]}”: use ${WORD_LIST}` }
  }

  let plainNumber = numberPart
  if (numberPart.includes(',')) {
    const unsigned = numberPart.replace(/^[+-]/, '')
    const dot = unsigned.indexOf('.')
    const int = dot < 0 ? unsigned : unsigned.slice(0, dot)
    const frac = dot < 0 ? '' : unsigned.slice(dot)
    const digits = unsigned.replace(/,/g, '')
    if (frac.includes(',') || (dot >= 0 && unsigned.indexOf('.', dot + 1) >= 0))
      return { ok: false, message: 'Use a dot for decimals and commas only to group digits, e.g. 1,250.5' }
    const commas = int.split(',').length - 1
    if (commas === 1 && frac === '' && !/,\d{3}$/.test(int) && /^\d+,\d{1,2}$/.test(int))
      return { ok: false, message: `Use a dot for decimals: ${int.replace(',', '.')}` }
    if (!validGrouping(int, grouping)) {
      const example = /^\d+(\.\d*)?$/.test(digits) ? formatGroupedNumber(digits.replace(/\.$/, '').replace(/^0+(?=\d)/, ''), grouping) : null
      return { ok: false, message: `Group digits ${GROUPING_NAME[grouping]}${example ? `: ${example}` : ''}, or type them without commas` }
    }
    plainNumber = numberPart.replace(/,/g, '')
  }
  if (!PLAIN.test(plainNumber)) return { ok: false, message: example(grouping, words) }

  let d = new Decimal(plainNumber.replace(/^\+/, ''))
  if (scale !== null) d = d.times(scale)
  const value = toDecimalString(d)
  if (!DECIMAL_STRING_PATTERN.test(value)) return { ok: false, message: 'Too many digits (at most 30 before and 30 after the point)' }
  return { ok: true, value, plain: plainNumber === numberPart && scale === null && !stripped.marked }
}
