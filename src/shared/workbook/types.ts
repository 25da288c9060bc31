/**
 * A plain description of a workbook: sheets, cells, formulas, styles and names. It knows nothing of
 * any writer library, so the builder stays pure and testable; `write-xlsx.ts` turns it into bytes.
 * Only our own primitives ever go in here (never objects from parsed input).
 */

/** Named cell styles; the writer maps each to font, fill and number format. */
export type StyleId =
  | 'title' | 'subtitle' | 'header' | 'section' | 'label' | 'unit' | 'note' | 'text'
  | 'money' | 'quantity' | 'number' | 'factor' | 'pct' | 'ratio' | 'date' | 'year' | 'flag' | 'check' | 'checkCopy'
  | 'inMoney' | 'inTolerance' | 'inQuantity' | 'inNumber' | 'inFactor' | 'inPct' | 'inRatio' | 'inDate' | 'inYear' | 'inText' | 'inChoice'
  | 'solved' | 'solvedPct' | 'solvedRatio' | 'total' | 'metricPct' | 'metricMoney' | 'metricRatio' | 'metricYears'
  /** Amounts in the display unit (crore, million…): two decimals, as lenders quote them. */
  | 'display' | 'displayTotal' | 'metricDisplay'
  /** Analysis value sheets: the "values, not formulas" banner, price multipliers (×) and counts. */
  | 'banner' | 'multiplier' | 'count'
  /** A covenant grade (green/amber/red/n/a as text), coloured by conditional formatting. */
  | 'grade'

export type CellContent =
  | { t: 'n'; v: number }
  | { t: 's'; v: string }
  | { t: 'b'; v: boolean }
  /** An empty cell that still carries its style: an optional input left blank (a floor or cap of "none"). */
  | { t: 'blank' }
  /**
   * A formula without the leading "=", written with no cached result. `shared` marks a calculation
   * row whose formula is the same pattern in every period (relative references shift by one column):
   * the first cell is the master of `shared` cells, the writer stores it once as an Excel shared formula.
   */
  | { t: 'f'; f: string; shared?: { master: boolean; count: number } }

/**
 * `choices`: the only values an input accepts (a drop-down list in Excel and LibreOffice).
 * `choicesFrom`: the same, from the values of a defined name (a list of labels that are not plain words).
 * `blankOk`: an input the reader may clear (blank = none); its validation then accepts an empty cell.
 */
export type Cell = CellContent & { style?: StyleId; choices?: readonly string[]; choicesFrom?: string; blankOk?: boolean }

export type SheetDesc = {
  name: string
  /** rows[r][c] is the cell at row r+1, column c+1. */
  rows: (Cell | undefined)[][]
  /** Width per column (characters), 1-based column = index + 1. */
  colWidths: number[]
  /** Rows above and columns left of the split stay visible. */
  freeze?: { rows: number; cols: number }
  /** Outline groups (1-based inclusive rows) so a reader can fold blocks. */
  groups: { from: number; to: number }[]
  tabColor?: string
  landscape: boolean
  /** Ranges (A1, this sheet) of grade cells: filled green/amber/red by conditional formatting on their text. */
  gradeRanges?: string[]
}

/** A workbook-scoped defined name pointing at a cell or a range on one sheet. */
export type DefinedName = { name: string; sheet: string; ref: string }

export type WorkbookDesc = {
  title: string
  sheets: SheetDesc[]
  names: DefinedName[]
}
