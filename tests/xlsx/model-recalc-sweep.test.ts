/**
 * The cash sweep (methodology §11; issue 15) in the exported model, recalculated by LibreOffice and by
 * Gnumeric as model-recalc.test.ts and model-recalc-gnumeric.test.ts do for the other cases: the PGM
 * sample swept 50 % in every period pro rata, and the three lenders' sample swept 75 % below a 4.0x DSCR
 * into the IFC tranche first. Each equals the engine (metrics, per-period rows, every tranche in its
 * currency, the swept cash and the DSRA target it re-profiles) to the same tolerance, no formula cell is
 * an error value (a circular reference would read Err:522 in LibreOffice), every formula equals our
 * evaluator, every check is TRUE; and an analyst's edit typed into the file — the sweep's share, its
 * trigger, a metal price, an interest rate — equals the engine run on the same edit.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import type { ModelResult } from '@shared/engine/types'
import type { Project } from '@shared/model'
import { buildModelWorkbook, type RowMap } from '@shared/workbook/build-model'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import type { WorkbookDesc } from '@shared/workbook/types'
import { writeWorkbookXlsx } from '@shared/workbook/write-xlsx'
import { editByName } from './support/cases'
import { compareWithEngine, judgeEdit } from './support/compare'
import type { Edit } from './support/edits'
import { ssconvertAvailable } from './support/gnumeric'
import { sofficeAvailable } from './support/libreoffice'
import { type Read, recalcBoth } from './support/recalc-both'
import { SWEPT_CASES, sweepEditsFor } from './support/sweep-cases'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }
const HAVE_BOTH = sofficeAvailable() && ssconvertAvailable()
if (!HAVE_BOTH) console.warn('LibreOffice or Gnumeric not found: skipping the swept recalculation tests.')

type Swept = { name: string; project: Project; result: ModelResult; desc: WorkbookDesc; rows: RowMap; file: string }
type SweptEdit = { label: string; base: Swept; edit: Edit; file: string }
const ENGINES = ['lo', 'gn'] as const
const dir = mkdtempSync(join(tmpdir(), 'bankable-sweep-'))
const cases: Swept[] = []
const edits: SweptEdit[] = []
let values = new Map<string, { lo: Read; gn: Read }>()

describe.skipIf(!HAVE_BOTH)('the cash sweep recalculated by LibreOffice and Gnumeric', () => {
  beforeAll(async () => {
    for (const [name, make] of SWEPT_CASES) {
      const project = make()
      const result = runModel(project)
      const built = buildModelWorkbook(project, result, { ...META, verify: true })
      if (!built.ok) throw new Error(`${name}: ${built.message}`)
      const file = join(dir, `swept${cases.length}.xlsx`)
      writeFileSync(file, await writeWorkbookXlsx(built.workbook, { creator: 'test', created: new Date(0) }))
      cases.push({ name, project, result, desc: built.workbook, rows: built.rows, file })
    }
    for (const base of cases)
      for (const edit of sweepEditsFor(base.project)) {
        const file = join(dir, `swept-edit${edits.length}.xlsx`)
        writeFileSync(file, await editByName(readFileSync(base.file), edit.cells))
        edits.push({ label: `${base.name}: ${edit.name}`, base, edit, file })
      }
    // The three lenders' swept file takes LibreOffice about a minute (its sizing blocks and the second walk).
    values = await recalcBoth([...cases.map((c) => c.file), ...edits.map((e) => e.file)], dir, 120_000)
  }, 2_400_000)

  const each = SWEPT_CASES.flatMap(([name], i) => ENGINES.map((e) => [name, e, i] as const))
  it.each(each)('%s (%s): equals the engine, every check TRUE, no error value anywhere', (_name, engine, i) => {
    const c = cases[i]!
    const read = values.get(c.file)![engine]
    const cmp = compareWithEngine(read, c.rows, c.result)
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    expect(cmp.checked).toBeGreaterThan(500)
    expect(cmp.worstAbsoluteAmount).toBeLessThan(0.01)
    const failing = Object.entries(c.rows).filter(([k, loc]) => k.startsWith('chk.') && read(loc.sheet, loc.row, 3) !== true).map(([k]) => k)
    expect(failing).toEqual([])
    const errors: string[] = []
    c.desc.sheets.forEach((s) => s.rows.forEach((row, ri) => row.forEach((cell, ci) => {
      if (!cell || cell.t !== 'f') return
      const v = read(s.name, ri + 1, ci + 1)
      if (v !== null && typeof v === 'object' && errors.length < 5) errors.push(`${s.name}!R${ri + 1}C${ci + 1}: ${v.error}`)
    })))
    expect(errors).toEqual([])
    console.info(`${engine}, ${c.name}: ${cmp.checked} values, worst relative ${cmp.worstRelative.toExponential(2)}, worst absolute amount ${cmp.worstAbsoluteAmount.toExponential(2)}`)
  })

  it.each(SWEPT_CASES.map(([name], i) => [name, i] as const))('%s: every formula cell LibreOffice and Gnumeric compute equals our evaluator', (_name, i) => {
    const c = cases[i]!
    const ev = new WorkbookEvaluator(c.desc)
    const num = (x: unknown) => (typeof x === 'boolean' ? Number(x) : x === '' || x === null ? 0 : x)
    for (const engine of ENGINES) {
      const read = values.get(c.file)![engine]
      const bad: string[] = []
      let n = 0
      c.desc.sheets.forEach((s) => s.rows.forEach((row, ri) => row.forEach((cell, ci) => {
        if (!cell || cell.t !== 'f') return
        n++
        const [x, y] = [num(ev.cell(s.name, ri + 1, ci + 1)), num(read(s.name, ri + 1, ci + 1))]
        // LibreOffice snaps a difference of nearly equal numbers to 0 (approxSub): 1e-4 absolute covers it (model-recalc.test.ts).
        const same = typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) <= Math.max(1e-4, 1e-9 * Math.abs(x)) : JSON.stringify(x) === JSON.stringify(y)
        if (!same && bad.length < 5) bad.push(`${engine} ${s.name}!R${ri + 1}C${ci + 1} =${cell.f}: ours ${JSON.stringify(x)}, theirs ${JSON.stringify(y)}`)
      })))
      expect(bad).toEqual([])
      expect(n).toBeGreaterThan(1000)
    }
  })

  it('every swept case has its four edits (share, trigger, metal price, rate)', () => { expect(edits.length).toBe(4 * SWEPT_CASES.length) })
  const editSlots = SWEPT_CASES.flatMap((_, i) => [0, 1, 2, 3].flatMap((j) => ENGINES.map((e) => [4 * i + j, e] as const)))
  it.each(editSlots)('swept edit %i (%s) in the exported file equals the engine on the same edit, every check TRUE', (k, engine) => {
    const m = edits[k]!
    const project = structuredClone(m.base.project)
    m.edit.apply(project)
    const judged = judgeEdit(values.get(m.file)![engine], values.get(m.base.file)![engine], m.base.rows, runModel(project))
    expect({ edit: m.label, mismatches: judged.mismatches, allChecks: judged.allChecks }).toEqual({ edit: m.label, mismatches: [], allChecks: true })
    expect(judged.moved, m.label).toBeGreaterThan(0)
  })
})
