/**
 * Rows of a raw sheet → typed records through an allow-list of columns (R34–R36). Headers are
 * trimmed, NFC-normalised and matched case-insensitively; unknown, duplicate and reserved headers
 * (`__proto__`, `constructor`, `prototype`) are reported, never dropped. Values are parsed strictly:
 * numbers by regex, percent with an explicit unit, dates as YYYY-MM-DD or real date serials.
 * Every problem becomes a cell error; callers import nothing unless the error list is empty.
 */
import { Decimal, toDecimalString } from '../decimal'
import { isRealCalendarDate } from '../model'
import { colLetter } from '../workbook/a1'
import { ErrorList } from './error-list'
import type { ProgressCounter } from './progress'
import type { RawCell, RawSheet } from './xlsx-reader'

import type { CellError, CellErrorCode } from './error-list'
export type { CellError, CellErrorCode }

export type FieldType =
  | { kind: 'text'; max: number }
  | { kind: 'decimal'; min: string; max: string }
  /** A share written with its unit ("12.5%" or 0.125 formatted as %); stored as a fraction. */
  | { kind: 'percent'; min: string; max: string }
  | { kind: 'date' }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'enum'; values: readonly string[] }

export type ColumnSpec = { field: string; header: string; aliases?: string[]; required: boolean; type: FieldType }
export type Row = { row: number; values: Record<string, string | number> }
/** `errors` holds at most MAX_REPORTED_ERRORS; `omitted` counts the rest. */
export type TableResult = { rows: Row[]; errors: CellError[]; omitted: number; letterOf: Map<string, string> }

const RESERVED = new Set(['__proto__', 'constructor', 'prototype'])
const NUMBER_TEXT = /^-?(?:0|[1-9]\d{0,29})(?:\.\d{1,30})?$/
const PERCENT_TEXT = /^(-?(?:0|[1-9]\d{0,29})(?:\.\d{1,30})?)%$/
export const normaliseHeader = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()

/** "(fraction)" headers accept a bare 0.125; "%" headers need the unit in the cell. */
const fractionAlias = (h: string) => `${h.replace(/\s*%$/, '')} (fraction)`

function cellText(c: RawCell): string {
  switch (c.kind) {
    case 'text': return c.value
    case 'number': return String(c.value)
    case 'bool': return c.value ? 'TRUE' : 'FALSE'
    case 'error': return c.value
    case 'formula-uncached': return ''
  }
}


/** Excel serial → YYYY-MM-DD (1900 system without the fictitious 1900-02-29, or 1904 system). */
export function serialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465 || (!date1904 && serial === 60)) return null
  const days = date1904 ? serial + 1462 : serial
  const ms = Date.UTC(1899, 11, 30) + (days - (!date1904 && serial < 60 ? -1 : 0)) * 86_400_000
  const iso = new Date(ms).toISOString().slice(0, 10)
  return iso.startsWith('+') ? null : iso
}

/** `progress` is stepped once per data row (blank rows too), after the row is typed. */
export function parseTable(sheet: RawSheet, columns: readonly ColumnSpec[], date1904: boolean, progress?: ProgressCounter): TableResult {
  const errors = new ErrorList()
  // Columns of the current row that already have an error: the "required" check asks this set
  // instead of searching every error so far (that search made a file of N bad lines O(N²)).
  let rowBad = new Set<number>()
  const err = (row: number, col: number | string, code: CellErrorCode, message: string) => {
    if (typeof col === 'number') rowBad.add(col)
    errors.push({ sheet: sheet.name, row, column: typeof col === 'number' ? colLetter(col) : col, code, message })
  }
  // Column header → its letter, so errors found later (lot schema, price deck) can name the cell.
  const letterOf = new Map<string, string>()
  const done = (rows: Row[]): TableResult => ({ rows, errors: errors.list, omitted: errors.omitted, letterOf })
  const rowNumbers = [...sheet.rows.keys()].sort((a, b) => a - b)
  const headerRow = rowNumbers[0]
  if (headerRow === undefined) { err(1, 'A', 'no-header', `Sheet "${sheet.name}" is empty: expected a header row`); return done([]) }

  const byHeader = new Map<string, { spec: ColumnSpec; fraction: boolean }>()
  for (const spec of columns) {
    for (const h of [spec.header, ...(spec.aliases ?? [])]) {
      byHeader.set(normaliseHeader(h), { spec, fraction: false })
      if (spec.type.kind === 'percent') byHeader.set(normaliseHeader(fractionAlias(h)), { spec, fraction: true })
    }
  }
  const colMap = new Map<number, { spec: ColumnSpec; fraction: boolean }>()
  const seen = new Map<string, number>()
  for (const [col, cell] of [...sheet.rows.get(headerRow)!.entries()].sort((a, b) => a[0] - b[0])) {
    const raw = cellText(cell)
    const h = normaliseHeader(raw)
    if (h === '') continue
    const hit = RESERVED.has(h) ? undefined : byHeader.get(h)
    if (!hit) { err(headerRow, col, 'unknown-column', `Unknown column '${raw.trim()}'`); continue }
    const prev = seen.get(hit.spec.field)
    if (prev !== undefined) { err(headerRow, col, 'duplicate-column', `Duplicate column '${raw.trim()}' (same as column ${colLetter(prev)})`); continue }
    seen.set(hit.spec.field, col)
    letterOf.set(hit.spec.header, colLetter(col))
    colMap.set(col, hit)
  }
  for (const spec of columns)
    if (spec.required && !seen.has(spec.field)) err(headerRow, '-', 'missing-column', `Missing column '${spec.header}' in sheet "${sheet.name}"`)

  const rows: Row[] = []
  for (let k = 1; k < rowNumbers.length; k++) {
    progress?.step()
    const r = rowNumbers[k]!
    const cells = sheet.rows.get(r)!
    rowBad = new Set()
    const values = Object.create(null) as Record<string, string | number>
    let any = false
    for (const [col, { spec, fraction }] of colMap) {
      const cell = cells.get(col)
      const label = `'${spec.header}'`
      if (!cell || (cell.kind === 'text' && cell.value.trim() === '')) continue
      any = true
      if (cell.kind === 'formula-uncached') { err(r, col, 'formula-not-calculated', `${label}: formula not calculated — open and save in Excel first`); continue }
      if (cell.kind === 'error') { err(r, col, 'error-cell', `${label}: cell ${colLetter(col)}${r} holds the error ${cell.value}`); continue }
      const v = parseValue(cell, spec.type, fraction, date1904)
      if (typeof v === 'object') err(r, col, v.code, `${label}: ${v.message}`)
      else values[spec.field] = v
    }
    if (!any && [...cells.values()].every((c) => c.kind === 'text' && c.value.trim() === '')) continue
    for (const spec of columns)
      if (spec.required && seen.has(spec.field) && !(spec.field in values) && !rowBad.has(seen.get(spec.field)!))
        err(r, seen.get(spec.field)!, 'required', `'${spec.header}' is required`)
    rows.push({ row: r, values })
  }
  if (rows.length === 0 && errors.total === 0) err(headerRow + 1, 'A', 'no-rows', `Sheet "${sheet.name}" has a header but no rows`)
  return done(rows)
}

