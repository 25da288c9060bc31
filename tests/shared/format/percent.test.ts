import { describe, expect, it } from 'vitest'
import { dec } from '@shared/decimal'
import { formatMetric } from '@shared/format'
import { formatPercent } from '@shared/format/money'
import { PERCENT_DECIMALS, PERCENT_EXCEL_FORMAT, formatPercentOf, type PercentKind } from '@shared/format/percent'

/**
 * One percent precision per kind (#17): the expected strings are written by hand — 0.185 is 18.5 %,
 * written 18.50 % as a rate, 18.5 % as a cover, 19 % as a share (18.5 rounds half away from zero).
 */
describe('percent precision, one rule', () => {
  it('each kind at its fixed decimals, trailing zeros kept', () => {
    expect(formatPercentOf('rate', '0.185')).toBe('18.50 %')
    expect(formatPercentOf('cover', '0.185')).toBe('18.5 %')
    expect(formatPercentOf('share', '0.185')).toBe('19 %')
    expect(formatPercentOf('rate', '0.0789')).toBe('7.89 %')
    expect(formatPercentOf('rate', '0.067')).toBe('6.70 %')
    expect(formatPercentOf('cover', '0.65')).toBe('65.0 %')
    expect(formatPercentOf('share', '0.4')).toBe('40 %')
    expect(formatPercentOf('rate', dec('0.3002'))).toBe('30.02 %')
    expect(formatPercentOf('rate', '12.3456')).toBe('1,234.56 %')
  })
  it('rounds half away from zero at the kind’s last place', () => {
    expect(formatPercentOf('rate', '0.123450')).toBe('12.35 %')
    expect(formatPercentOf('rate', '-0.123450')).toBe('-12.35 %')
    expect(formatPercentOf('cover', '0.74449')).toBe('74.4 %')
    expect(formatPercentOf('cover', '0.74450')).toBe('74.5 %')
    expect(formatPercentOf('share', '0.005')).toBe('1 %')
    expect(formatPercentOf('share', '0.00499')).toBe('0 %')
  })
  it('a column of one kind lines up: every figure has the same number of decimals', () => {
    const column = ['0.185', '0.3002', '0.1', '0.0', '0.09999'].map((v) => formatPercentOf('rate', v))
    expect(column).toEqual(['18.50 %', '30.02 %', '10.00 %', '0.00 %', '10.00 %'])
    for (const kind of ['rate', 'cover', 'share'] as PercentKind[]) {
      const decimals = ['0.1', '0.123456', '-0.5', '1'].map((v) => formatPercentOf(kind, v).replace(' %', '').split('.')[1]?.length ?? 0)
      expect(decimals).toEqual([PERCENT_DECIMALS[kind], PERCENT_DECIMALS[kind], PERCENT_DECIMALS[kind], PERCENT_DECIMALS[kind]])
    }
  })
  it('no "−0 %": a negative that rounds to zero is written unsigned', () => {
    expect(formatPercentOf('rate', '-0.00004')).toBe('0.00 %')
    expect(formatPercentOf('cover', '-0.0004')).toBe('0.0 %')
    expect(formatPercentOf('share', '-0.004')).toBe('0 %')
    expect(formatPercentOf('rate', '-0.0123')).toBe('-1.23 %')
  })
  it('the Excel format of each kind has the same decimals as the screen', () => {
    expect(PERCENT_DECIMALS).toEqual({ rate: 2, cover: 1, share: 0 })
    for (const kind of ['rate', 'cover', 'share'] as PercentKind[]) {
      const fmt = PERCENT_EXCEL_FORMAT[kind]
      expect(fmt.endsWith('%')).toBe(true)
      expect(fmt.split('.')[1]?.replace('%', '').length ?? 0).toBe(PERCENT_DECIMALS[kind])
    }
  })
  it('formatPercent keeps its "up to" decimals unless asked for fixed ones', () => {
    expect(formatPercent('0.067', 2)).toBe('6.7 %')
    expect(formatPercent('0.067', 2, { fixed: true })).toBe('6.70 %')
    expect(formatPercent('-0.00001', 1, { fixed: true })).toBe('0.0 %')
    expect(formatPercent('-0.00001', 1, { signedZero: true })).toBe('-0 %')
  })
  it('the command line’s options: ungrouped, ties to even (0.125 % to two places is 0.12 %, not 0.13 %)', () => {
    expect(formatPercent('12.3456', 2)).toBe('1,234.56 %')
    expect(formatPercent('12.3456', 2, { grouping: false })).toBe('1234.56 %')
    expect(formatPercent('0.00125', 2)).toBe('0.13 %')
    expect(formatPercent('0.00125', 2, { rounding: 'halfEven' })).toBe('0.12 %')
    expect(formatPercent('0.00135', 2, { rounding: 'halfEven' })).toBe('0.14 %')
  })
  it('metrics follow the registry: rates and returns are rates, gearing and coverage are covers', () => {
    expect(formatMetric('discountRate', '0.0675', 'USD')).toBe('6.75 %')
    expect(formatMetric('projectIrr', '0.185', 'INR')).toBe('18.50 %')
    expect(formatMetric('equityIrr', '0.3002', 'INR')).toBe('30.02 %')
    expect(formatMetric('projectIrr', '-0.00004', 'USD')).toBe('0.00 %')
    expect(formatMetric('gearing', '0.65', 'USD')).toBe('65.0 %')
    expect(formatMetric('gearing', '0.7456', 'USD')).toBe('74.6 %')
    expect(formatMetric('offtakeCoverage', '0.307', 'USD')).toBe('30.7 %')
  })
})
