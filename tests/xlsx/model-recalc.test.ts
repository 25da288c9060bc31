/**
 * The exported model recalculated by LibreOffice equals the engine: every headline metric and every
 * period's revenue, CFADS, debt service and balance (and the other waterfall rows) to relative 1e-9
 * or 0.01 of a currency unit; every formula cell equals our evaluator; every check is TRUE; and an
 * input changed inside the exported file moves the results exactly as the engine says.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { runModel } from '../../src/shared/engine'
import type { ModelResult } from '../../src/shared/engine/types'
import { parseProject, type Project } from '../../src/shared/model'
import { buildModelWorkbook, type RowMap } from '../../src/shared/workbook/build-model'
import { WorkbookEvaluator } from '../../src/shared/workbook/formula-eval'
import type { WorkbookDesc } from '../../src/shared/workbook/types'
import { writeWorkbookXlsx } from '../../src/shared/workbook/write-exceljs'
import { compareWithEngine, type CellValue } from './support/compare'
import { convert, readValues, sofficeAvailable } from './support/libreoffice'
import { VARIANTS } from './support/projects'

const HAVE_SOFFICE = sofficeAvailable()
if (!HAVE_SOFFICE) console.warn('LibreOffice (soffice) not found: skipping the recalculation tests. Install libreoffice-calc to run them.')

type Case = { name: string; project: Project; result: ModelResult; desc: WorkbookDesc; rows: RowMap; file: string }
const dir = mkdtempSync(join(tmpdir(), 'bankable-xlsx-'))
const cases: Case[] = []
const recalculated = new Map<string, (s: string, r: number, c: number) => CellValue>()
const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }

function samples(): [string, () => Project][] {
  const d = resolve(import.meta.dirname, '../../resources/samples')
  if (!existsSync(d)) return []
  return readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => [`sample ${f}`, () => {
    const r = parseProject(JSON.parse(readFileSync(join(d, f), 'utf8')))
    if (!r.ok) throw new Error(`${f}: ${JSON.stringify(r.issues.slice(0, 3))}`)
    return r.value
  }])
}

/** Changes made inside the exported file (by defined name) and the same change in the project. */
const EDITS: { name: string; cells: Record<string, number>; apply: (p: Project) => void }[] = [
  { name: 'capex +10 %', cells: { Capex_Item1: 55_000_000 }, apply: (p) => { p.costs.capex.items[0]!.amount = '55000000' } },
  { name: 'price 27000', cells: { Price1_Base: 27_000 }, apply: (p) => { (p.prices.decks[0]!.prices[0] as { basePrice: string }).basePrice = '27000' } }
]

async function editByName(bytes: Uint8Array, values: Record<string, number>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  const inputs = wb.getWorksheet('Inputs')!
  for (const [name, v] of Object.entries(values)) {
    const loc = wb.definedNames.getRanges(name).ranges[0]
    if (!loc) throw new Error(`no name ${name}`)
    const ref = loc.split('!')[1]!.replace(/\$/g, '')
    inputs.getCell(ref).value = v
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

describe.skipIf(!HAVE_SOFFICE)('Excel model recalculated by LibreOffice', () => {
  beforeAll(async () => {
    const files: string[] = []
    for (const [name, make] of [...VARIANTS, ...samples()]) {
      const project = make()
      const result = runModel(project)
      const built = buildModelWorkbook(project, result, { ...META, verify: true })
      if (!built.ok) throw new Error(`${name}: ${built.message}`)
      const file = join(dir, `case${cases.length}.xlsx`)
      writeFileSync(file, await writeWorkbookXlsx(built.workbook, { creator: 'test', created: new Date(0) }))
      cases.push({ name, project, result, desc: built.workbook, rows: built.rows, file })
      files.push(file)
    }
    const base = cases[1]!
    for (const [i, e] of EDITS.entries()) {
      const file = join(dir, `edit${i}.xlsx`)
      writeFileSync(file, await editByName(readFileSync(base.file), e.cells))
      files.push(file)
    }
    convert(files, join(dir, 'recalc'), 'xlsx:Calc MS Excel 2007 XML')
    for (const f of files) {
      const out = join(dir, 'recalc', f.split('/').pop()!)
      recalculated.set(f, await readValues(readFileSync(out)))
    }
  }, 180_000)

  it('covers the fixture, the constructed projects and the samples', () => {
    expect(cases.length).toBeGreaterThanOrEqual(VARIANTS.length)
  })

  it.each(VARIANTS.map(([n], i) => [n, i] as const))('%s: LibreOffice equals the engine (metrics and per-period rows)', (_n, i) => {
    const c = cases[i]!
    const cmp = compareWithEngine(recalculated.get(c.file)!, c.rows, c.result)
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    expect(cmp.checked).toBeGreaterThan(300)
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
})
