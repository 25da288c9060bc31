/**
 * The workbooks every recalculation test reads: the constructed variants and the shipped samples,
 * exported as the app does, plus input edits made inside an exported file by defined name (as a
 * lender's analyst makes them) with the same edit applied to the project for the engine.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { runModel } from '@shared/engine'
import type { ModelResult } from '@shared/engine/types'
import { parseProject, type Project } from '@shared/model'
import { buildModelWorkbook, type RowMap } from '@shared/workbook/build-model'
import type { WorkbookDesc } from '@shared/workbook/types'
import { writeWorkbookXlsx } from '@shared/workbook/write-xlsx'
import { type Edit, capacityEditsFor, editsFor, waterfallEditsFor } from './edits'
import { VARIANTS } from './projects'

export type Case = { name: string; project: Project; result: ModelResult; desc: WorkbookDesc; rows: RowMap; file: string }
const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }

export function samples(): [string, () => Project][] {
  const d = resolve(import.meta.dirname, '../../../resources/samples')
  if (!existsSync(d)) return []
  return readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => [`sample ${f}`, () => {
    const r = parseProject(JSON.parse(readFileSync(join(d, f), 'utf8')))
    if (!r.ok) throw new Error(`${f}: ${JSON.stringify(r.issues.slice(0, 3))}`)
    return r.value
  }])
}

/** Changes made inside the exported file (by defined name) and the same change in the project. */
export const EDITS: { name: string; cells: Record<string, number>; apply: (p: Project) => void }[] = [
  { name: 'capex +10 %', cells: { Capex_Item1: 55_000_000 }, apply: (p) => { p.costs.capex.items[0]!.amount = '55000000' } },
  { name: 'price 27000', cells: { Price1_Base: 27_000 }, apply: (p) => { (p.prices.decks[0]!.prices[0] as { basePricePerUnit: string }).basePricePerUnit = '27000' } }
]

/**
 * Timeline lengths edited in the file: the columns stay as exported, so the model cannot be right
 * and the Checks sheet must say so (chk.layout FALSE, and ALL CHECKS PASS FALSE).
 */
export const STRUCTURE_EDITS: { name: string; cells: (t: Project['timeline']) => Record<string, number> }[] = [
  { name: 'operations −2 years', cells: (t) => ({ Oper_Years: t.operatingYears - 2 }) },
  { name: 'operations +1 year', cells: (t) => ({ Oper_Years: t.operatingYears + 1 }) },
  { name: 'construction +6 months', cells: (t) => ({ Constr_Months: t.constructionMonths + 6 }) },
  { name: 'construction one period shorter, operations one period longer (same total)',
    cells: (t) => ({ Constr_Months: t.constructionMonths - t.periodMonths, Oper_Years: t.operatingYears + t.periodMonths / 12 }) }
]

export async function editByName(bytes: Uint8Array, values: Record<string, number | number[] | string>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  for (const [name, v] of Object.entries(values)) {
    const loc = wb.definedNames.getRanges(name).ranges[0]
    if (!loc) throw new Error(`no name ${name}`)
    // Inputs, or the Scenarios sheet (the scenario table).
    const inputs = wb.getWorksheet(loc.split('!')[0]!.replace(/^'|'$/g, ''))!
    const ref = loc.split('!')[1]!.replace(/\$/g, '')
    if (Array.isArray(v)) {
      // A named list (one row): its cells left to right.
      const [from] = ref.split(':')
      const start = inputs.getCell(from!)
      v.forEach((x, i) => { inputs.getCell(Number(start.row), Number(start.col) + i).value = x })
    } else inputs.getCell(ref).value = v
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

/** Exports every variant and sample into `dir`; the edits are made on the second case. */
/** Test slots for the edit matrix (every sample's edits; the suites check the matrix fits). */
export const MATRIX_SLOTS = 96

/** One lender edit of a sample (support/edits.ts), exported and edited inside the file. */
export type MatrixEdit = { label: string; base: Case; edit: Edit; file: string }

export async function exportCases(dir: string): Promise<{ cases: Case[]; editFiles: string[]; structureFiles: string[]; matrix: MatrixEdit[]; plantEdits: MatrixEdit[]; waterfallEdits: MatrixEdit[] }> {
  const cases: Case[] = []
  for (const [name, make] of [...VARIANTS, ...samples()]) {
    const project = make()
    const result = runModel(project)
    const built = buildModelWorkbook(project, result, { ...META, verify: true })
    if (!built.ok) throw new Error(`${name}: ${built.message}`)
    const file = join(dir, `case${cases.length}.xlsx`)
    writeFileSync(file, await writeWorkbookXlsx(built.workbook, { creator: 'test', created: new Date(0) }))
    cases.push({ name, project, result, desc: built.workbook, rows: built.rows, file })
  }
  const editFiles: string[] = []
  for (const [i, e] of EDITS.entries()) {
    const file = join(dir, `edit${i}.xlsx`)
    writeFileSync(file, await editByName(readFileSync(cases[1]!.file), e.cells))
    editFiles.push(file)
  }
  const structureFiles: string[] = []
  for (const [i, e] of STRUCTURE_EDITS.entries()) {
    const file = join(dir, `structure${i}.xlsx`)
    writeFileSync(file, await editByName(readFileSync(cases[1]!.file), e.cells(cases[1]!.project.timeline)))
    structureFiles.push(file)
  }
  const matrix: MatrixEdit[] = []
  for (const base of cases.slice(VARIANTS.length)) {
    for (const edit of editsFor(base.project)) {
      const file = join(dir, `matrix${matrix.length}.xlsx`)
      writeFileSync(file, await editByName(readFileSync(base.file), edit.cells))
      matrix.push({ label: `${base.name}: ${edit.name}`, base, edit, file })
    }
  }
  // Plant capacity edits (support/edits.ts) on the variants that set a capacity.
  const plantEdits: MatrixEdit[] = []
  for (const base of cases.slice(0, VARIANTS.length)) {
    for (const edit of capacityEditsFor(base.project)) {
      const file = join(dir, `plant${plantEdits.length}.xlsx`)
      writeFileSync(file, await editByName(readFileSync(base.file), edit.cells))
      plantEdits.push({ label: `${base.name}: ${edit.name}`, base, edit, file })
    }
  }
  // Waterfall terms edited (support/edits.ts) on the variants that switch the waterfall on.
  const waterfallEdits: MatrixEdit[] = []
  for (const base of cases.slice(0, VARIANTS.length)) {
    for (const edit of waterfallEditsFor(base.project)) {
      const file = join(dir, `waterfall${waterfallEdits.length}.xlsx`)
      writeFileSync(file, await editByName(readFileSync(base.file), edit.cells))
      waterfallEdits.push({ label: `${base.name}: ${edit.name}`, base, edit, file })
    }
  }
  return { cases, editFiles, structureFiles, matrix, plantEdits, waterfallEdits }
}
