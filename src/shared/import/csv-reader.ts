/**
 * RFC 4180 CSV → the same raw cells as the .xlsx reader (all text). Nothing is ever evaluated: a cell
 * "=SUM(A1)" is just text, and the leading apostrophe that exports add against formula injection
 * (OWASP) is removed again before "=", "+", "-", "@", tab or CR.
 */
import type { RawCell, RawSheet, RawWorkbook } from './xlsx-reader'
import { SHEET_LIMITS } from './xlsx-reader'
import { ZIP_LIMITS, type ImportFailure } from './zip'

export function readCsv(bytes: Uint8Array, sheetName = 'CSV'): RawWorkbook | ImportFailure {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'File is empty' }
  if (bytes.length > ZIP_LIMITS.maxFileBytes) return { ok: false, code: 'too-large', message: 'File is larger than 20 MB' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, code: 'unsupported-format', message: 'CSV is not UTF-8 text' }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  // Pick the separator the header uses (Excel in many locales writes ";").
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  const rows = new Map<number, Map<number, RawCell>>()
  let r = 1
  let c = 1
  let field = ''
  let quoted = false
  let maxCol = 0
  let maxRow = 0
  const push = (): ImportFailure | null => {
    if (c > SHEET_LIMITS.maxCols || r > SHEET_LIMITS.maxRows)
      return { ok: false, code: 'range-too-large', message: `Sheet "${sheetName}": range too large (max 100,000 rows × 200 columns)` }
    const value = /^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field
    if (value !== '') {
      let row = rows.get(r)
      if (!row) { row = new Map(); rows.set(r, row) }
      row.set(c, { kind: 'text', value })
      maxCol = Math.max(maxCol, c)
      maxRow = Math.max(maxRow, r)
    }
    field = ''
    return null
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++ } else quoted = false
      } else field += ch
      continue
    }
    if (ch === '"' && field === '') { quoted = true; continue }
    if (ch === sep) { const e = push(); if (e) return e; c++; continue }
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      const e = push(); if (e) return e
      r++; c = 1
      continue
    }
    field += ch
  }
  if (quoted) return { ok: false, code: 'damaged', message: 'CSV ends inside a quoted field' }
  const e = push(); if (e) return e
  const sheet: RawSheet = { name: sheetName, rows, maxRow, maxCol }
  return { ok: true, sheets: [sheet], date1904: false }
}
