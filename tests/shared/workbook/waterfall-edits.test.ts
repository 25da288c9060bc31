/**
 * The cash waterfall's terms typed into the file (methodology §11) move the model as the engine says:
 * on the waterfall variants every term edit of support/edits.ts, and on the samples (waterfall off at
 * export, every input neutral) the lock-up switched on. Our evaluator here; LibreOffice in
 * tests/xlsx/model-recalc.test.ts on the same edits.
 */
import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { describeModel } from '@shared/workbook/build-model'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import type { Cell, WorkbookDesc } from '@shared/workbook/types'
import { compareWithEngine } from '../../xlsx/support/compare'
import { samples } from '../../xlsx/support/cases'
import { type Edit, editsFor, waterfallEditsFor } from '../../xlsx/support/edits'
import { waterfallLcFacility, waterfallLockup } from '../../xlsx/support/projects'
import type { Project } from '@shared/model'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }

/** The workbook with named Inputs cells replaced, as an analyst types them. */
function typed(desc: WorkbookDesc, values: Edit['cells']): WorkbookDesc {
  const sheets = desc.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.slice()) }))
  for (const [name, v] of Object.entries(values)) {
    if (typeof v !== 'number') throw new Error(`${name}: only numbers here`)
    const dn = desc.names.find((n) => n.name === name)!
    const m = /^\$([A-Z]+)\$(\d+)$/.exec(dn.ref)!
    const col = [...m[1]!].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0)
    const sheet = sheets.find((s) => s.name === dn.sheet)!
    sheet.rows[Number(m[2]) - 1]![col - 1] = { ...sheet.rows[Number(m[2]) - 1]![col - 1]!, t: 'n', v } as Cell
  }
  return { ...desc, sheets }
}

function judge(p: Project, edit: Edit) {
  const d = describeModel(p, runModel(p), META)
  if (!d.ok) throw new Error(d.message)
  const q = structuredClone(p)
  edit.apply(q)
  const ev = new WorkbookEvaluator(typed(d.workbook, edit.cells))
  const read = (sheet: string, row: number, col: number) => ev.cell(sheet, row, col)
  const engine = runModel(q)
  const cmp = compareWithEngine(read, d.rows, engine)
  const unedited = new WorkbookEvaluator(d.workbook)
  const before = compareWithEngine((s, r, c) => unedited.cell(s, r, c), d.rows, engine)
  const all = d.rows['chk.all']!
  return { mismatches: cmp.mismatches.slice(0, 5), checks: read(all.sheet, all.row, 3), moved: before.mismatches.length }
}

const variantEdits = [waterfallLcFacility, waterfallLockup].flatMap((make) => waterfallEditsFor(make()).map((e) => [`${make().name}: ${e.name}`, make, e] as const))

describe('waterfall terms typed in the file', () => {
  it('every variant has its edits', () => { expect(variantEdits.length).toBeGreaterThanOrEqual(8) })
  it.each(variantEdits)('%s: equals the engine on the same edit, every check TRUE', (_n, make, edit) => {
    const r = judge(make(), edit)
    expect({ mismatches: r.mismatches, checks: r.checks }).toEqual({ mismatches: [], checks: true })
    expect(r.moved).toBeGreaterThan(0)
  })
  it.each(samples())('%s: the lock-up switched on in the file equals the engine', (_n, make) => {
    const p = make()
    const edit = editsFor(p).find((e) => e.name.startsWith('lock-up switched on'))!
    const r = judge(p, edit)
    expect({ mismatches: r.mismatches, checks: r.checks }).toEqual({ mismatches: [], checks: true })
    expect(r.moved).toBeGreaterThan(0)
  })
})
