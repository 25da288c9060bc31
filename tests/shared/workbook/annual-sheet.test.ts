/**
 * The Annual sheet (methodology §8) evaluated by our own evaluator equals the engine's annual summary
 * for every constructed project and both samples; its formulas are one pattern per row across the
 * year columns, with no hard-coded numbers. (tests/xlsx confirms the values in LibreOffice and Gnumeric.)
 */
import { describe, expect, it } from 'vitest'
import { runModel } from '../../../src/shared/engine'
import { describeModel } from '../../../src/shared/workbook/build-model'
import { WorkbookEvaluator } from '../../../src/shared/workbook/formula-eval'
import { FIRST_PERIOD_COL } from '../../../src/shared/workbook/grid'
import { samples } from '../../xlsx/support/cases'
import { annualValuesPerYear, compareAnnual } from '../../xlsx/support/compare-annual'
import { VARIANTS } from '../../xlsx/support/projects'

const META = { exportedAt: '2026-01-01', appVersion: 'test', projectSha256: 'x' }

describe('Annual sheet', () => {
  it.each([...VARIANTS, ...samples()].map(([name, make]) => [name, make] as const))('%s: equals the engine per calendar year', (_n, make) => {
    const p = make()
    const r = runModel(p)
    const d = describeModel(p, r, META)
    if (!d.ok) throw new Error(d.message)
    const ev = new WorkbookEvaluator(d.workbook)
    const cmp = compareAnnual((s, row, col) => ev.cell(s, row, col), d.rows, r)
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    expect(cmp.checked).toBe(r.annual.length * annualValuesPerYear(d.rows))
    expect(cmp.worstAbsoluteAmount).toBeLessThan(0.01)
  })

  it('one column per calendar year the timeline spans, one formula pattern per row, no literals', () => {
    const p = VARIANTS[3]![1]()
    const r = runModel(p)
    const d = describeModel(p, r, META)
    if (!d.ok) throw new Error(d.message)
    const annual = d.workbook.sheets.find((s) => s.name === 'Annual')!
    const years = r.annual.length
    expect(annual.rows[1]!.length).toBe(FIRST_PERIOD_COL - 1 + years)
    annual.rows.forEach((row, ri) => row.forEach((c, ci) => {
      if (!c || c.t !== 'f' || ci + 1 < FIRST_PERIOD_COL) return
      const bare = c.f.replace(/"[^"]*"/g, '').replace(/'[^']*'!/g, '').replace(/\$?[A-Z]{1,3}\$?\d+/g, 'R').replace(/[A-Za-z_][A-Za-z0-9_.]*/g, 'N')
      expect({ at: `R${ri + 1}C${ci + 1}`, literals: (bare.match(/\d+(\.\d+)?/g) ?? []).filter((x) => x !== '0' && x !== '1') }).toEqual({ at: `R${ri + 1}C${ci + 1}`, literals: [] })
      // The first year of row 2 is the Timeline's first calendar year; every other row is one shared pattern.
      if (!(ri === 1 && ci + 1 === FIRST_PERIOD_COL)) expect(c.shared?.count).toBe(ri === 1 ? years - 1 : years)
    }))
  })
})
