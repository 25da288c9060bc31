import { describe, expect, it } from 'vitest'
import { compactMoney, formatDelta, formatValue, VIEW_METRICS, viewLabel } from '@renderer/features/scenarios/format'
import { t } from '@shared/i18n'

/** The analysis views' short money (#17): the chart axes' style, never Intl's compact "1.7KCr" or "45.3M". */
describe('compact money in the scenario, tornado and Monte Carlo views', () => {
  it('crore for INR, millions otherwise, with the short word', () => {
    expect(compactMoney(17_000_000_000, 'INR')).toBe('1,700 cr')
    expect(compactMoney(45_300_000, 'USD')).toBe('45.3 mn')
    expect(compactMoney(-2_500_000_000, 'JPY')).toBe('-2,500 mn')
    expect(compactMoney(0, 'INR')).toBe('0')
  })
  it('tables add the currency; the full figure stays for the tooltip', () => {
    expect(formatValue(17_000_000_000, 'money', 'INR', true)).toBe('1,700 cr INR')
    expect(formatValue(45_300_000, 'money', 'USD', true)).toBe('45.3 mn USD')
    expect(formatValue(45_300_000, 'money', 'USD')).toBe('45,300,000 USD')
  })
})

describe('metric names in the analysis views (#20)', () => {
  it('the catalog’s English is the metric registry’s, and Japanese names every view metric', () => {
    for (const k of VIEW_METRICS) {
      expect(viewLabel(k, (key, v) => t('en', key, v)), k).toBe(viewLabel(k))
      expect(viewLabel(k, (key, v) => t('ja', key, v)), k).not.toMatch(/[a-z]{3,}/)
    }
    expect(viewLabel('minDscr', (key, v) => t('ja', key, v))).toBe('最低DSCR')
  })
})

describe('years in the analysis views (#20)', () => {
  it('English keeps "yr"; Japanese writes 年, the sign kept on a difference', () => {
    const ja = (key: Parameters<typeof t>[1], v?: Parameters<typeof t>[2]) => t('ja', key, v)
    expect(formatValue(4.25, 'years', 'USD')).toBe('4.3 yr')
    expect(formatValue(4.25, 'years', 'USD', false, ja)).toBe('4.3年')
    expect(formatDelta(-0.5, 'years', 'USD', ja)).toBe('−0.5年')
    expect(formatDelta(-0.5, 'years', 'USD')).toBe('−0.5 yr')
  })
})
