/**
 * The exported model recalculated by LibreOffice equals the engine: every headline metric and every
 * period's revenue, CFADS, debt service and balance (and the other waterfall rows) to relative 1e-9
 * or 0.01 of a currency unit; every formula cell equals our evaluator; every check is TRUE; and an
 * input changed inside the exported file moves the results exactly as the engine says.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runModel } from '../../src/shared/engine'
import { WorkbookEvaluator } from '../../src/shared/workbook/formula-eval'
import { type Case, EDITS, MATRIX_SLOTS, type MatrixEdit, STRUCTURE_EDITS, exportCases, samples } from './support/cases'
import { compareWithEngine, judgeEdit, type CellValue } from './support/compare'
import { annualValuesPerYear, compareAnnual } from './support/compare-annual'
import { convert, readValues, sofficeAvailable } from './support/libreoffice'
import { VARIANTS } from './support/projects'

const HAVE_SOFFICE = sofficeAvailable()
if (!HAVE_SOFFICE) console.warn('LibreOffice (soffice) not found: skipping the recalculation tests. Install libreoffice-calc to run them.')

const dir = mkdtempSync(join(tmpdir(), 'bankable-xlsx-'))
let cases: Case[] = []
let structureFiles: string[] = []
let matrix: MatrixEdit[] = []
let plantEdits: MatrixEdit[] = []
let waterfallEdits: MatrixEdit[] = []
const recalculated = new Map<string, (s: string, r: number, c: number) => CellValue>()

describe.skipIf(!HAVE_SOFFICE)('Excel model recalculated by LibreOffice', () => {
  beforeAll(async () => {
    const exported = await exportCases(dir)
    cases = exported.cases
    structureFiles = exported.structureFiles
    matrix = exported.matrix
    plantEdits = exported.plantEdits
    waterfallEdits = exported.waterfallEdits
    const files = [...cases.map((c) => c.file), ...exported.editFiles, ...structureFiles, ...matrix.map((m) => m.file), ...plantEdits.map((m) => m.file), ...waterfallEdits.map((m) => m.file)]
    convert(files, join(dir, 'recalc'), 'xlsx:Calc MS Excel 2007 XML')
    for (const f of files) {
      const out = join(dir, 'recalc', f.split('/').pop()!)
      recalculated.set(f, await readValues(readFileSync(out)))
    }
  }, 1_200_000)

  it('covers the fixture, the constructed projects and the samples', () => {
    expect(cases.length).toBeGreaterThanOrEqual(VARIANTS.length)
  })

  it.each(VARIANTS.map(([n], i) => [n, i] as const))('%s: LibreOffice equals the engine (metrics and per-period rows)', (_n, i) => {
    const c = cases[i]!
    const cmp = compareWithEngine(recalculated.get(c.file)!, c.rows, c.result)
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    expect(cmp.checked).toBeGreaterThan(Math.min(300, 50 * c.result.periods.length)) // the hand two-tranche case has 4 periods
    expect(cmp.worstAbsoluteAmount).toBeLessThan(0.01)
    console.info(`${c.name}: ${cmp.checked} values, worst relative ${cmp.worstRelative.toExponential(2)}, worst absolute amount ${cmp.worstAbsoluteAmount.toExponential(2)}`)
  })

  it('samples in resources/samples match the engine too', () => {
    for (const c of cases.slice(VARIANTS.length)) {
      const cmp = compareWithEngine(recalculated.get(c.file)!, c.rows, c.result)
      expect({ sample: c.name, mismatches: cmp.mismatches.slice(0, 5) }).toEqual({ sample: c.name, mismatches: [] })
      console.info(`${c.name}: ${cmp.checked} values, worst relative ${cmp.worstRelative.toExponential(2)}, worst absolute amount ${cmp.worstAbsoluteAmount.toExponential(2)}`)
    }
  })

  it('every formula cell equals the built-in evaluator (so the values-only variant is what Excel shows)', () => {
    for (const c of cases) {
      const lo = recalculated.get(c.file)!
      const ev = new WorkbookEvaluator(c.desc)
      let n = 0
      const bad: string[] = []
      c.desc.sheets.forEach((s) => s.rows.forEach((row, ri) => row.forEach((cell, ci) => {
        if (!cell || cell.t !== 'f') return
        n++
        const a = ev.cell(s.name, ri + 1, ci + 1)
        const b = lo(s.name, ri + 1, ci + 1)
        // LibreOffice snaps a difference of nearly equal numbers to 0 (approxSub): 1e-4 absolute covers it on JPY billions.
        const num = (x: unknown) => (typeof x === 'boolean' ? Number(x) : x === '' || x === null ? 0 : x)
        const [x, y] = [num(a), num(b)]
        const same = typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) <= Math.max(1e-4, 1e-9 * Math.abs(x)) : JSON.stringify(x) === JSON.stringify(y)
        if (!same && bad.length < 5) bad.push(`${c.name} ${s.name}!R${ri + 1}C${ci + 1} =${cell.f}: ours ${JSON.stringify(a)}, LibreOffice ${JSON.stringify(b)}`)
      })))
      expect(bad).toEqual([])
      expect(n).toBeGreaterThan(1000)
    }
  })

  it('the Annual sheet equals the engine\'s annual summary in every case, and after an input edit', () => {
    for (const c of cases) {
      const cmp = compareAnnual(recalculated.get(c.file)!, c.rows, c.result)
      expect({ c: c.name, mismatches: cmp.mismatches.slice(0, 5) }).toEqual({ c: c.name, mismatches: [] })
      expect(cmp.checked).toBe(c.result.annual.length * annualValuesPerYear(c.rows))
      console.info(`LibreOffice, annual, ${c.name}: ${cmp.checked} values, worst relative ${cmp.worstRelative.toExponential(2)}, worst absolute amount ${cmp.worstAbsoluteAmount.toExponential(2)}`)
    }
    for (const [i, e] of EDITS.entries()) {
      const project = structuredClone(cases[1]!.project)
      e.apply(project)
      const cmp = compareAnnual(recalculated.get(join(dir, `edit${i}.xlsx`))!, cases[1]!.rows, runModel(project))
      expect({ edit: e.name, mismatches: cmp.mismatches.slice(0, 5) }).toEqual({ edit: e.name, mismatches: [] })
    }
  })

  it('all checks are TRUE after recalculation', () => {
    for (const c of cases) {
      const lo = recalculated.get(c.file)!
      const checks = Object.entries(c.rows).filter(([k]) => k.startsWith('chk.'))
      expect(checks.length).toBeGreaterThan(8)
      for (const [k, loc] of checks) expect({ c: c.name, k, v: lo(loc.sheet, loc.row, 3) }).toEqual({ c: c.name, k, v: true })
    }
  })

  it.each(EDITS.map((e, i) => [e.name, i] as const))('changing %s in the exported file moves the results as the engine says', (_n, i) => {
    const base = cases[1]!
    const project = structuredClone(base.project)
    EDITS[i]!.apply(project)
    const result = runModel(project)
    const lo = recalculated.get(join(dir, `edit${i}.xlsx`))!
    const cmp = compareWithEngine(lo, base.rows, result)
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    // …and the change really moved something.
    const before = compareWithEngine(recalculated.get(base.file)!, base.rows, result)
    expect(before.mismatches.length).toBeGreaterThan(10)
  })

  it.each(STRUCTURE_EDITS.map((e, i) => [e.name, i] as const))('a timeline edit (%s) cannot pass the checks in LibreOffice', (_n, i) => {
    const base = cases[1]!
    const read = recalculated.get(structureFiles[i]!)!
    const at = (k: string) => read(base.rows[k]!.sheet, base.rows[k]!.row, 3)
    expect(recalculated.get(base.file)!(base.rows['chk.layout']!.sheet, base.rows['chk.layout']!.row, 3)).toBe(true)
    expect({ layout: at('chk.layout'), all: at('chk.all') }).toEqual({ layout: false, all: false })
  })

  // The lender's edits on every sample (the three lenders' sample: its tranches too): the engine's answer for the same edit, every check TRUE.
  it('the edit matrix covers every sample', () => { expect(new Set(matrix.map((m) => m.base.name)).size).toBe(samples().length); expect(matrix.length).toBeGreaterThan(70); expect(matrix.length).toBeLessThanOrEqual(MATRIX_SLOTS) })
  it.each(Array.from({ length: MATRIX_SLOTS }, (_, i) => i))('lender edit %i in the exported file equals the engine on the same edit (LibreOffice)', (i) => {
    const m = matrix[i]
    if (!m) return
    const project = structuredClone(m.base.project)
    m.edit.apply(project)
    const judged = judgeEdit(recalculated.get(m.file)!, recalculated.get(m.base.file)!, m.base.rows, runModel(project, m.edit.options?.(project)))
    expect({ edit: m.label, mismatches: judged.mismatches, allChecks: judged.allChecks }).toEqual({ edit: m.label, mismatches: [], allChecks: true })
    expect(judged.moved, m.label).toBeGreaterThan(0)
  })

  // Plant capacity (methodology §13): an analyst's capacity and availability edits, recalculated by LibreOffice, equal the engine.
  it('plant capacity edits cover the capacity variant', () => { expect(plantEdits.map((m) => m.edit.name)).toEqual(['capacity 1 −20 %', 'capacity 2 availability −10 points', 'every capacity ×100 (nothing cut)']) })
  it.each([0, 1, 2])('plant capacity edit %i in the exported file equals the engine on the same edit (LibreOffice)', (i) => {
    const m = plantEdits[i]!
    const project = structuredClone(m.base.project)
    m.edit.apply(project)
    const judged = judgeEdit(recalculated.get(m.file)!, recalculated.get(m.base.file)!, m.base.rows, runModel(project))
    expect({ edit: m.label, mismatches: judged.mismatches, allChecks: judged.allChecks }).toEqual({ edit: m.label, mismatches: [], allChecks: true })
    expect(judged.moved, m.label).toBeGreaterThan(0)
  })

  // The cash waterfall (§11): the analyst switches terms on, off or changes them in the file; LibreOffice equals the engine on the same edit.
  const WATERFALL_SLOTS = 12
  it('waterfall edits cover both waterfall variants and fit their slots', () => {
    expect(new Set(waterfallEdits.map((m) => m.base.name)).size).toBe(2)
    expect(waterfallEdits.length).toBeGreaterThanOrEqual(8)
    expect(waterfallEdits.length).toBeLessThanOrEqual(WATERFALL_SLOTS)
  })
  it.each(Array.from({ length: WATERFALL_SLOTS }, (_, i) => i))('waterfall edit %i in the exported file equals the engine on the same edit (LibreOffice)', (i) => {
    const m = waterfallEdits[i]
    if (!m) return
    const project = structuredClone(m.base.project)
    m.edit.apply(project)
    const judged = judgeEdit(recalculated.get(m.file)!, recalculated.get(m.base.file)!, m.base.rows, runModel(project))
    expect({ edit: m.label, mismatches: judged.mismatches, allChecks: judged.allChecks }).toEqual({ edit: m.label, mismatches: [], allChecks: true })
    expect(judged.moved, m.label).toBeGreaterThan(0)
  })
})
