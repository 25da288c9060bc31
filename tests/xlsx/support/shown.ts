/**
 * What a reader sees: every sheet of a workbook as LibreOffice shows it (number formats applied,
 * formulas recalculated), through its CSV export of all sheets with "save cell contents as shown".
 */
import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { convert } from './libreoffice'

/** LibreOffice CSV filter tokens: comma, double quote, UTF-8, from line 1, en-US, as shown, every sheet (-1). */
const CSV_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1'

export type Shown = (sheet: string, row: number, col: number) => string

export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++ }
      else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') { row.push(field); field = '' }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = '' }
    else if (ch !== '\r') field += ch
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row) }
  return rows
}

/** Each file's sheets as shown, keyed by the file path given. */
export function shownAs(files: string[], outDir: string): Map<string, Shown> {
  convert(files, outDir, CSV_AS_SHOWN)
  const produced = readdirSync(outDir)
  const out = new Map<string, Shown>()
  for (const f of files) {
    const stem = basename(f).replace(/\.xlsx$/, '')
    const sheets = new Map<string, string[][]>()
    for (const p of produced) if (p.startsWith(`${stem}-`) && p.endsWith('.csv')) sheets.set(p.slice(stem.length + 1, -4), parseCsv(readFileSync(join(outDir, p), 'utf8')))
    out.set(f, (sheet, row, col) => {
      const s = sheets.get(sheet)
      if (!s) throw new Error(`no sheet ${sheet} in ${f}`)
      return s[row - 1]?.[col - 1] ?? ''
    })
  }
  return out
}
