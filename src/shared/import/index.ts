/**
 * Import of price decks and feedstock lots from .xlsx or .csv: limits before parsing, an allow-list
 * of columns, strict values, every problem as {sheet,row,column,code,message}, and all or nothing —
 * any error means no value. Pure TS: runs in a browser Worker (no Node built-ins).
 */
import type { BlackMassLot, CatalystLot } from '../lot'
import { readCsv } from './csv-reader'
import { MAX_REPORTED_ERRORS } from './error-list'
import { BLACK_MASS_LOT_COLUMNS, CATALYST_LOT_COLUMNS, toLots } from './lot-import'
import { progressCounter, type OnProgress } from './progress'
import { PRICE_DECK_COLUMNS, toPriceDeck, type ImportedPriceDeck } from './price-deck-import'
import { normaliseHeader, parseTable, type CellError, type ColumnSpec } from './table'
import { readXlsx, type RawCell, type RawSheet } from './xlsx-reader'
import type { ImportFailure } from './zip'

export type { CellError } from './table'
export { MAX_REPORTED_ERRORS, moreProblems } from './error-list'
export type { ImportFailure } from './zip'
export type { ImportedPriceDeck } from './price-deck-import'
export { PROGRESS_EVERY, type OnProgress } from './progress'

export type ImportTarget = 'price-deck' | 'catalyst-lots' | 'black-mass-lots'
export type Preview = { sheet: string; rows: string[][] }
export type Imported = { 'price-deck': ImportedPriceDeck; 'catalyst-lots': CatalystLot[]; 'black-mass-lots': BlackMassLot[] }
export type ImportResult<T extends ImportTarget> =
  | { ok: true; value: Imported[T]; preview: Preview }
  /** `errors` holds the first MAX_REPORTED_ERRORS problems; `omitted` counts the others. */
  | { ok: false; code: 'invalid-rows'; errors: CellError[]; omitted: number; preview: Preview }
  | ImportFailure

export const IMPORT_COLUMNS: Record<ImportTarget, readonly ColumnSpec[]> = {
  'price-deck': PRICE_DECK_COLUMNS,
  'catalyst-lots': CATALYST_LOT_COLUMNS,
  'black-mass-lots': BLACK_MASS_LOT_COLUMNS
}

const PREVIEW_ROWS = 20

const show = (c: RawCell | undefined): string =>
  !c ? '' : c.kind === 'formula-uncached' ? '(formula)' : c.kind === 'number' ? String(c.value) : c.kind === 'bool' ? (c.value ? 'TRUE' : 'FALSE') : c.value

function preview(sheet: RawSheet): Preview {
  const rows: string[][] = []
  const width = Math.min(sheet.maxCol, 60)
  for (const r of [...sheet.rows.keys()].sort((a, b) => a - b).slice(0, PREVIEW_ROWS)) {
    const cells = sheet.rows.get(r)!
    rows.push(Array.from({ length: width }, (_, i) => show(cells.get(i + 1))))
  }
  return { sheet: sheet.name, rows }
}

/** The sheet whose header row names the first column of the target, else the first sheet. */
function pickSheet(sheets: RawSheet[], columns: readonly ColumnSpec[]): RawSheet {
  const want = normaliseHeader(columns[0]!.header)
  return sheets.find((s) => {
    const first = [...s.rows.keys()].sort((a, b) => a - b)[0]
    return first !== undefined && [...s.rows.get(first)!.values()].some((c) => c.kind === 'text' && normaliseHeader(c.value) === want)
  }) ?? sheets[0]!
}

/** Row-level errors name their column by header; give them the cell's letter and cap the list. */
function invalid(errors: CellError[], letterOf: Map<string, string>, pv: Preview): { ok: false; code: 'invalid-rows'; errors: CellError[]; omitted: number; preview: Preview } {
  const shown = errors.slice(0, MAX_REPORTED_ERRORS).map((e) => ({ ...e, column: letterOf.get(e.column) ?? e.column }))
  return { ok: false, code: 'invalid-rows', errors: shown, omitted: Math.max(0, errors.length - MAX_REPORTED_ERRORS), preview: pv }
}

export type ImportOptions = {
  knownProductIds?: readonly string[]
  /** Rows done of the sheet's data rows, while they are typed and checked (see ./progress). */
  onProgress?: OnProgress
}

