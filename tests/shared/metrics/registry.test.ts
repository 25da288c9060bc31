import { describe, expect, it } from 'vitest'
import { METRICS, UNITS, isMetricKey, metricLabel, type MetricKey } from '../../../src/shared/metrics/registry'

const keys = Object.keys(METRICS) as MetricKey[]

describe('metric registry', () => {
  it('writes each metric in a format of its unit, with the unit’s Excel styles', () => {
    const formats = { pct: ['percent1', 'percent2'], ratio: ['ratio'], money: ['money'], years: ['years'], count: ['count'] }
    for (const k of keys) {
      const d = METRICS[k]
      expect(formats[d.unit], k).toContain(d.format)
      expect([d.xlStyle, d.xlMetricStyle], k).toEqual([UNITS[d.unit].xlStyle, UNITS[d.unit].xlMetricStyle])
    }
  })

  it('keeps the names each place prints as named variants; a missing variant is the label', () => {
    expect([metricLabel('minDscr'), metricLabel('minDscr', 'shortLabel')]).toEqual(['Minimum DSCR', 'Min DSCR'])
    expect([metricLabel('npv'), metricLabel('npv', 'shortLabel')]).toEqual(['Project NPV', 'NPV'])
    expect([metricLabel('debtAtCod'), metricLabel('debtAtCod', 'longLabel')]).toEqual(['Debt at COD', 'Senior debt at COD'])
    expect(metricLabel('llcr', 'shortLabel')).toBe('LLCR')
    expect(['label', 'shortLabel', 'sheetLabel', 'cliLabel'].map((v) => metricLabel('bankableOfftakeCoverage', v as never))).toEqual([
      'Bankable offtake coverage', 'Bankable coverage', 'Bankable offtake cover', 'Bankable coverage (loan life)'
    ])
  })

  it('says which way is good only for the metrics the checklist grades', () => {
    const graded = keys.filter((k) => 'better' in METRICS[k])
    expect(graded.sort()).toEqual(['avgDscr', 'bankableOfftakeCoverage', 'gearing', 'llcr', 'minDscr', 'npv', 'plcr', 'supplyCoverage'])
    expect(METRICS.gearing.better).toBe('lower')
    expect(isMetricKey('equityIrr') && !isMetricKey('breakevenAllPricesDscr1')).toBe(true)
  })
})
