import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, toDecimalString } from '@shared/decimal'
import { formatAmount, formatMoney } from '@shared/format/money'
import { formatGroupedNumber, groupDigits, groupingOf, parseNumberText } from '@shared/format/number-text'

const value = (text: string, grouping: 'indian' | 'thousands' = 'thousands', words = true) => {
  const r = parseNumberText(text, { grouping, words })
  return r.ok ? r.value : `refused: ${r.message}`
}
const refusal = (text: string, grouping: 'indian' | 'thousands' = 'thousands', words = true) => {
  const r = parseNumberText(text, { grouping, words })
  return r.ok ? `accepted ${r.value}` : r.message
}

describe('numbers as people type them (#17)', () => {
  it('reads INR amounts in lakh/crore grouping, with the crores as one number too', () => {
    expect(value('1,80,00,00,000', 'indian')).toBe('1800000000')
    expect(value('180,00,00,000', 'indian')).toBe('1800000000')
    expect(value('40,00,00,000', 'indian')).toBe('400000000')
    expect(value('12,50,000.75', 'indian')).toBe('1250000.75')
    expect(value('1,000', 'indian')).toBe('1000')
    expect(value('-2,50,000', 'indian')).toBe('-250000')
  })

  it('reads thousands grouping elsewhere', () => {
    expect(value('1,250,000')).toBe('1250000')
    expect(value('1,250.5')).toBe('1250.5')
    expect(value('+12,345,678.9')).toBe('12345678.9')
  })

  it.each([
    ['40 crore', '400000000'],
    ['40crore', '400000000'],
    ['2.5 Cr', '25000000'],
    ['3 CRORES', '30000000'],
    ['12 lakh', '1200000'],
    ['12 L', '1200000'],
    ['12 lacs', '1200000'],
    ['2.5 mn', '2500000'],
    ['2.5 Million', '2500000'],
    ['1.2 bn', '1200000000'],
    ['1,000 crore', '10000000000'],
    ['0.5 billion', '500000000'],
    ['-3 lakh', '-300000']
  ])('"%s" = %s', (text, expected) => expect(value(text, 'indian')).toBe(expected))

  it('says when the text was more than a plain number', () => {
    expect(parseNumberText('1250.5')).toEqual({ ok: true, value: '1250.5', plain: true })
    expect(parseNumberText('1,250.5')).toEqual({ ok: true, value: '1250.5', plain: false })
    expect(parseNumberText('2 mn')).toEqual({ ok: true, value: '2000000', plain: false })
  })

  it('refuses groupings that break the field’s rule, showing the same digits grouped right', () => {
    expect(refusal('1,000,000', 'indian')).toBe('Group digits in lakh and crore: 10,00,000, or type them without commas')
    expect(refusal('100,000', 'indian')).toBe('Group digits in lakh and crore: 1,00,000, or type them without commas')
    expect(refusal('12,50,000')).toBe('Group digits by thousands: 1,250,000, or type them without commas')
    expect(refusal('1,000,00')).toBe('Group digits by thousands: 100,000, or type them without commas')
    expect(refusal('1,2345')).toBe('Group digits by thousands: 12,345, or type them without commas')
    expect(refusal('1800,00,00,000', 'indian')).toMatch(/^Group digits in lakh and crore: 18,00,00,00,000/)
    expect(refusal(',000')).toMatch(/^Group digits by thousands/)
  })

  it('refuses a decimal comma: it would be a thousand times off', () => {
    expect(refusal('12,5')).toBe('Use a dot for decimals: 12.5')
    expect(refusal('84,50', 'indian')).toBe('Use a dot for decimals: 84.50')
    expect(refusal('1.234,56')).toBe('Use a dot for decimals and commas only to group digits, e.g. 1,250.5')
    expect(refusal('1,234.5,6')).toBe('Use a dot for decimals and commas only to group digits, e.g. 1,250.5')
  })

  it('refuses words it does not know, words where there are none, and what is not a number', () => {
    expect(refusal('12 k')).toBe('Unknown size word “k”: use lakh, crore, million or billion (or L, cr, mn, bn)')
    expect(refusal('12 m')).toMatch(/^Unknown size word “m”/)
    expect(refusal('12 lakh', 'thousands', false)).toBe('Enter a number, e.g. 12.5 (no words in this field)')
    expect(refusal('1 250')).toBe('Remove the spaces between digits, e.g. 1250')
    expect(refusal('1e3')).toBe('Enter a number such as 1250.5, 1,250,000 or 2.5 million')
    expect(refusal('0x10')).toMatch(/^Enter a number/)
    expect(refusal('NaN')).toBe('Enter a number such as 1250.5, 1,250,000 or 2.5 million')
    expect(refusal('Infinity', 'indian')).toBe('Enter a number such as 1250.5, 12,50,000 or 40 crore')
    expect(refusal('crore')).toMatch(/^Enter a number/)
    expect(refusal('-')).toMatch(/^Enter a number/)
    expect(refusal('1..2')).toMatch(/^Enter a number/)
    expect(refusal('')).toBe('Enter a number')
    expect(refusal('1'.repeat(31))).toMatch(/^Too many digits/)
    expect(refusal('1'.repeat(29) + ' crore')).toMatch(/^Too many digits/)
  })

  it('groups digits as the currency displays them', () => {
    expect(groupDigits('1800000000', 'indian')).toBe('1,80,00,00,000')
    expect(groupDigits('1800000000', 'thousands')).toBe('1,800,000,000')
    expect(groupDigits('999', 'indian')).toBe('999')
    expect(formatGroupedNumber('-1234567.125', 'indian')).toBe('-12,34,567.125')
    expect(groupingOf('INR')).toBe('indian')
    expect(groupingOf('USD')).toBe('thousands')
    expect(groupingOf('JPY')).toBe('thousands')
  })

  const decimalString = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.integer({ min: 0, max: 6 }))
    .map(([neg, n, scale]) => toDecimalString(new Decimal(n.toString()).div(new Decimal(10).pow(scale)).times(neg ? -1 : 1)))

  it('property: whatever the app writes grouped, it reads back to the same value', () => {
    fc.assert(
      fc.property(decimalString, fc.constantFrom('indian' as const, 'thousands' as const), (v, grouping) => {
        expect(parseNumberText(formatGroupedNumber(v, grouping), { grouping })).toMatchObject({ ok: true, value: v })
      })
    )
  })

  it('property: the money display (Intl en-IN / en-US) reads back too', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.constantFrom('INR' as const, 'USD' as const, 'JPY' as const), (n, currency) => {
        const shown = formatAmount(n.toString(), currency, { decimals: 0 })
        expect(parseNumberText(shown, { grouping: groupingOf(currency) })).toMatchObject({ ok: true, value: n.toString() })
      })
    )
  })

  it('property: the size words the app writes ("40 crore", "2.5 million") read back', () => {
    const words = { crore: '1e7', lakh: '1e5', million: '1e6', billion: '1e9' } as const
    fc.assert(
      fc.property(decimalString.filter((v) => v.replace(/[-.]/g, '').length <= 20), fc.constantFrom(...(Object.keys(words) as (keyof typeof words)[])), (v, word) => {
        expect(parseNumberText(`${v} ${word}`, { grouping: 'indian' })).toMatchObject({ ok: true, value: toDecimalString(new Decimal(v).times(words[word])) })
      })
    )
  })

  it('property: an amount as the app shows it with its symbol (₹1,80,00,00,000.00, $25,000,000) reads back in its currency', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.constantFrom('INR' as const, 'USD' as const, 'JPY' as const), fc.boolean(), (n, currency, whole) => {
        const shown = formatMoney(n.toString(), currency, whole ? { decimals: 0 } : {})
        const r = parseNumberText(shown, { grouping: groupingOf(currency), currency })
        expect(r.ok && new Decimal(r.value).eq(n.toString())).toBe(true)
      })
    )
  })
})

