/**
 * The "Natural hedge (values)" sheet of `export --with-analysis`: the ledger and the joint stress as the
 * engine computed them, bannered as values, with each row's Net and Share of CFADS as formulas of the
 * row's own cells (rules/natural-hedge.ts) that recalculate to the engine's figures.
 */
import { describe, expect, it } from 'vitest'
import { computeExposureLedger, computeJointStress, OFFSET_KEYS } from '@shared/analysis'
import { runModel } from '@shared/engine'
import { buildModelWorkbook } from '@shared/workbook/build-model'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import { HEDGE_SHEET } from '@shared/workbook/model/analysis-sheets'
import type { Cell } from '@shared/workbook/types'
import { richProject } from '../analysis/fixtures'

const META = { exportedAt: '2026-02-03T04:05:06Z', appVersion: '9.8.7', projectSha256: '0'.repeat(64) }
const p = richProject()
const exposure = computeExposureLedger(p, { step: '0.1' })
const joint = computeJointStress(p, { a: 'metal:Li', b: 'fx:INR', aMoves: ['-0.3', '0'], bMoves: ['0', '0.1'] })
if (!joint.ok) throw new Error(joint.reason)
const built = buildModelWorkbook(p, runModel(p), { ...META, analysis: { computedAt: '2026-01-02T03:04:05Z', exposure, jointStress: joint.value } })
if (!built.ok) throw new Error(built.message)
const wb = built.workbook
const sheet = wb.sheets.find((s) => s.name === HEDGE_SHEET)!
const rowOf = (label: string) => sheet.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === label) + 1
const textOf = (c: Cell | undefined) => (c?.t === 's' ? c.v : null)

describe('Excel: the natural-hedge sheet', () => {
  it('is added after the model, titled and bannered as values, and listed on the cover', () => {
    expect(sheet).toBeDefined()
    expect(wb.sheets.at(-1)!.name).toBe(HEDGE_SHEET)
    expect(textOf(sheet.rows[0]![0])).toBe(`${p.name}: natural hedge (values)`)
    expect(textOf(sheet.rows[1]![0])).toBe("Values computed by Bankable 9.8.7 on 2026-01-02 03:04 UTC — not linked to the model's formulas (they do not move when you change an input here). Net and Share of CFADS are formulas of each row's own cells.")
    const cover = wb.sheets.find((s) => s.name === 'Cover')!
    expect(cover.rows.some((r) => textOf(r[0]) === HEDGE_SHEET)).toBe(true)
  })

  it('carries each row’s gross and offsets as values, and its Net and Share as formulas that recalculate to the engine’s figures', () => {
    const ev = new WorkbookEvaluator(wb)
    for (const r of exposure.rows) {
      const row = rowOf(r.label)
      expect(row, r.label).toBeGreaterThan(0)
      const cells = sheet.rows[row - 1]!
      expect(cells[1]).toMatchObject({ t: 'n', v: Number(r.gross) })
      OFFSET_KEYS.forEach((k, i) => expect(cells[2 + i]).toMatchObject({ t: 'n', v: Number(r.removed[k]) }))
      const netCol = 3 + OFFSET_KEYS.length
      expect(cells[netCol - 1]!.t).toBe('f')
      const net = ev.cell(HEDGE_SHEET, row, netCol) as number
      expect(Math.abs(net - Number(r.net))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(r.gross))))
      const share = ev.cell(HEDGE_SHEET, row, netCol + 1) as number
      expect(share).toBeCloseTo(Number(r.shareOfCfads), 12)
      expect(cells[netCol + 1]).toMatchObject({ t: 'n', v: Number(r.minDscrUp) })
    }
  })

  it('lays the joint stress grid: rows driver A, columns driver B, minimum DSCR per cell', () => {
    const head = rowOf('Li price \\ FX: INR per USD')
    expect(sheet.rows[head - 1]!.slice(1).map(textOf)).toEqual(['0 %', '+10 %'])
    expect(textOf(sheet.rows[head]![0])).toBe('-30 %')
    expect(sheet.rows[head]![2]).toMatchObject({ t: 'n', v: Number(joint.value.cells[0]![1]!.minDscr) })
    expect(sheet.rows[head + 1]![1]).toMatchObject({ t: 'n', v: Number(joint.value.baseMinDscr) })
  })
})
