/**
 * "Sensitivity draws (values)": every Monte Carlo draw, one row each, the same table as the CSV
 * download and `bankable simulate --csv` (`drawsTable`). At most MAX_DRAW_ROWS rows, so the file
 * stays quick to open; a note says so when the run had more. Values only.
 */
import { drawsTable } from '@shared/analysis/monte-carlo/draws-table'
import type { McResult } from '@shared/analysis/monte-carlo/simulate'
import type { Cell, SheetDesc, StyleId } from '../types'
import { ValueSheet, text } from './value-sheet'

export const DRAWS_SHEET = 'Sensitivity draws (values)'
/** Rows written at most (a run may have up to 200,000 draws; the CSV export always has them all). */
export const MAX_DRAW_ROWS = 100_000

/** Header unit and number format per drawsTable unit; fractions are shown as percentages. */
function format(unit: string): { unit: string; style: StyleId } {
  if (unit === '#') return { unit: '#', style: 'count' }
  if (unit === '×') return { unit: '×', style: 'multiplier' }
  if (unit === 'fraction') return { unit: '%', style: 'pct' }
  if (unit === 'x') return { unit: 'x', style: 'ratio' }
  return { unit, style: 'money' }
}

export function drawsSheet(r: McResult, title: string, banner: string): SheetDesc {
  const t = drawsTable(r)
  const fmts = t.columns.map((c) => format(c.unit))
  const sh = new ValueSheet(DRAWS_SHEET, title, banner, t.columns.map((c, i) => (i === 0 ? 10 : Math.min(30, Math.max(16, c.header.length * 0.6)))))
  const total = t.rows.length
  const written = Math.min(total, MAX_DRAW_ROWS)
  sh.line([text(
    `${total.toLocaleString('en-US')} draws, seed ${r.settings.seed}. Empty cell: no value in that draw (no IRR, e.g. the cash flows never change sign; no DSCR without debt service). ` +
      'Price multipliers are the mean over operating years.',
    'note'
  )])
  sh.line([text(
    written < total
      ? `Only draws 1 to ${written.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} are written here (to keep the workbook quick to open); the CSV export has every draw. The statistics on “Sensitivity (values)” use all of them.`
      : `All ${total.toLocaleString('en-US')} draws are written here.`,
    written < total ? 'banner' : 'note'
  )])
  const header = sh.line(t.columns.map((c, i) => text(`${c.header} (${fmts[i]!.unit})`, 'header')))
  sh.freeze = { rows: header, cols: 1 }
  for (let i = 0; i < written; i++) {
    const row = t.rows[i]!
    const cells: (Cell | undefined)[] = new Array(row.length)
    for (let j = 0; j < row.length; j++) {
      const x = row[j]
      // null (no value) and anything non-finite stay empty: never NaN or Infinity in the file.
      cells[j] = typeof x === 'number' && Number.isFinite(x) ? { t: 'n', v: x, style: fmts[j]!.style } : undefined
    }
    sh.line(cells)
  }
  return sh.toDesc()
}