describe('a currency written with the amount (#17)', () => {
  const inr = (text: string) => parseNumberText(text, { grouping: 'indian', currency: 'INR' })
  it('the field’s own symbol or code may lead, before or after a sign', () => {
    for (const t of ['₹40 crore', '₹ 40 crore', 'Rs 40 crore', 'Rs. 40 crore', 'rs40cr', 'INR 40 crore', 'inr 40,00,00,000', '₹40,00,00,000.00'])
      expect(inr(t), t).toEqual({ ok: true, value: '400000000', plain: false })
    expect(inr('-₹2,00,000')).toMatchObject({ ok: true, value: '-200000' })
    expect(inr('₹-2,00,000')).toMatchObject({ ok: true, value: '-200000' })
    expect(parseNumberText('$12 mn', { currency: 'USD' })).toMatchObject({ ok: true, value: '12000000' })
    expect(parseNumberText('US$ 1,250,000', { currency: 'USD' })).toMatchObject({ ok: true, value: '1250000' })
    expect(parseNumberText('¥1,000', { currency: 'JPY' })).toMatchObject({ ok: true, value: '1000' })
  })
  it('another currency’s symbol is refused, naming the field’s currency; a bare symbol is not a number', () => {
    expect(inr('$12 mn')).toEqual({ ok: false, message: 'This amount is in INR: leave out “$” and type it in INR' })
    expect(inr('USD 12 mn')).toEqual({ ok: false, message: 'This amount is in INR: leave out “USD” and type it in INR' })
    expect(parseNumberText('₹40 crore', { currency: 'USD' })).toMatchObject({ ok: false, message: 'This amount is in USD: leave out “₹” and type it in USD' })
    expect(inr('₹').ok).toBe(false)
    // Without a currency (a quantity, a ratio) no symbol is read.
    expect(parseNumberText('₹40', { grouping: 'indian' }).ok).toBe(false)
  })
})
