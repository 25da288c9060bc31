/**
 * The analysis value sheets change nothing in the model: the same project exported with and without
 * them, both recalculated by LibreOffice in one run, give the same value in every model cell; the
 * model still equals the engine, every check is TRUE, and the value sheets keep their values.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareScenarios, computeBreakevenGrid, computeTornado, DEFAULT_MC_SETTINGS, presetScenarios, runMonteCarlo } from '../../src/shared/analysis'
import { runModel } from '../../src/shared/engine'
import { buildModelWorkbook, type BuildResult } from '../../src/shared/workbook/build-model'
import { writeWorkbookXlsx } from '../../src/shared/workbook/write-xlsx'
import { compareWithEngine, type Reader } from './support/compare'
import { convert, readValues, sofficeAvailable } from './support/libreoffice'
import { batteryAnnuity } from './support/projects'

const HAVE_SOFFICE = sofficeAvailable()
const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64), verify: true }

describe.skipIf(!HAVE_SOFFICE)('Excel model with analysis sheets, recalculated by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bankable-xlsx-analysis-'))
  const project = batteryAnnuity()
  const result = runModel(project)
  let plain: Extract<BuildResult, { ok: true }>
  let withA: Extract<BuildResult, { ok: true }>
  let loPlain: Reader
  let loWith: Reader

  beforeAll(async () => {
    const mc = runMonteCarlo(project, { ...DEFAULT_MC_SETTINGS, draws: 200, seed: 3 })
    if (!mc.ok) throw new Error(mc.reason)
    const analysis = { comparison: compareScenarios(project, presetScenarios()), tornado: computeTornado(project, { step: '0.1' }), breakeven: computeBreakevenGrid(project), monteCarlo: mc }
    const a = buildModelWorkbook(project, result, META)
    const b = buildModelWorkbook(project, result, { ...META, analysis })
    if (!a.ok || !b.ok) throw new Error('build failed')
    plain = a
    withA = b
    const files = [join(dir, 'plain.xlsx'), join(dir, 'with-analysis.xlsx')]
    writeFileSync(files[0]!, await writeWorkbookXlsx(a.workbook, { creator: 'test', created: new Date(0) }))
    writeFileSync(files[1]!, await writeWorkbookXlsx(b.workbook, { creator: 'test', created: new Date(0) }))
    convert(files, join(dir, 'recalc'), 'xlsx:Calc MS Excel 2007 XML')
    loPlain = await readValues(readFileSync(join(dir, 'recalc', 'plain.xlsx')))
    loWith = await readValues(readFileSync(join(dir, 'recalc', 'with-analysis.xlsx')))
  }, 180_000)

  it('every model cell recalculates to the same value with the analysis sheets present', () => {
    let n = 0
    const diff: string[] = []
    for (const s of plain.workbook.sheets) {
      s.rows.forEach((row, ri) => row.forEach((cell, ci) => {
        if (!cell) return
        n++
        const x = loPlain(s.name, ri + 1, ci + 1)
        const y = loWith(s.name, ri + 1, ci + 1)
        if (JSON.stringify(x) !== JSON.stringify(y) && diff.length < 5) diff.push(`${s.name}!R${ri + 1}C${ci + 1}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`)
      }))
    }
    expect(diff).toEqual([])
    expect(n).toBeGreaterThan(2000)
  })

  it('equals the engine and every check is TRUE', () => {
    const cmp = compareWithEngine(loWith, withA.rows, result)
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    expect(cmp.checked).toBeGreaterThan(300)
    const checks = Object.entries(withA.rows).filter(([k]) => k.startsWith('chk.'))
    expect(checks.length).toBeGreaterThan(8)
    for (const [k, loc] of checks) expect({ k, v: loWith(loc.sheet, loc.row, 3) }).toEqual({ k, v: true })
  })

  it('the value sheets keep their values through the recalculation', () => {
    let n = 0
    for (const s of withA.workbook.sheets.slice(plain.workbook.sheets.length)) {
      s.rows.forEach((row, ri) => row.forEach((cell, ci) => {
        if (!cell || cell.t !== 'n') return
        n++
        // LibreOffice writes 15 significant digits: equal to that precision.
        const got = loWith(s.name, ri + 1, ci + 1)
        expect(typeof got === 'number' && Math.abs(got - cell.v) <= 1e-14 * Math.max(1, Math.abs(cell.v)) ? cell.v : got).toBe(cell.v)
      }))
    }
    expect(n).toBeGreaterThan(1000)
  })
})