type Book = { sheets: RawSheet[]; date1904: boolean }

function readBook(bytes: Uint8Array, fileName: string): { ok: true; book: Book } | ImportFailure {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''
  if (ext === 'xls' || ext === 'xlsb' || ext === 'ods' || ext === 'numbers') return { ok: false, code: 'unsupported-format', message: `Unsupported format .${ext} — save as .xlsx or .csv` }
  const book = ext === 'csv' ? readCsv(bytes, fileName.replace(/^.*[\\/]/, '')) : readXlsx(bytes)
  return book.ok ? { ok: true, book } : book
}

export function importRows<T extends ImportTarget>(bytes: Uint8Array, fileName: string, target: T, options: ImportOptions = {}): ImportResult<T> {
  const read = readBook(bytes, fileName)
  return read.ok ? importFromBook(read.book, target, options) : read
}

function importFromBook<T extends ImportTarget>(book: Book, target: T, options: ImportOptions): ImportResult<T> {
  const columns = IMPORT_COLUMNS[target]
  const sheet = pickSheet(book.sheets, columns)
  const pv = preview(sheet)
  // Data rows: every row after the header (parseTable steps once for each, blank ones too).
  const dataRows = Math.max(0, sheet.rows.size - 1)
  const progress = progressCounter(options.onProgress, dataRows, target === 'price-deck' ? 1 : 2)
  const table = parseTable(sheet, columns, book.date1904, progress)
  if (table.errors.length) return { ok: false, code: 'invalid-rows', errors: table.errors, omitted: table.omitted, preview: pv }
  if (target === 'price-deck') {
    progress.finish()
    const r = toPriceDeck(sheet.name, table.rows, options.knownProductIds ?? null)
    return r.deck ? { ok: true, value: r.deck as Imported[T], preview: pv } : invalid(r.errors, table.letterOf, pv)
  }
  const r = toLots(sheet.name, table.rows, target === 'catalyst-lots' ? 'catalyst' : 'black-mass', progress)
  progress.finish()
  return r.errors.length ? invalid(r.errors, table.letterOf, pv) : { ok: true, value: r.lots as Imported[T], preview: pv }
}

export type LotTarget = 'catalyst-lots' | 'black-mass-lots'
const LOT_TARGETS: readonly LotTarget[] = ['catalyst-lots', 'black-mass-lots']

/** A template's own headers (and aliases), normalised: the columns the other lot template does not have. */
function ownHeaders(target: LotTarget): Set<string> {
  const names = (t: LotTarget) => IMPORT_COLUMNS[t].flatMap((c) => [c.header, ...(c.aliases ?? [])].map(normaliseHeader))
  const other = new Set(names(LOT_TARGETS.find((t) => t !== target)!))
  return new Set(names(target).filter((h) => !other.has(h)))
}

/**
 * Which lot template a file is in (issue 17: the bundled catalyst sheet failed with 8 "Unknown column"
 * errors while the picker said black mass): the template more of whose own columns — those the other
 * lot template does not have — head any sheet's first row. Null when neither's appear (the caller's
 * choice stands, and the unknown columns are reported against it).
 */
export function detectLotTemplate(sheets: readonly RawSheet[]): LotTarget | null {
  let best: { target: LotTarget; hits: number } | null = null
  for (const target of LOT_TARGETS) {
    const own = ownHeaders(target)
    for (const s of sheets) {
      const first = [...s.rows.keys()].sort((a, b) => a - b)[0]
      if (first === undefined) continue
      const hits = [...s.rows.get(first)!.values()].filter((c) => c.kind === 'text' && own.has(normaliseHeader(c.value))).length
      if (hits > 0 && (!best || hits > best.hits)) best = { target, hits }
    }
  }
  return best?.target ?? null
}

/** Lots from a spreadsheet in whichever lot template its header is in (`fallback` when it names neither); `target` says which was read. */
export function importLotRows(bytes: Uint8Array, fileName: string, fallback: LotTarget, options: ImportOptions = {}): { target: LotTarget; detected: boolean; result: ImportResult<LotTarget> } {
  const read = readBook(bytes, fileName)
  if (!read.ok) return { target: fallback, detected: false, result: read }
  const found = detectLotTemplate(read.book.sheets)
  const target = found ?? fallback
  return { target, detected: found !== null, result: importFromBook(read.book, target, options) }
}
