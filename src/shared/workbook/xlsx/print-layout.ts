/**
 * How a sheet shows and prints: column A's width for its labels (longer ones wrap), and whether the
 * sheet prints one page wide or at a fixed scale across pages with its label columns repeated.
 */
import { colLetter } from '../a1'
import type { SheetDesc, StyleId } from '../types'

/**
 * Printed width of a column in characters, for estimating the print scale and what a label needs.
 * Labels average about 0.9 of the digit width that column widths are measured in (Calibri 11).
 */
const CHAR = 0.9
/** Column A may grow to this many characters for its longest label (timeline sheets less: periods need room). */
const LABEL_CAP = { timeline: 78, other: 100 }
/** Below this printed scale a sheet is unreadable: it prints across pages instead, labels repeated. */
export const MIN_SCALE = 70
/** Calculation sheets print a band of about ten periods per page (30 years of months on one page would be unreadable). */
export const TIMELINE_SCALE = 55
/** Characters across a landscape A4 page at 100 % within the margins (portrait: 0.7 of it). */
const PAGE_CHARS = 135
/** Excel's width of a column with none set. */
const DEFAULT_WIDTH = 9

const RUNS_ON: ReadonlySet<StyleId | undefined> = new Set<StyleId | undefined>(['note', 'subtitle', 'title', 'section', 'banner'])

export type SheetLayout = {
  freeze: { rows: number; cols: number } | undefined
  /** Column widths with column A grown for its labels. */
  widths: number[]
  /** Rows (1-based) whose label wraps, to the number of lines it takes. */
  wrapRows: Map<number, number>
  /** fit: one page wide; scale: that print scale in per cent. */
  print: { fit: true } | { fit: false; scale: number }
  /** The print area (absolute A1, this sheet) of a short sheet; none on timeline sheets. */
  printArea: string | undefined
  /** Rows and columns repeated on every printed page ("$1:$3", "$A:$D"). */
  titleRows: string | undefined
  titleCols: string | undefined
}

/** Column A wide enough for its labels (up to a cap); the longer ones wrap, their rows grown to fit. */
function labelLayout(s: SheetDesc, timeline: boolean): { width: number; wrapRows: Map<number, number> } {
  const cap = timeline ? LABEL_CAP.timeline : LABEL_CAP.other
  let width = s.colWidths[0] ?? 10
  const labels: [number, number][] = []
  s.rows.forEach((cells, ri) => {
    const a = cells?.[0]
    // Only a label with something beside it is cut; titles, sections and notes run on into empty cells.
    if (!a || a.t !== 's' || (a.style !== 'label' && a.style !== 'header') || !besideFirst(cells)) return
    const need = Math.ceil(a.v.length * CHAR) + 2
    labels.push([ri + 1, need])
    width = Math.max(width, Math.min(cap, need))
  })
  const wrapRows = new Map<number, number>()
  for (const [row, need] of labels) if (need > width) wrapRows.set(row, Math.ceil(need / width))
  return { width, wrapRows }
}

function besideFirst(cells: SheetDesc['rows'][number]): boolean {
  for (let i = 1; i < cells.length; i++) if (cells[i] !== undefined) return true
  return false
}

/**
 * The columns a short sheet prints: those holding values, and the run-on of a text value (a file hash,
 * a description) when the whole text then still prints at MIN_SCALE. Longer texts (a deck's source
 * notes) are cut at the edge in print rather than shrinking the sheet; notes and titles run on unprinted.
 */
function printColumns(s: SheetDesc, widths: number[], maxChars: number): number {
  const w = (i: number) => widths[i] ?? DEFAULT_WIDTH
  const upTo = (n: number) => Array.from({ length: n }, (_, i) => w(i)).reduce((a, b) => a + b, 0)
  let n = 1
  for (const cells of s.rows) cells?.forEach((c, ci) => {
    if (!c || RUNS_ON.has(c.style)) return
    n = Math.max(n, ci + 1)
    if (c.t !== 's' || ci < 2) return
    let end = ci
    let room = 0
    while (room < c.v.length * CHAR) room += w(end++)
    if (upTo(end) <= maxChars) n = Math.max(n, end)
  })
  return n
}

export function sheetLayout(s: SheetDesc): SheetLayout {
  const freeze = s.freeze && (s.freeze.rows > 0 || s.freeze.cols > 0) ? s.freeze : undefined
  const timeline = freeze !== undefined && freeze.cols > 0
  const labels = labelLayout(s, timeline)
  const widths = s.colWidths.map((w, i) => (i === 0 ? labels.width : w))
  const base = { freeze, widths, wrapRows: labels.wrapRows, titleRows: freeze && freeze.rows > 0 ? `$1:$${freeze.rows}` : undefined }
  // Calculation sheets print a band of periods per page, labels and headers repeated.
  if (timeline) return { ...base, print: { fit: false, scale: TIMELINE_SCALE }, printArea: undefined, titleCols: `$A:$${colLetter(freeze.cols)}` }
  // Short sheets print one page wide when that stays readable; past it (long lists on Inputs) they
  // print at the minimum scale across pages with the label columns repeated, like the timeline sheets.
  const page = PAGE_CHARS * (s.landscape ? 1 : 0.7)
  const cols = printColumns(s, widths, (page * 100) / MIN_SCALE)
  const printed = widths.slice(0, cols).reduce((a, w) => a + w, 0) + Math.max(0, cols - widths.length) * DEFAULT_WIDTH
  const fits = Math.floor((100 * page) / Math.max(printed, 1)) >= MIN_SCALE
  return {
    ...base,
    print: fits ? { fit: true } : { fit: false, scale: MIN_SCALE },
    // An absolute area: a relative row would move with the active cell in Excel, and LibreOffice then ignores it.
    printArea: s.rows.length > 0 ? `$A$1:$${colLetter(cols)}$${s.rows.length}` : undefined,
    titleCols: fits ? undefined : '$A:$B'
  }
}
