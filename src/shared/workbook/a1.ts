/** A1-reference helpers. Columns and rows are 1-based, as Excel counts them. */

const LETTERS: string[] = []

export function colLetter(col: number): string {
  const hit = LETTERS[col]
  if (hit !== undefined) return hit
  if (!Number.isInteger(col) || col < 1 || col > 16384) throw new RangeError(`column out of range: ${col}`)
  let n = col
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  LETTERS[col] = s
  return s
}

export function colIndex(letters: string): number {
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

export const cellRef = (row: number, col: number, abs = false): string =>
  abs ? `$${colLetter(col)}$${row}` : `${colLetter(col)}${row}`

const QUOTED = new Map<string, string>()

/** Sheet-qualified reference; the sheet name is always quoted so spaces never matter. */
export const qualify = (sheet: string, ref: string): string => {
  // A model writes a million references to a few dozen sheets: quote each name once.
  let q = QUOTED.get(sheet)
  if (q === undefined) QUOTED.set(sheet, (q = `'${sheet.replace(/'/g, "''")}'!`))
  return q + ref
}

/** Excel serial (1900 system, with its fictitious 1900-02-29) of a YYYY-MM-DD calendar date. */
export function dateToSerial(isoDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`)
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86_400_000)
}

/** Inverse of dateToSerial for serials after 1900-02-28 (the only ones the model writes). */
export function serialToDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000)
  return d.toISOString().slice(0, 10)
}

/**
 * The n-th cell of a one-row range, as every spreadsheet reads it. One-argument INDEX over a row is
 * an Excel/LibreOffice convenience; Gnumeric takes the lone argument as the row and answers #REF!,
 * so the model always names the row (1) and the column.
 */
export function inRow(range: string, n: string | number): string {
  return `INDEX(${range},1,${n})`
}
