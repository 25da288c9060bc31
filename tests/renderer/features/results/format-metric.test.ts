import { describe, expect, it } from 'vitest'
import { dec } from '@shared/decimal'
import { formatMetric, fromEvaluateJson } from '@renderer/format/metrics'

describe('formatMetric', () => {
  it('formats each kind with its unit', () => {
    expect(formatMetric('projectIrr', dec('0.123456'), 'USD')).toBe('12.35 %')
    expect(formatMetric('minDscr', { ok: true, value: dec('1.305') }, 'USD')).toBe('1.31x')
    expect(formatMetric('gearing', '0.6', 'USD')).toBe('60.0 %')
    expect(formatMetric('paybackYears', '6.44', 'USD')).toBe('6.4 years')
    expect(formatMetric('offtakeCoverage', { ok: true, value: '0.4567' }, 'USD')).toBe('45.7 %')
  })

  it('money in the reporting currency: INR lakh/crore grouping, JPY without decimals, whole units', () => {
    expect(formatMetric('npv', '123456789.5', 'INR')).toBe('₹12,34,56,790')
    expect(formatMetric('npv', '-1234567.4', 'USD')).toBe('-$1,234,567')
    expect(formatMetric('debtAtCod', dec('98765432.5'), 'JPY')).toBe('¥98,765,433')
  })

  it('a metric that does not exist shows n/a with the reason', () => {
    expect(formatMetric('equityIrr', { ok: false, code: 'no-sign-change', reason: 'all cash flows are positive or zero: no IRR' }, 'USD')).toBe(
      'n/a — all cash flows are positive or zero: no IRR'
    )
    expect(formatMetric('llcr', null, 'USD')).toBe('n/a — not computed')
    expect(formatMetric('npv', 'abc', 'USD')).toMatch(/^n\/a — not a number/)
  })
})

describe('fromEvaluateJson (the CLI prints numbers, or null with a note)', () => {
  it('formats numbers and turns null into n/a with the note', () => {
    expect(formatMetric('projectIrr', fromEvaluateJson(0.2058312, undefined), 'USD')).toBe('20.58 %')
    expect(formatMetric('npv', fromEvaluateJson(1343030019.4, undefined), 'INR')).toBe('₹1,34,30,30,019')
    expect(formatMetric('equityIrr', fromEvaluateJson(null, 'all cash flows are negative or zero: no IRR'), 'USD')).toBe('n/a — all cash flows are negative or zero: no IRR')
    expect(formatMetric('llcr', fromEvaluateJson(null, undefined), 'USD')).toBe('n/a — not computed')
  })
})
