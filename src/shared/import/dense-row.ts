/**
 * A CSV row as a dense array behind the read-only Map interface the table parser uses. A Map per
 * row cost ~40 bytes per cell; 10M tiny cells of a 20 MB CSV made that most of the peak memory.
 * Column numbers are 1-based like the .xlsx reader's; empty cells are holes (not stored).
 */
import type { RawCell } from './xlsx-reader'

export class DenseRow implements ReadonlyMap<number, RawCell> {
  private readonly cells: (RawCell | undefined)[] = []
  private count = 0

  set(col: number, cell: RawCell): void {
    if (this.cells[col - 1] === undefined) this.count++
    // Fill holes with undefined so the array stays packed (V8 keeps it a plain element store).
    while (this.cells.length < col - 1) this.cells.push(undefined)
    this.cells[col - 1] = cell
  }
  get size(): number { return this.count }
  get(col: number): RawCell | undefined { return this.cells[col - 1] }
  has(col: number): boolean { return this.cells[col - 1] !== undefined }
  *entries(): MapIterator<[number, RawCell]> {
    for (let i = 0; i < this.cells.length; i++) { const c = this.cells[i]; if (c !== undefined) yield [i + 1, c] }
  }
  *keys(): MapIterator<number> { for (const [k] of this.entries()) yield k }
  *values(): MapIterator<RawCell> { for (const [, v] of this.entries()) yield v }
  [Symbol.iterator](): MapIterator<[number, RawCell]> { return this.entries() }
  forEach(fn: (value: RawCell, key: number, map: ReadonlyMap<number, RawCell>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this)
  }
}
