/**
 * Small recalculation harness for tests that edit a few exported files: export projects as the app
 * does, edit inputs by defined name (numbers, text, or null to clear a cell and keep its style), and
 * recalculate every file in LibreOffice and in Gnumeric.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Project } from '@shared/model'
import { runModel } from '@shared/engine'
import { buildModelWorkbook, type RowMap } from '@shared/workbook/build-model'
import { writeWorkbookXlsx } from '@shared/workbook/write-xlsx'
import type { CellValue } from './compare'
import { recalcWithGnumeric } from './gnumeric'
import { convert, readValues } from './libreoffice'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }
export type Read = (sheet: string, row: number, col: number) => CellValue
export type Exported = { project: Project; rows: RowMap; file: string }

export async function exportProject(project: Project, file: string): Promise<Exported> {
  const built = buildModelWorkbook(project, runModel(project), { ...META, verify: true })
  if (!built.ok) throw new Error(built.message)
  writeFileSync(file, await writeWorkbookXlsx(built.workbook, { creator: 'test', created: new Date(0) }))
  return { project, rows: built.rows, file }
}

/** Sets Inputs cells by defined name, as an analyst types them; null clears the value (the style stays). */
export async function editInputs(from: string, to: string, values: Record<string, number | string | null>): Promise<string> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(readFileSync(from) as unknown as ArrayBuffer)
  for (const [name, v] of Object.entries(values)) {
    const loc = wb.definedNames.getRanges(name).ranges[0]
    if (!loc) throw new Error(`no name ${name}`)
    const [sheet, ref] = loc.split('!') as [string, string]
    wb.getWorksheet(sheet.replace(/^'|'$/g, ''))!.getCell(ref.replace(/\$/g, '')).value = v
  }
  writeFileSync(to, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
  return to
}

/** Each file recalculated by LibreOffice and by Gnumeric, read back (`perFileMs`: LibreOffice's time per file, libreoffice.ts `convert`). */
export async function recalcBoth(files: string[], dir: string, perFileMs?: number): Promise<Map<string, { lo: Read; gn: Read }>> {
  convert(files, join(dir, 'lo'), 'xlsx:Calc MS Excel 2007 XML', perFileMs)
  const gnOut = recalcWithGnumeric(files, join(dir, 'gn'))
  const out = new Map<string, { lo: Read; gn: Read }>()
  for (const [i, f] of files.entries()) {
    out.set(f, { lo: await readValues(readFileSync(join(dir, 'lo', basename(f)))), gn: await readValues(readFileSync(gnOut[i]!)) })
  }
  return out
}
