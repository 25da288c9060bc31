import { describe, expect, it } from 'vitest'
import { Decimal } from '../../src/shared/decimal'
import { amount, percent, quantity } from '../../src/cli/text'

/** The plain-text rules src/cli/format.ts implemented by hand, now options of the shared formatters. */
describe('CLI plain text on the shared formatters', () => {
  it('groups amounts by thousands in every currency, half-up, keeping the sign of a rounded-away negative', () => {
    expect(amount(new Decimal('12345678.5'), 'INR', 0)).toBe('12,345,679')
    expect(amount(new Decimal('-0.004'), 'USD', 2)).toBe('-0.00')
    expect(amount(new Decimal('-2.5'), 'JPY', 0)).toBe('-3')
  })
  it('writes percents ungrouped, ties to even, trailing zeros dropped, zero unsigned', () => {
    expect(percent(new Decimal('12.3456'), 2)).toBe('1234.56 %')
    expect(percent(new Decimal('0.0000125'))).toBe('0.0012 %')
    expect(percent(new Decimal('-0.0000001'))).toBe('0 %')
    expect(percent(new Decimal('0.5'))).toBe('50 %')
  })
  it('writes quantities with every digit, beyond the 20 Intl formats', () => {
    expect(quantity(new Decimal('1234567.000000000000000000000001'))).toBe('1,234,567.000000000000000000000001')
    expect(quantity(new Decimal('-0.5'))).toBe('-0.5')
  })
})
