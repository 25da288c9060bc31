import { describe, expect, it } from 'vitest'
import { dec } from '@shared/decimal'
import { axisTick, DISPLAY_UNITS, displayUnitCaption, displayUnitLabel, formatAmountIn, formatMoneyIn, inUnit, unitFor } from '@shared/format/display-unit'

/**
 * The one money style with a display unit (#17). Expected strings by hand: 1 crore = 10^7, 1 lakh =
 * 10^5 (domain.md case 11), en-IN groups 3-2-2; rounding half away from zero; no "-0" anywhere.
 */
describe('money in the reader’s unit', () => {
  it('INR in crore, lakh and full: 1,34,27,45,678 is 134.27 crore, 13,427.46 lakh, every digit in lakh/crore grouping', () => {
    const v = dec('1342745678')
    expect(formatMoneyIn(v, 'INR', 'crore')).toBe('₹134.27 crore')
    expect(formatMoneyIn(v, 'INR', 'lakh')).toBe('₹13,427.46 lakh')
    expect(formatMoneyIn(v, 'INR', 'full')).toBe('₹1,34,27,45,678')
  })

  it('full never shows the minor unit: ₹40,00,00,000, not ₹40,00,00,000.00', () => {
    expect(formatMoneyIn(dec('400000000'), 'INR', 'full')).toBe('₹40,00,00,000')
    expect(formatMoneyIn(dec('400000000'), 'INR', 'crore')).toBe('₹40.00 crore')
  })

  it('USD and JPY in millions: 39,515,000.4 is $39.52 million (half away from zero), ¥1,234.57 million', () => {
    expect(formatMoneyIn(dec('39515000.4'), 'USD', 'million')).toBe('$39.52 million')
    expect(formatMoneyIn(dec('39515000.4'), 'USD', 'full')).toBe('$39,515,000')
    expect(formatMoneyIn(dec('1234565000'), 'JPY', 'million')).toBe('¥1,234.57 million')
    expect(formatMoneyIn(dec('1234565000'), 'JPY', 'full')).toBe('¥1,234,565,000')
  })

  it('rounding at the half: 0.005 crore rounds up, 0.5 of a unit rounds away from zero both ways', () => {
    expect(formatMoneyIn(dec('50000'), 'INR', 'crore')).toBe('₹0.01 crore') // 0.005 crore
    expect(formatMoneyIn(dec('49999'), 'INR', 'crore')).toBe('₹0.00 crore')
    expect(formatMoneyIn(dec('2.5'), 'USD', 'full')).toBe('$3')
    expect(formatMoneyIn(dec('-2.5'), 'USD', 'full')).toBe('-$3')
  })

  it('negatives keep their sign; a negative that rounds to zero is plain zero, never -0', () => {
    expect(formatMoneyIn(dec('-25000000'), 'INR', 'crore')).toBe('-₹2.50 crore')
    expect(formatMoneyIn(dec('-25000000'), 'INR', 'full')).toBe('-₹2,50,00,000')
    expect(formatMoneyIn(dec('-0.4'), 'USD', 'full')).toBe('$0')
    expect(formatMoneyIn(dec('-4000'), 'USD', 'million')).toBe('$0.00 million')
    expect(formatMoneyIn(dec('-0'), 'INR', 'crore')).toBe('₹0.00 crore')
    expect(formatAmountIn(dec('-0.3'), 'INR', 'full')).toBe('0')
    expect(formatAmountIn(dec('-1000'), 'INR', 'crore')).toBe('0.00')
  })

  it('plain table figures in the unit the header names', () => {
    expect(formatAmountIn(dec('1342745678'), 'INR', 'crore')).toBe('134.27')
    expect(formatAmountIn(dec('1342745678'), 'INR', 'full')).toBe('1,34,27,45,678')
    expect(formatAmountIn(dec('123456789012'), 'INR', 'crore')).toBe('12,345.68')
    expect(formatAmountIn(dec('-39515000'), 'USD', 'million')).toBe('-39.52')
    expect(displayUnitCaption('crore', 'INR')).toBe('INR crore')
    expect(displayUnitCaption('full', 'USD')).toBe('USD')
  })

  it('the units each currency offers, and a choice another currency does not have falls back to full', () => {
    expect(DISPLAY_UNITS.INR).toEqual(['crore', 'lakh', 'full'])
    expect(DISPLAY_UNITS.USD).toEqual(['million', 'full'])
    expect(unitFor('USD', 'crore')).toBe('full')
    expect(formatMoneyIn(dec('1342745678'), 'INR', 'million')).toBe('₹1,34,27,45,678')
    expect(formatMoneyIn(dec('39515000'), 'USD', 'crore')).toBe('$39,515,000')
    expect(formatAmountIn(dec('39515000'), 'USD', 'lakh')).toBe('39,515,000')
    expect(axisTick('USD', 'crore')(250_000_000)).toBe('250 mn')
    expect(unitFor('INR', 'crore')).toBe('crore')
    expect(unitFor('JPY', undefined)).toBe('full')
    expect(displayUnitLabel('crore', 'INR')).toBe('₹ crore')
    expect(displayUnitLabel('full', 'INR')).toBe('Full (₹)')
    expect(displayUnitLabel('million', 'USD')).toBe('USD million')
    expect(displayUnitLabel('full', 'USD')).toBe('Full (USD)')
    expect(displayUnitLabel('million', 'JPY')).toBe('JPY million')
    expect(DISPLAY_UNITS.JPY).toEqual(['million', 'oku', 'man', 'full'])
  })

  it('the value in a unit: exact division by the power of ten; full is the value itself', () => {
    expect(inUnit(dec('123.456'), 'full').toString()).toBe('123.456')
    expect(inUnit(dec('123456789'), 'crore').toString()).toBe('12.3456789')
    expect(inUnit(dec('123456789'), 'lakh').toString()).toBe('1234.56789')
    expect(inUnit(dec('123456789'), 'million').toString()).toBe('123.456789')
  })
})

describe('chart axis ticks', () => {
  it('no "1.7KCr": 17,000,000,000 INR is "1,700 cr"; lakh ticks; full falls back to crore / million', () => {
    expect(axisTick('INR', 'crore')(17_000_000_000)).toBe('1,700 cr')
    expect(axisTick('INR', 'full')(17_000_000_000)).toBe('1,700 cr')
    expect(axisTick('INR', 'crore')(25_000_000)).toBe('2.5 cr')
    expect(axisTick('INR', 'lakh')(2_500_000)).toBe('25 L')
    expect(axisTick('INR', 'lakh')(1_23_45_00_000)).toBe('12,345 L')
    expect(axisTick('USD', 'million')(-2_500_000)).toBe('-2.5 mn')
    expect(axisTick('USD', 'full')(250_000_000)).toBe('250 mn')
  })
  it('ticks group as the currency does (en-IN for INR) and drop decimals from 100 up', () => {
    expect(axisTick('INR', 'lakh')(100_000_000_000)).toBe('10,00,000 L')
    expect(axisTick('USD', 'million')(100_000_000_000)).toBe('100,000 mn')
    expect(axisTick('USD', 'million')(123_456_000)).toBe('123 mn')
    expect(axisTick('USD', 'million')(12_345_000)).toBe('12.3 mn')
  })
  it('zero and values that round to zero are "0", never "-0"; non-finite is empty', () => {
    expect(axisTick('USD', 'million')(0)).toBe('0')
    expect(axisTick('USD', 'million')(-0)).toBe('0')
    expect(axisTick('USD', 'million')(-20)).toBe('0')
    expect(axisTick('INR', 'crore')(Number.NaN)).toBe('')
  })
})
