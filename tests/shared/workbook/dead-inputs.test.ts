/**
 * Issue 13: every input-styled cell on Inputs drives the model. A cell in input style that no formula
 * reads looks like a switch a lender can flip (sizing mode, repayment profile, a contract's currency
 * or rating) and flipping it would change nothing; such a value is shown as information or structure.
 */
import { describe, expect, it } from 'vitest'
import { runModel } from '../../../src/shared/engine'
import { describeModel } from '../../../src/shared/workbook/build-model'
import type { WorkbookDesc } from '../../../src/shared/workbook/types'
import { samples } from '../../xlsx/support/cases'
import { VARIANTS, mixedInrContracts } from '../../xlsx/support/projects'
import { SWEPT_CASES } from '../../xlsx/support/sweep-cases'
import { deadInputs } from './dead-inputs'

const META = { exportedAt: '2026-01-01', appVersion: 'test', projectSha256: 'x' }
const describe_ = (make: () => ReturnType<typeof mixedInrContracts>): WorkbookDesc => {
  const p = make()
  const d = describeModel(p, runModel(p), META)
  if (!d.ok) throw new Error(d.message)
  return d.workbook
}

describe('no dead inputs', () => {
  // The swept cases too (issue 15): the sweep's terms, and one debt laid out as a tranche block.
  it.each([...VARIANTS, ...samples(), ...SWEPT_CASES].map(([name, make]) => [name, make] as const))('%s: every input-styled cell on Inputs is read by a formula', (_n, make) => {
    expect(deadInputs(describe_(make))).toEqual([])
  })

  it('the finder sees a cell no formula reads, by name or by reference', () => {
    const wb = describe_(mixedInrContracts)
    const inputs = wb.sheets.find((s) => s.name === 'Inputs')!
    inputs.rows.push([])
    const row = inputs.rows.push([{ t: 's', v: 'A forgotten switch', style: 'label' }, undefined, { t: 's', v: 'on', style: 'inText' }])
    expect(deadInputs(wb)).toEqual([`C${row} A forgotten switch`])
    // Read by a plain cell reference from another sheet, it is alive.
    wb.sheets.find((s) => s.name === 'Checks')!.rows.push([{ t: 'f', f: `Inputs!C${row}` }])
    expect(deadInputs(wb)).toEqual([])
  })
})
