/**
 * RFC 4180 CSV → the same raw cells as the .xlsx reader (all text). Nothing is ever evaluated: a cell
 * "=SUM(A1)" is just text, and the leading apostrophe that exports add against formula injection
 * (OWASP) is removed again before "=", "+", "-", "@", tab, CR or LF.
 */
import { decodeUtf8 } from '../text/decode-utf8'
import { DenseRow } from './dense-row'
import type { RawCell, RawSheet, RawWorkbook } from './xlsx-reader'
import { SHEET_LIMITS } from './xlsx-reader'
import { ZIP_LIMITS, type ImportFailure } from './zip'

export function readCsv(bytes: Uint8Array, sheetName = 'CSV'): RawWorkbook | ImportFailure {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'File is empty' }
  if (bytes.length > ZIP_LIMITS.maxFileBytes) return { ok: false, code: 'too-large', message: 'File is larger than 20 MB' }
  const decoded = decodeUtf8(bytes)
  if (!decoded.ok) return { ok: false, code: 'unsupported-format', message: `CSV is ${decoded.message}` }
  let text = decoded.text
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  // Pick the separator the header uses (Excel in many locales writes ";").
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  const rows = new Map<number, DenseRow>()
  // One cell object per distinct short value: a file of tiny repeated cells ("1", "x") otherwise
  // builds an object per cell, most of the ~50× peak memory seen on a 20 MB CSV.
  const interned = new Map<string, RawCell>()
  let r = 1
  let c = 1
  let maxCol = 0
  let maxRow = 0
  const push = (field: string): ImportFailure | null => {
    const value = /^'[=+\-@\t\r\n]/.test(field) ? field.slice(1) : field
    if (value === '') return null
    // Checked on cells that hold something: a trailing newline (or trailing separators) adds no row.
    if (c > SHEET_LIMITS.maxCols || r > SHEET_LIMITS.maxRows)
      return { ok: false, code: 'range-too-large', message: `Sheet "${sheetName}": range too large (max 100,000 rows × 200 columns)` }
    let row = rows.get(r)
    if (!row) { row = new DenseRow(); rows.set(r, row) }
    let cell = value.length <= 32 ? interned.get(value) : undefined
    if (!cell) {
      cell = { kind: 'text', value }
      if (value.length <= 32 && interned.size < 100_000) interned.set(value, cell)
    }
    row.set(c, cell)
    maxCol = Math.max(maxCol, c)
    maxRow = Math.max(maxRow, r)
    return null
  }
  // Fields are sliced out of the text, not built a character at a time (each += made a new string).
  const n = text.length
  let i = 0
  for (;;) {
    let field: string
    if (text.charCodeAt(i) === 0x22 /* " */) {
      let parts = ''
      let from = i + 1
      for (;;) {
        const q = text.indexOf('"', from)
        if (q < 0) return { ok: false, code: 'damaged', message: 'CSV ends inside a quoted field' }
        parts += text.slice(from, q)
        if (text.charCodeAt(q + 1) === 0x22) { parts += '"'; from = q + 2; continue }
        i = q + 1
        break
      }
      // Text after the closing quote up to the separator belongs to the field (lenient, as before).
      let j = i
      while (j < n && text[j] !== sep && text[j] !== '\n' && text[j] !== '\r') j++
      field = parts + text.slice(i, j)
      i = j
    } else {
      let j = i
      while (j < n && text[j] !== sep && text[j] !== '\n' && text[j] !== '\r') j++
      field = text.slice(i, j)
      i = j
    }
    const e = push(field); if (e) return e
    if (i >= n) break
    const ch = text[i]
    if (ch === sep) { c++; i++; continue }
    if (ch === '\r' && text[i + 1] === '\n') i++
    i++
    r++; c = 1
    if (i >= n) break
  }
  const sheet: RawSheet = { name: sheetName, rows, maxRow, maxCol }
  return { ok: true, sheets: [sheet], date1904: false }
}
