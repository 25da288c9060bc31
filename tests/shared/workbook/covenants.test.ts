/**
 * The Covenants sheet grades as the app's bankability checklist does: evaluated by the in-repo
 * evaluator (LibreOffice and Gnumeric in tests/xlsx/covenants.test.ts), every grade of every variant
 * and sample equals bankabilityChecklist's, and every lender threshold is an input on Inputs.
 */
import { describe, expect, it } from 'vitest'
import { runModel } from '../../../src/shared/engine'
import { bankabilityChecklist, overallGrade } from '../../../src/shared/format/checklist'
import { describeModel } from '../../../src/shared/workbook/build-model'
import { WorkbookEvaluator } from '../../../src/shared/workbook/formula-eval'
import { COVENANT_COLS, covenantItems } from '../../../src/shared/workbook/model/covenants'
import { samples } from '../../xlsx/support/cases'
import { VARIANTS } from '../../xlsx/support/projects'

const META = { exportedAt: '2026-01-01', appVersion: 'test', projectSha256: 'x' }
const shown = (g: string) => (g === 'na' ? 'n/a' : g)

describe('Covenants sheet', () => {
  it.each([...VARIANTS, ...samples()].map(([name, make]) => [name, make] as const))('%s: grades equal the checklist, live from the lender inputs', (_n, make) => {
    const p = make()
    const r = runModel(p)
    const d = describeModel(p, r, META)
    if (!d.ok) throw new Error(d.message)
    const ev = new WorkbookEvaluator(d.workbook)
    const items = bankabilityChecklist(p, r)
    // With supply contracts (§13) the checklist adds supply coverage after the offtake row.
    expect(items.map((i) => i.id)).toEqual(covenantItems(p))
    const grade = (key: string) => ev.cell(d.rows[key]!.sheet, d.rows[key]!.row, COVENANT_COLS.grade)
    expect(Object.fromEntries(covenantItems(p).map((id) => [id, grade(`cov.${id}`)]))).toEqual(Object.fromEntries(items.map((i) => [i.id, shown(i.grade)])))
    expect(grade('cov.overall')).toBe(shown(overallGrade(items)))
    expect(ev.named('Lender_Min_DSCR')).toBe(Number(p.lender.minDscr))
    expect(ev.named('Lender_DSRA_Months')).toBe(p.lender.dsraMonths)
  })
})
