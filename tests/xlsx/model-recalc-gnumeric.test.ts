/**
 * The exported model recalculated by Gnumeric equals the engine, as it does in LibreOffice: the
 * lender's analyst may use either, and a formula only one engine understands is a defect. Every
 * headline metric and per-period row to relative 1e-9 (or 0.01 of a currency unit), no error value
 * anywhere, every check TRUE, and an input edited inside the file moves the results as the engine says.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { type Case, EDITS, MATRIX_SLOTS, type MatrixEdit, STRUCTURE_EDITS, exportCases, samples } from './support/cases'
import { compareWithEngine, judgeEdit, type CellValue } from './support/compare'
import { annualValuesPerYear, compareAnnual } from './support/compare-annual'
import { recalcWithGnumeric, ssconvertAvailable } from './support/gnumeric'
import { readValues } from './support/libreoffice'
import { VARIANTS } from './support/projects'

const HAVE_GNUMERIC = ssconvertAvailable()
if (!HAVE_GNUMERIC) console.warn('Gnumeric (ssconvert) not found: skipping the Gnumeric recalculation tests. Install gnumeric to run them.')

type Read = (s: string, r: number, c: number) => CellValue
const dir = mkdtempSync(join(tmpdir(), 'bankable-gnumeric-'))
let cases: Case[] = []
let editFiles: string[] = []
let structureFiles: string[] = []
let matrix: MatrixEdit[] = []
let waterfallEdits: MatrixEdit[] = []
const recalculated = new Map<string, Read>()

describe.skipIf(!HAVE_GNUMERIC)('Excel model recalculated by Gnumeric', () => {
  beforeAll(async () => {
    ({ cases, editFiles, structureFiles, matrix, waterfallEdits } = await exportCases(dir))
    const files = [...cases.map((c) => c.file), ...editFiles, ...structureFiles, ...matrix.map((m) => m.file), ...waterfallEdits.map((m) => m.file)]
    const outs = recalcWithGnumeric(files, join(dir, 'recalc'))
    for (const [i, f] of files.entries()) recalculated.set(f, await readValues(readFileSync(outs[i]!)))
  }, 1_200_000)

  it('covers the constructed projects and every sample', () => {
    expect(cases.length).toBe(VARIANTS.length + samples().length)
  })

  it.each(Array.from({ length: VARIANTS.length + samples().length }, (_, i) => i))('case %i: Gnumeric equals the engine (metrics and per-period rows)', (i) => {
    const c = cases[i]!
    const cmp = compareWithEngine(recalculated.get(c.file)!, c.rows, c.result)
    expect({ c: c.name, mismatches: cmp.mismatches.slice(0, 5) }).toEqual({ c: c.name, mismatches: [] })
    expect(cmp.checked).toBeGreaterThan(Math.min(300, 50 * c.result.periods.length)) // the hand two-tranche case has 4 periods
    expect(cmp.worstAbsoluteAmount).toBeLessThan(0.01)
    console.info(`Gnumeric, ${c.name}: ${cmp.checked} values, worst relative ${cmp.worstRelative.toExponential(2)}`)
  })

  it('no formula cell of any case recalculates to an error value', () => {
    for (const c of cases) {
      const g = recalculated.get(c.file)!
      const bad: string[] = []
      c.desc.sheets.forEach((s) => s.rows.forEach((row, ri) => row.forEach((cell, ci) => {
        if (!cell || cell.t !== 'f') return
        const v = g(s.name, ri + 1, ci + 1)
        if (v !== null && typeof v === 'object' && bad.length < 5) bad.push(`${s.name}!R${ri + 1}C${ci + 1} =${cell.f}: ${v.error}`)
      })))
      expect({ c: c.name, bad }).toEqual({ c: c.name, bad: [] })
    }
  })

  it('the Annual sheet equals the engine\'s annual summary in every case, and after an input edit', () => {
    for (const c of cases) {
      const cmp = compareAnnual(recalculated.get(c.file)!, c.rows, c.result)
      expect({ c: c.name, mismatches: cmp.mismatches.slice(0, 5) }).toEqual({ c: c.name, mismatches: [] })
      expect(cmp.checked).toBe(c.result.annual.length * annualValuesPerYear(c.rows))
      console.info(`Gnumeric, annual, ${c.name}: ${cmp.checked} values, worst relative ${cmp.worstRelative.toExponential(2)}, worst absolute amount ${cmp.worstAbsoluteAmount.toExponential(2)}`)
    }
    for (const [i, e] of EDITS.entries()) {
      const project = structuredClone(cases[1]!.project)
      e.apply(project)
      const cmp = compareAnnual(recalculated.get(editFiles[i]!)!, cases[1]!.rows, runModel(project))
      expect({ edit: e.name, mismatches: cmp.mismatches.slice(0, 5) }).toEqual({ edit: e.name, mismatches: [] })
    }
  })

  it('all checks are TRUE after recalculation', () => {
    for (const c of cases) {
      const g = recalculated.get(c.file)!
      const checks = Object.entries(c.rows).filter(([k]) => k.startsWith('chk.'))
      expect(checks.length).toBeGreaterThan(8)
      for (const [k, loc] of checks) expect({ c: c.name, k, v: g(loc.sheet, loc.row, 3) }).toEqual({ c: c.name, k, v: true })
    }
  })

  it.each(EDITS.map((e, i) => [e.name, i] as const))('changing %s in the exported file moves the results as the engine says', (_n, i) => {
    const base = cases[1]!
    const project = structuredClone(base.project)
    EDITS[i]!.apply(project)
    const result = runModel(project)
    const cmp = compareWithEngine(recalculated.get(editFiles[i]!)!, base.rows, result)
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    expect(compareWithEngine(recalculated.get(base.file)!, base.rows, result).mismatches.length).toBeGreaterThan(10)
  })

  it.each(STRUCTURE_EDITS.map((e, i) => [e.name, i] as const))('a timeline edit (%s) cannot pass the checks in Gnumeric', (_n, i) => {
    const base = cases[1]!
    const read = recalculated.get(structureFiles[i]!)!
    const at = (k: string) => read(base.rows[k]!.sheet, base.rows[k]!.row, 3)
    expect(recalculated.get(base.file)!(base.rows['chk.layout']!.sheet, base.rows['chk.layout']!.row, 3)).toBe(true)
    expect({ layout: at('chk.layout'), all: at('chk.all') }).toEqual({ layout: false, all: false })
  })

  // The lender's edits on every sample (the three lenders' sample: its tranches too): the engine's answer for the same edit, every check TRUE.
  it('the edit matrix covers every sample', () => { expect(new Set(matrix.map((m) => m.base.name)).size).toBe(samples().length); expect(matrix.length).toBeGreaterThan(70); expect(matrix.length).toBeLessThanOrEqual(MATRIX_SLOTS) })
  it.each(Array.from({ length: MATRIX_SLOTS }, (_, i) => i))('lender edit %i in the exported file equals the engine on the same edit (Gnumeric)', (i) => {
    const m = matrix[i]
    if (!m) return
    const project = structuredClone(m.base.project)
    m.edit.apply(project)
    const judged = judgeEdit(recalculated.get(m.file)!, recalculated.get(m.base.file)!, m.base.rows, runModel(project, m.edit.options?.(project)))
    expect({ edit: m.label, mismatches: judged.mismatches, allChecks: judged.allChecks }).toEqual({ edit: m.label, mismatches: [], allChecks: true })
    expect(judged.moved, m.label).toBeGreaterThan(0)
  })

  // The cash waterfall's terms edited in the file (§11), as in the LibreOffice suite.
  const WATERFALL_SLOTS = 12
  it('waterfall edits fit their slots', () => { expect(waterfallEdits.length).toBeGreaterThanOrEqual(8); expect(waterfallEdits.length).toBeLessThanOrEqual(WATERFALL_SLOTS) })
  it.each(Array.from({ length: WATERFALL_SLOTS }, (_, i) => i))('waterfall edit %i in the exported file equals the engine on the same edit (Gnumeric)', (i) => {
    const m = waterfallEdits[i]
    if (!m) return
    const project = structuredClone(m.base.project)
    m.edit.apply(project)
    const judged = judgeEdit(recalculated.get(m.file)!, recalculated.get(m.base.file)!, m.base.rows, runModel(project))
    expect({ edit: m.label, mismatches: judged.mismatches, allChecks: judged.allChecks }).toEqual({ edit: m.label, mismatches: [], allChecks: true })
    expect(judged.moved, m.label).toBeGreaterThan(0)
  })
})
