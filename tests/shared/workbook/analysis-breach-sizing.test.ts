/**
 * The breach sizing's values sheet: appended only when a sizing is given, titled and bannered as values,
 * saying in its own words that it holds no formula, carrying the engine's figures unchanged.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_BREACH_SIZING, DEFAULT_MC_SETTINGS, sizeToBreach, sizingSentence, type BreachSizingResult } from '../../../src/shared/analysis'
import { runModel } from '../../../src/shared/engine'
import { buildModelWorkbook } from '../../../src/shared/workbook/build-model'
import { ANALYSIS_SHEETS, hasAnalysis } from '../../../src/shared/workbook/model/analysis-sheets'
import { writeWorkbookXlsx } from '../../../src/shared/workbook/write-xlsx'
import { mcSampleProjects } from '../analysis/fixtures'

const META = { exportedAt: '2026-02-03T04:05:06Z', appVersion: '9.8.7', projectSha256: '0'.repeat(64) }
const p = mcSampleProjects().find((s) => s.name === 'pgm-catalyst-recovery.json')!.project
let r: BreachSizingResult
let ws: ExcelJS.Worksheet
let names: string[]
let wb: ExcelJS.Workbook

beforeAll(async () => {
  const s = sizeToBreach(p, { ...DEFAULT_BREACH_SIZING, mc: { ...DEFAULT_MC_SETTINGS, draws: 300, seed: 5, process: { kind: 'ou', meanReversionPerYear: 0.5 } }, target: { maxBreachProbability: 0.1, p90Covenant: null } })
  if (!s.ok) throw new Error(s.reason)
  r = s
  expect(hasAnalysis({ breachSizing: r })).toBe(true)
  const built = buildModelWorkbook(p, runModel(p), { ...META, analysis: { computedAt: '2026-01-02T03:04:05.678Z', breachSizing: r } })
  if (!built.ok) throw new Error(built.message)
  wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await writeWorkbookXlsx(built.workbook, { creator: 't', created: new Date(0) })) as unknown as ArrayBuffer)
  names = wb.worksheets.map((w) => w.name)
  ws = wb.getWorksheet(ANALYSIS_SHEETS.breachSizing)!
}, 60_000)

const rowOf = (label: string): ExcelJS.Row => {
  for (let i = 1; i <= ws.rowCount; i++) if (ws.getRow(i).getCell(1).value === label) return ws.getRow(i)
  throw new Error(`no row "${label}"`)
}

describe('Breach sizing (values)', () => {
  it('is the last sheet, listed on the cover, and says it holds values, not formulas — with no formula in it', () => {
    expect(names.at(-1)).toBe('Breach sizing (values)')
    expect(String(ws.getCell('A1').value)).toContain(p.name)
    expect(String(ws.getCell('A2').value)).toMatch(/^Values computed by Bankable 9\.8\.7 on 2026-01-02 03:04 UTC — not linked to the model's formulas/)
    expect(String(ws.getCell('A3').value)).toMatch(/^VALUES, NOT FORMULAS: /)
    expect(ws.getCell('A4').value).toBe(sizingSentence(r))
    ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)))
    const cover: string[] = []
    wb.getWorksheet('Cover')!.eachRow((row) => row.eachCell((c) => void cover.push(String(c.value))))
    expect(cover).toContain('Breach sizing (values)')
  })
  it('carries the chosen amount, its probability and standard error, the next amount and the deterministic sizing unchanged', () => {
    const chosen = rowOf('Chosen (largest amount meeting the target)')
    expect(chosen.getCell(2).value).toBe(r.chosen.amount)
    expect(chosen.getCell(3).value).toBe(r.chosen.scale)
    expect(chosen.getCell(4).value).toBe(r.chosen.breachProbability)
    expect(chosen.getCell(5).value).toBe(r.chosen.breachStandardError)
    expect(chosen.getCell(10).value).toBe('meets')
    expect(rowOf('Next amount up (misses)').getCell(2).value).toBe(r.next!.amount)
    expect(rowOf('Deterministic sizing (gearing)').getCell(2).value).toBe(r.deterministic.amount)
    expect(rowOf('Seed').getCell(2).value).toBe(5)
    expect(rowOf('Draws').getCell(2).value).toBe(300)
    expect(String(rowOf('Price process').getCell(2).value)).toMatch(/^mean-reverting/)
  })
  it('one row per curve point, in order', () => {
    const first = rowOf('Point').number + 1
    r.curve.forEach((pt, i) => {
      const row = ws.getRow(first + i)
      expect(row.getCell(1).value).toBe(i + 1)
      expect(row.getCell(2).value).toBe(pt.amount)
      expect(row.getCell(4).value).toBe(pt.breachProbability)
    })
  })
})