type Bad = { code: CellErrorCode; message: string }

function inRange(d: Decimal, min: string, max: string, shown: string): Bad | null {
  if (d.lt(min) || d.gt(max)) return { code: 'out-of-range', message: `${shown} is outside ${min} … ${max}` }
  return null
}

function parseValue(cell: RawCell, t: FieldType, fraction: boolean, date1904: boolean): string | number | Bad {
  switch (t.kind) {
    case 'text': {
      const s = cellText(cell).normalize('NFC').trim()
      if (s.length > t.max) return { code: 'too-long', message: `text longer than ${t.max} characters` }
      return s
    }
    case 'enum': {
      const s = cellText(cell).trim()
      const hit = t.values.find((v) => v.toLowerCase() === s.toLowerCase())
      return hit ?? { code: 'invalid-value', message: `"${s}" is not one of ${t.values.join(', ')}` }
    }
    case 'decimal': {
      let d: Decimal
      if (cell.kind === 'number') {
        if (cell.format === 'percent') return { code: 'ambiguous-unit', message: `${cell.value * 100}% is a percentage, but this column takes a plain number` }
        d = new Decimal(String(cell.value))
      } else if (cell.kind === 'text' && NUMBER_TEXT.test(cell.value.trim())) d = new Decimal(cell.value.trim())
      else return { code: 'not-a-number', message: `"${cellText(cell)}" is not a plain number (digits, optional "-" and "."; no spaces, separators, exponents, hex, NaN or Infinity)` }
      return inRange(d, t.min, t.max, d.toString()) ?? toDecimalString(d)
    }
    case 'percent': {
      let d: Decimal
      if (cell.kind === 'number' && cell.format === 'percent') d = new Decimal(String(cell.value))
      else if (cell.kind === 'text' && PERCENT_TEXT.test(cell.value.trim())) d = new Decimal(PERCENT_TEXT.exec(cell.value.trim())![1]!).div(100)
      else if (fraction && cell.kind === 'number') d = new Decimal(String(cell.value))
      else if (fraction && cell.kind === 'text' && NUMBER_TEXT.test(cell.value.trim())) d = new Decimal(cell.value.trim())
      else if ((cell.kind === 'number') || (cell.kind === 'text' && NUMBER_TEXT.test(cell.value.trim()))) {
        const n = cellText(cell).trim()
        return { code: 'ambiguous-unit', message: `Ambiguous unit: enter ${n}% or ${new Decimal(n).div(100).toString()}` + ' (in a "(fraction)" column)' }
      } else return { code: 'not-a-number', message: `"${cellText(cell)}" is not a percentage like 12.5%` }
      return inRange(d, t.min, t.max, `${d.times(100).toString()}%`) ?? toDecimalString(d)
    }
    case 'int': {
      const s = cell.kind === 'number' && cell.format === 'general' ? String(cell.value) : cell.kind === 'text' ? cell.value.trim() : ''
      if (!/^-?\d{1,9}$/.test(s)) return { code: 'not-a-number', message: `"${cellText(cell)}" is not a whole number` }
      const n = Number(s)
      if (n < t.min || n > t.max) return { code: 'out-of-range', message: `${n} is outside ${t.min} … ${t.max}` }
      return n
    }
    case 'date': {
      if (cell.kind === 'number') {
        if (cell.format !== 'date') return { code: 'not-a-date', message: `${cell.value} is a number, not a date (format the cell as a date or write YYYY-MM-DD)` }
        const iso = serialToIso(cell.value, date1904)
        return iso ?? { code: 'not-a-date', message: `date serial ${cell.value} is not a real date (1 … 2,958,465, and not 60)` }
      }
      const s = cellText(cell).trim()
      if (!isRealCalendarDate(s)) return { code: 'not-a-date', message: `"${s}" is not a real date written YYYY-MM-DD` }
      return s
    }
  }
}

