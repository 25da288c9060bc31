import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { maintenanceCapitalisedExcel, maintenanceDeducted, maintenanceDeductedExcel, maintenanceDeductedFloat, taxableBeforeLosses, taxableBeforeLossesExcel, taxableBeforeLossesFloat } from '@shared/rules/taxable-income'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import { close, col, evaluateRow } from './evaluate'

describe('taxable income before losses: EBITDA − depreciation − interest − maintenance capex (methodology §6)', () => {
  it('deducts depreciation, interest paid and maintenance capex', () => {
    const D = (x: number) => new Decimal(x)
    expect(taxableBeforeLosses(D(1000), D(300), D(80), D(50)).toString()).toBe('570')
    expect(taxableBeforeLosses(D(100), D(300), D(80), D(50)).toString()).toBe('-330') // a loss, for the pool
    expect(taxableBeforeLossesFloat(1000, 300, 80, 50)).toBe(570)
  })

  it('writes the formula the Tax sheet has always carried', () => {
    expect(taxableBeforeLossesExcel('E5', 'E9', 'E12', 'E14')).toBe('E5-E9-E12-E14')
  })

  it('the Decimal, float and Excel forms agree (float and Excel to the last digit)', () => {
    const amount = fc.oneof(fc.double({ min: -1e10, max: 1e10, noNaN: true }), fc.constant(0))
    const cost = fc.oneof(fc.double({ min: 0, max: 1e10, noNaN: true }), fc.constant(0))
    fc.assert(
      fc.property(amount, cost, cost, cost, (ebitda, dep, interest, maint) => {
        const D = (x: number) => new Decimal(x)
        const dec = taxableBeforeLosses(D(ebitda), D(dep), D(interest), D(maint)).toNumber()
        const fl = taxableBeforeLossesFloat(ebitda, dep, interest, maint)
        expect(close(fl, dec, Math.max(Math.abs(ebitda), dep, interest, maint))).toBe(true)
        const [excel] = evaluateRow([ebitda, dep, interest, maint], [taxableBeforeLossesExcel(col(0), col(1), col(2), col(3))])
        expect((excel as number) + 0).toBe(fl + 0) // −0 and 0 are one figure
      }),
      { numRuns: 500, seed: 19 }
    )
  })
})

describe('maintenance capex deducted: all when expensed (or absent), none when capitalised (methodology §6, §14)', () => {
  it('the three forms agree for each treatment', () => {
    const D = (x: number) => new Decimal(x)
    for (const [treatment, want] of [[undefined, 50], ['expensed', 50], ['capitalised', 0]] as const) {
      expect(maintenanceDeducted(treatment, D(50)).toNumber()).toBe(want)
      expect(maintenanceDeductedFloat(treatment, 50)).toBe(want)
    }
    // The Excel form reads the switch cell (named Maint_Tax on Inputs); any other text deducts it all.
    const excel = (text: string) => {
      const ev = new WorkbookEvaluator({ title: 't', names: [{ name: 'Maint_Tax', sheet: 'S', ref: '$A$1' }],
        sheets: [{ name: 'S', rows: [[{ t: 's', v: text }, { t: 'n', v: 50 }, { t: 'f', f: maintenanceDeductedExcel('B1') }]], colWidths: [], groups: [], landscape: false }] })
      return ev.cell('S', 1, 3)
    }
    expect(excel('capitalised')).toBe(0)
    expect(excel('Capitalised')).toBe(0) // spreadsheets compare text without case
    expect(excel('expensed')).toBe(50)
    // What is not deducted is capitalised: maintenance − deducted.
    expect(evaluateRow([50, 0], [maintenanceCapitalisedExcel(col(0), col(1))])).toEqual([50])
    expect(evaluateRow([50, 50], [maintenanceCapitalisedExcel(col(0), col(1))])).toEqual([0])
  })
})
