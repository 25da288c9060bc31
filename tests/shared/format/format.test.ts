import { describe, expect, it } from 'vitest'
import { Decimal, dec } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { bankabilityChecklist, formatAmount, formatMetric, formatMoney, formatPercent, METRIC_KINDS, overallGrade } from '@shared/format'
import * as appMetrics from '@renderer/format/metrics'
import * as appMoney from '@renderer/format/money'
import * as appChecklist from '@renderer/features/results/checklist'
import { SHEET_HEADLINE, headlineText } from '@shared/sheet'
import { sheetProject } from '../sheet/sheet-fixtures'

/**
 * The one formatter and checklist (src/shared/format) used by the app, the project sheet, the review
 * memo and the CLI. Expected strings: CLDR en-IN 3-2-2 grouping (domain.md case 11), ISO 4217 minor
 * units (JPY none), and the app's rounding rules (ratios and years half-up, as lenders round).
 */
describe('money in the reporting currency', () => {
  it('INR groups in lakh and crore', () => {
    expect(formatAmount('100000', 'INR', { decimals: 0 })).toBe('1,00,000') // one lakh
    expect(formatAmount('10000000', 'INR', { decimals: 0 })).toBe('1,00,00,000') // one crore
    expect(formatMoney('1234567890.5', 'INR')).toBe('₹1,23,45,67,890.50')
    expect(formatMetric('npv', '123456789.5', 'INR')).toBe('₹12,34,56,790')
    expect(formatMetric('totalCapex', dec('-25000000'), 'INR')).toBe('-₹2,50,00,000')
  })
  it('JPY has no minor unit and groups by thousands', () => {
    expect(formatMoney('1234567.5', 'JPY')).toBe('¥1,234,568')
    expect(formatMetric('debtAtCod', dec('98765432.5'), 'JPY')).toBe('¥98,765,433')
  })
  it('USD whole units for metrics, every digit of a 20-digit amount', () => {
    expect(formatMetric('npv', '-1234567.4', 'USD')).toBe('-$1,234,567')
    expect(formatMoney(new Decimal('98765432109876543210'), 'USD', { decimals: 0 })).toBe('$98,765,432,109,876,543,210')
  })
})

describe('metric kinds', () => {
  it('ratios and years round half-up (1.305x → 1.31x), whatever the Decimal clone’s half-even default', () => {
    expect(formatMetric('minDscr', dec('1.305'), 'USD')).toBe('1.31x')
    expect(formatMetric('llcr', dec('1.325'), 'USD')).toBe('1.33x')
    expect(formatMetric('paybackYears', '6.45', 'USD')).toBe('6.5 years')
  })
  it('percentages and n/a with the reason', () => {
    expect(formatMetric('projectIrr', '0.123456', 'USD')).toBe('12.35 %')
    expect(formatMetric('gearing', '0.7', 'INR')).toBe('70.0 %') // a cover: one decimal always (percent.ts, #17)
    expect(formatPercent('0.125', 0)).toBe('13 %')
    expect(formatMetric('equityIrr', { ok: false, reason: 'no sign change' }, 'JPY')).toBe('n/a — no sign change')
  })
  it('every key has a kind', () => {
    for (const k of Object.keys(METRIC_KINDS) as (keyof typeof METRIC_KINDS)[]) expect(formatMetric(k, '1', 'USD')).not.toMatch(/n\/a/)
  })
})

describe('one implementation', () => {
  it('the renderer modules are the shared functions, not copies', () => {
    expect(appMetrics.formatMetric).toBe(formatMetric)
    expect(appMoney.formatMoney).toBe(formatMoney)
    expect(appChecklist.bankabilityChecklist).toBe(bankabilityChecklist)
  })
  it('the sheet’s headline figures are formatMetric of the result', () => {
    const p = sheetProject()
    const r = runModel(p)
    for (const { key } of SHEET_HEADLINE) expect(headlineText(r, key)).toBe(formatMetric(key, r.metrics[key] as never, r.currency))
    const items = bankabilityChecklist(p, r)
    expect(items.map((i) => i.id)).toEqual(['minDscr', 'coverAllOperating', 'avgDscr', 'llcr', 'plcr', 'gearing', 'bankableCoverage', 'dsra', 'sponsorSupport', 'defaultPeriods', 'npv'])
    expect(['green', 'amber', 'red', 'na']).toContain(overallGrade(items))
  })
})
