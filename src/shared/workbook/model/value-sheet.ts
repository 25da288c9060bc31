/**
 * A small builder for the analysis sheets, which hold VALUES only (no formulas, no defined names):
 * a title row, the "not linked to the model's formulas" banner, then blocks of labelled rows.
 * Numbers go in only when finite; a missing value becomes "n/a: <reason>" text (or stays empty
 * where the sheet says what an empty cell means), never NaN or Infinity.
 */
import type { PlainMetric } from '@shared/analysis/plain'
import type { Cell, SheetDesc, StyleId } from '../types'

export class ValueSheet {
  private readonly rows: (Cell | undefined)[][] = []
  /** Next free row (1-based). */
  next = 1
  freeze: { rows: number; cols: number } | undefined

  constructor(readonly name: string, title: string, banner: string, public colWidths: number[]) {
    this.set(1, 1, { t: 's', v: title, style: 'title' })
    this.set(2, 1, { t: 's', v: banner, style: 'banner' })
    this.next = 3
  }

  set(row: number, col: number, cell: Cell | undefined) {
    while (this.rows.length < row) this.rows.push([])
    this.rows[row - 1]![col - 1] = cell
  }

  /** Writes cells from column A on the next row and moves down. */
  line(cells: (Cell | undefined)[]): number {
    const row = this.next++
    while (this.rows.length < row) this.rows.push([])
    this.rows[row - 1] = cells
    return row
  }

  section(title: string) {
    this.next++
    this.line([text(title, 'section')])
  }

  note(s: string) {
    this.line([text(s, 'note')])
  }

  toDesc(): SheetDesc {
    return { name: this.name, rows: this.rows, colWidths: this.colWidths, freeze: this.freeze, groups: [], tabColor: 'FF7F7F7F', landscape: true }
  }
}

/** User text and labels are always plain strings (a scenario named "=1+1" stays text). */
export const text = (v: string, style: StyleId = 'text'): Cell => ({ t: 's', v: String(v), style })

/** A finite number, or `missing` (text, e.g. "n/a: …") — or an empty cell when `missing` is undefined. */
export function value(x: number | null | undefined, style: StyleId, missing?: string): Cell | undefined {
  if (typeof x === 'number' && Number.isFinite(x)) return { t: 'n', v: x, style }
  return missing === undefined ? undefined : text(missing, 'note')
}

/** An engine metric (decimal string) as a number cell, or "n/a: reason". */
export function metric(m: PlainMetric, style: StyleId): Cell {
  if (!m.ok) return text(`n/a: ${m.reason}`, 'note')
  const x = Number(m.value)
  return Number.isFinite(x) ? { t: 'n', v: x, style } : text(`n/a: ${m.value} is out of range`, 'note')
}

/** A decimal string (or null with its reason) as a number cell. */
export function decimal(v: string | null, style: StyleId, reason: string): Cell {
  return v === null ? text(`n/a: ${reason}`, 'note') : metric({ ok: true, value: v }, style)
}
