import { describe, expect, it } from 'vitest'
import { dec } from '@shared/decimal'
import { axisTick, displayUnitCaption, displayUnitLabel, formatAmountIn, formatMoneyIn, inUnit } from '@shared/format/display-unit'
import { formatDate, formatMoney } from '@shared/format/money'

/**
 * Money and dates in the reader's language (#20). Expected strings written by hand: 1 億 = 10^8,
 * 1 万 = 10^4; 1,234,565,000 yen = 12.34565億 → 12.35億 (half away from zero) = 123,456.5万 → 123,457万.
 */
describe('Japanese money and dates', () => {
  const yen = dec('1234565000')

  it('yen are 円 after the figure, without decimals, in full, 億, 万 and 百万', () => {
    expect(formatMoneyIn(yen, 'JPY', 'full', 'ja')).toBe('1,234,565,000円')
    expect(formatMoneyIn(yen, 'JPY', 'oku', 'ja')).toBe('12.35億円')
    expect(formatMoneyIn(yen, 'JPY', 'man', 'ja')).toBe('123,457万円')
    expect(formatMoneyIn(yen, 'JPY', 'million', 'ja')).toBe('1,234.57百万円')
    expect(formatMoney(dec('1234.5'), 'JPY', { locale: 'ja' })).toBe('1,235円')
    expect(formatMoney(dec('1234.5'), 'JPY', { locale: 'ja', decimals: 2 })).toBe('1,235円')
    expect(formatMoney(dec('-1234.5'), 'JPY', { locale: 'ja' })).toBe('-1,235円')
  })

  it('the English edition writes the same units with ¥ and a romanised word', () => {
    expect(formatMoneyIn(yen, 'JPY', 'oku')).toBe('¥12.35 oku')
    expect(formatMoneyIn(yen, 'JPY', 'man')).toBe('¥123,457 man')
    expect(formatMoneyIn(yen, 'JPY', 'full')).toBe('¥1,234,565,000')
    expect(formatMoney(dec('1234.5'), 'JPY')).toBe('¥1,235')
  })

  it('億 and 万 are exact powers of ten, and other currencies do not offer them', () => {
    expect(inUnit(dec('123456789'), 'oku').toString()).toBe('1.23456789')
    expect(inUnit(dec('123456789'), 'man').toString()).toBe('12345.6789')
    expect(formatMoneyIn(dec('1342745678'), 'INR', 'oku', 'ja')).toBe('₹1,34,27,45,678')
    expect(formatMoneyIn(dec('39515000'), 'USD', 'man')).toBe('$39,515,000')
    expect(formatAmountIn(yen, 'JPY', 'oku')).toBe('12.35')
    expect(formatAmountIn(yen, 'JPY', 'man')).toBe('123,457')
    expect(formatAmountIn(dec('-4999'), 'JPY', 'man')).toBe('0')
    // Full is whole units: a fraction rounds half away from zero and is never written.
    expect(formatAmountIn(dec('1234.5'), 'USD', 'full')).toBe('1,235')
    expect(formatAmountIn(dec('1234.4'), 'JPY', 'full')).toBe('1,234')
  })

  it('the reporting currency keeps its conventions in Japanese: ₹ groups 3-2-2, $ keeps cents', () => {
    expect(formatMoneyIn(dec('1342745678'), 'INR', 'crore', 'ja')).toBe('₹134.27クロール')
    expect(formatMoneyIn(dec('1342745678'), 'INR', 'lakh', 'ja')).toBe('₹13,427.46ラク')
    expect(formatMoneyIn(dec('1342745678'), 'INR', 'full', 'ja')).toBe('₹1,34,27,45,678')
    expect(formatMoneyIn(dec('39515000.4'), 'USD', 'million', 'ja')).toBe('$39.52百万')
    expect(formatMoney(dec('1234.5'), 'USD', { locale: 'ja' })).toBe('$1,234.50')
    expect(formatMoney(dec('100000'), 'INR', { locale: 'ja' })).toBe('₹1,00,000.00')
    expect(formatMoneyIn(dec('-25000000'), 'INR', 'crore', 'ja')).toBe('-₹2.50クロール')
    expect(formatMoneyIn(dec('-0.4'), 'JPY', 'oku', 'ja')).toBe('0.00億円')
  })

  it('labels and captions in either language', () => {
    expect(displayUnitLabel('oku', 'JPY')).toBe('JPY oku')
    expect(displayUnitLabel('oku', 'JPY', 'ja')).toBe('JPY 億')
    expect(displayUnitLabel('man', 'JPY', 'ja')).toBe('JPY 万')
    expect(displayUnitLabel('full', 'JPY', 'ja')).toBe('全桁（JPY）')
    expect(displayUnitLabel('crore', 'INR', 'ja')).toBe('₹ クロール')
    expect(displayUnitLabel('full', 'INR')).toBe('Full (₹)')
    expect(displayUnitCaption('oku', 'JPY', 'ja')).toBe('JPY 億')
    expect(displayUnitCaption('million', 'USD', 'ja')).toBe('USD 百万')
    expect(displayUnitCaption('million', 'USD')).toBe('USD million')
  })

  it('chart ticks in 億 and 万', () => {
    expect(axisTick('JPY', 'oku')(1_250_000_000)).toBe('12.5 億')
    expect(axisTick('JPY', 'man')(12_500_000)).toBe('1,250 万')
    expect(axisTick('JPY', 'oku')(0)).toBe('0')
  })

  it('dates: 2026年12月2日 in Japanese, 2 December 2026 in English, the same day whatever the time zone', () => {
    expect(formatDate('2026-12-02', 'ja')).toBe('2026年12月2日')
    expect(formatDate('2026-12-02', 'en')).toBe('2 December 2026')
    expect(formatDate('2026-01-09T23:30:00Z', 'ja')).toBe('2026年1月9日')
    expect(() => formatDate('02/12/2026x', 'ja')).toThrow(RangeError)
  })
})
