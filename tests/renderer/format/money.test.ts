import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { currencyDecimals, formatAmount, formatMoney, formatPercent, formatQuantity } from '@renderer/format/money'

// Expected strings: CLDR grouping as stated in domain.md case 11 (unicode.org CLDR charts,
// hi_Latn / en-IN): 3-2-2 grouping; JPY has no minor unit (ISO 4217).
describe('Indian grouping (domain.md case 11)', () => {
  it.each([
    ['100000', '1,00,000'],
    ['1000000000', '1,00,00,00,000'],
    ['1000000000000', '10,00,00,00,00,000'],
    ['12345', '12,345'],
    ['999', '999']
  ])('%s → %s', (v, s) => expect(formatAmount(v, 'INR', { decimals: 0 })).toBe(s))

  it('formats rupees with symbol and paise', () => {
    expect(formatMoney('100000', 'INR')).toBe('₹1,00,000.00')
    expect(formatMoney('-123456.789', 'INR')).toBe('-₹1,23,456.79')
  })
})

describe('JPY and USD', () => {
  it('JPY has no decimals', () => {
    expect(currencyDecimals('JPY')).toBe(0)
    expect(formatMoney('1234567.5', 'JPY')).toBe('¥1,234,568')
    expect(formatAmount('1000000', 'JPY')).toBe('1,000,000')
  })
  it('USD groups by thousands with cents', () => {
    expect(formatMoney('1234.5', 'USD')).toBe('$1,234.50')
    expect(formatMoney('100000', 'USD')).toBe('$100,000.00')
    expect(formatMoney('0', 'USD', { decimals: 0 })).toBe('$0')
  })
  it('keeps every digit of a 20-digit amount (no float on the way)', () => {
    expect(formatMoney('12345678901234567890.12', 'USD')).toBe('$12,345,678,901,234,567,890.12')
    expect(formatMoney(new Decimal('98765432109876543210'), 'USD', { decimals: 0 })).toBe('$98,765,432,109,876,543,210')
  })
  it('display rounding is half away from zero', () => {
    expect(formatMoney('0.125', 'USD')).toBe('$0.13')
    expect(formatMoney('-0.125', 'USD')).toBe('-$0.13')
  })
  it('refuses non-decimal strings instead of printing NaN', () => {
    expect(() => formatMoney('1e3', 'USD')).toThrow(RangeError)
    expect(() => formatMoney('NaN', 'USD')).toThrow(RangeError)
  })
})

describe('percent and quantities', () => {
  it('shows fractions as percent', () => {
    expect(formatPercent('0.125')).toBe('12.5 %')
    expect(formatPercent('0.25168', 3)).toBe('25.168 %')
    expect(formatPercent('-0.015')).toBe('-1.5 %')
  })
  it('groups quantities', () => {
    expect(formatQuantity('12500.456')).toBe('12,500.46')
    expect(formatQuantity('3', 2)).toBe('3')
  })
})
