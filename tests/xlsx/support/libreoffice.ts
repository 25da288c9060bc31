/**
 * Headless LibreOffice for recalculation checks (toolchain.md §3.4): a fresh profile per run, seeded
 * with OOXMLRecalcMode=0 so every formula is recalculated on load, and one soffice process over many
 * files (each start costs ~1.5 s). LibreOffice output is only read, never shipped (it drops panes).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { CellValue } from './compare'

export const sofficeAvailable = (): boolean => spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0

const SEED = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

export function freshProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bankable-lo-'))
  mkdirSync(join(dir, 'user'), { recursive: true })
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), SEED)
  return dir
}

/**
 * Converts files with one soffice run; `target` e.g. 'xlsx:Calc MS Excel 2007 XML' or 'pdf'. `perFileMs`:
 * the time allowed per file (a three-tranche model with its sizing blocks and the sweep's second walk
 * takes about a minute on a loaded machine).
 */
export function convert(files: string[], outDir: string, target: string, perFileMs = 20_000): void {
  mkdirSync(outDir, { recursive: true })
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${freshProfile()}`, '--convert-to', target, '--outdir', outDir, ...files], {
    stdio: 'pipe',
    // One process for every file; a loaded machine (two cores shared) can need a while per file.
    timeout: Math.max(120_000, perFileMs * files.length)
  })
}

/**
 * Reads every cell's value (formula results included) from a recalculated workbook; dates as serials.
 * Only the values are kept (one map per sheet), not the parsed workbook with its formulas and styles:
 * the recalculation suites hold a hundred or more workbooks at once (every case and every edit of the
 * matrix), which as parsed workbooks outgrew Node's default heap in the Gnumeric suite.
 */
export async function readValues(bytes: Uint8Array): Promise<(sheet: string, row: number, col: number) => CellValue> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheets = new Map<string, Map<number, CellValue>>()
  wb.eachSheet((ws) => {
    const values = new Map<number, CellValue>()
    ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value
      // exceljs's cell.value drops a formula's FALSE result (the cell model keeps it): a failing check read as ''.
      const value = v !== null && typeof v === 'object' && 'formula' in v && v.result === undefined && (cell.model as { result?: unknown }).result === false ? false : normalise(v)
      if (value !== null) values.set(r * COLS + c, value)
    }))
    sheets.set(ws.name, values)
  })
  return (sheet, row, col) => {
    const values = sheets.get(sheet)
    if (!values) throw new Error(`no sheet ${sheet}`)
    return values.get(row * COLS + col) ?? null
  }
}

/** More columns than any sheet has (Excel's limit): a cell's key is row · COLS + column. */
const COLS = 16_384

function normalise(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null
  if (v instanceof Date) return Math.round(v.getTime() / 86_400_000 + 25_569)
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v
  if (typeof v === 'object' && 'formula' in v) {
    const r = (v as ExcelJS.CellFormulaValue).result
    // LibreOffice writes no <v> for an empty-string result; exceljs then reports no result.
    if (r === undefined) return ''
    if (typeof r === 'object' && r !== null && 'error' in r) return { error: String(r.error) }
    return normalise(r as ExcelJS.CellValue)
  }
  if (typeof v === 'object' && 'error' in v) return { error: String(v.error) }
  return String(v)
}
