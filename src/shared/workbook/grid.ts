/**
 * Sheet builders for a FAST-style model: on timeline sheets column A is the label, B the unit,
 * C the row total (or a constant), D is left empty on purpose (the "opening" column, so a
 * previous-period reference in the first period reads 0) and E onwards is one column per period.
 * Every calculation row gets one consistent formula across the timeline.
 */
import { cellRef, colLetter, inRow, qualify } from './a1'
import type { Cell, DefinedName, SheetDesc, StyleId, WorkbookDesc } from './types'

export const FIRST_PERIOD_COL = 5
export const INPUT_VALUE_COL = 3
const HEADER_ROWS = 3

type RowLoc = { sheet: string; row: number }

/**
 * A lane is a second copy of some sheets computing the same rows under other inputs (the base case
 * behind a scenario that holds the base case's debt). Its sheets register their rows under
 * `prefix:key` and their names as `namePrefix + name`; a formula written on a lane sheet reads the
 * lane's own row or name where the lane has one, else a row of a shared sheet (Timeline, Inputs),
 * and `names` rewrites the names the lane takes differently (a scenario input → its neutral value).
 * Reading any other sheet's row from a lane is an error, so a lane can never silently mix in the
 * main model's figures.
 */
export type Lane = { prefix: string; namePrefix: string; names: Map<string, string>; shared: ReadonlySet<string> }

/**
 * Identifiers in a formula outside string literals (names, TRUE/FALSE, unqualified cell references;
 * not functions, not sheet names), each replaced by `rename`'s answer where it has one. The rule is
 * the regular expression /(?<![A-Za-z0-9_.$!])([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_(!])/g applied
 * outside "…" literals; tests/shared/workbook/grid-lane.test.ts checks the scan against it.
 */
export function renameInFormula(f: string, rename: (name: string) => string | undefined): string {
  // Most formulas hold no string literal: one scan, no split.
  if (!f.includes('"')) return renameOutsideStrings(f, rename)
  return f.split('"').map((part, i) => (i % 2 === 1 ? part : renameOutsideStrings(part, rename))).join('"')
}

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
const isIdentChar = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57)
/** Characters that may not precede an identifier (the rule's look-behind): it would be part of a number, a name or a sheet's cell. */
const glued = (c: number) => isIdentChar(c) || c === 46 || c === 36 || c === 33

/**
 * The rule as a scan of character codes: a lane sheet renames half a million formulas, and a
 * regular expression calling back per identifier was most of a large export's build time. An
 * identifier is a maximal run [A-Za-z_][A-Za-z0-9_]* not glued to what precedes it and not
 * followed by "(" (a function) or "!" (a sheet).
 */
function renameOutsideStrings(f: string, rename: (name: string) => string | undefined): string {
  let out = ''
  let last = 0
  let i = 0
  const n = f.length
  while (i < n) {
    if (!isIdentStart(f.charCodeAt(i)) || (i > 0 && glued(f.charCodeAt(i - 1)))) { i++; continue }
    let j = i + 1
    while (j < n && isIdentChar(f.charCodeAt(j))) j++
    const next = j < n ? f.charCodeAt(j) : -1
    if (next !== 40 && next !== 33) {
      const name = f.slice(i, j)
      const to = rename(name)
      if (to !== undefined && to !== name) {
        out += f.slice(last, i) + to
        last = j
      }
    }
    i = j
  }
  return last === 0 ? f : out + f.slice(last)
}

export type PeriodCtx = {
  /** 1-based period index of the column being written. */
  k: number
  /** This row's or another row's cell in the same period column. */
  at(key: string): string
  /** The same row one period earlier (column D, empty, in the first period). */
  prev(key: string): string
  /** The same row one period later (the empty column after the last period reads 0): backward recursions. */
  next(key: string): string
  /** The whole timeline of a row, absolute (for SUM, IRR, INDEX). */
  span(key: string): string
  /**
   * A row from the first period through this column ($H62:K62): an INDEX into earlier periods that must
   * not depend on later ones. A whole-row range is a dependency on every period, so a later period that
   * reads this one (through a sweep's balance, say) would close a circular reference.
   */
  spanTo(key: string): string
}

export class Book {
  readonly sheets: SheetBuilder[] = []
  readonly names: DefinedName[] = []
  private readonly rowsByKey = new Map<string, RowLoc>()
  /** Defined names are case-insensitive in Excel: keyed by upper case, to the range each names. */
  private readonly refByName = new Map<string, string>()
  /** Upper-cased defined name → the sheet it is on. */
  private readonly sheetByName = new Map<string, string>()
  /** The lane whose sheets are being written or resolved (null: the main model). */
  lane: Lane | null = null
  /** Row lookups per lane while `toDesc` resolves the formulas (null while rows are still being added). */
  private resolved: Map<Lane | null, Map<string, RowLoc>> | null = null

  constructor(readonly title: string, readonly periods: number) {}

  addSheet(name: string, timeline: boolean): SheetBuilder {
    const s = new SheetBuilder(this, name, timeline)
    this.sheets.push(s)
    return s
  }

  /** Runs `write` with `lane` active: sheets it adds belong to the lane. */
  inLane<T>(lane: Lane, write: () => T): T {
    const before = this.lane
    this.lane = lane
    try { return write() } finally { this.lane = before }
  }

  registerRow(key: string, loc: RowLoc) {
    const k = this.lane ? `${this.lane.prefix}:${key}` : key
    if (this.rowsByKey.has(k)) throw new Error(`row key used twice: ${k}`)
    this.rowsByKey.set(k, loc)
  }

  row(key: string): RowLoc {
    const lane = this.lane
    // While formulas resolve every row is registered, so an answer never changes: memoised per lane (a
    // lane's keys are built strings, hashed afresh on every lookup — most of a large export's lookups).
    const memo = this.resolved?.get(lane)
    const hit = memo?.get(key)
    if (hit) return hit
    const loc = this.lookUpRow(lane, key)
    memo?.set(key, loc)
    return loc
  }

  private lookUpRow(lane: Lane | null, key: string): RowLoc {
    if (lane) {
      const own = this.rowsByKey.get(`${lane.prefix}:${key}`)
      if (own) return own
    }
    const r = this.rowsByKey.get(key)
    if (!r) throw new Error(`unknown row key: ${key}`)
    if (lane && !lane.shared.has(r.sheet)) throw new Error(`lane ${lane.prefix} reads row ${key} of the main model's sheet ${r.sheet}`)
    return r
  }

  hasRow(key: string) { return this.rowsByKey.has(key) }

  /** Where every keyed row lives (tests read values back by key). */
  rowMap(): Record<string, RowLoc> {
    return Object.fromEntries(this.rowsByKey)
  }

  addName(plain: string, sheet: string, ref: string) {
    const lane = this.lane
    const name = lane ? `${lane.namePrefix}${plain}` : plain
    if (lane) lane.names.set(plain, name)
    // Names that start like a cell (A1, XFD9…) or R1C1 references are refused by Excel.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d/.test(name) || /^[RC]\d*$/i.test(name) || /^(TRUE|FALSE)$/i.test(name))
      throw new Error(`unsafe defined name ${name}`)
    const up = name.toUpperCase()
    if (this.refByName.has(up)) throw new Error(`defined name used twice: ${name}`)
    this.refByName.set(up, ref)
    this.sheetByName.set(up, sheet)
    this.names.push({ name, sheet, ref })
  }

  /** The sheet a defined name is on (undefined: not a defined name, e.g. a function or a cell). */
  sheetOfName(name: string): string | undefined {
    return this.sheetByName.get(name.toUpperCase())
  }

  /** The n-th cell of a named one-row list (see `inRow`); a one-cell list is its own n-th cell. */
  nth(name: string, n: string | number): string {
    const ref = this.refByName.get((this.lane?.names.get(name) ?? name).toUpperCase())
    if (ref === undefined) throw new Error(`no defined name ${name} yet`)
    // Gnumeric answers #REF! for INDEX over a single cell, whatever the arguments.
    return ref.includes(':') ? inRow(name, n) : name
  }

  /** Where a row is as seen from `fromSheet`: the sheet qualifier ("" on the same sheet) and the row number. */
  locate(key: string, fromSheet: string): { qualifier: string; row: number } {
    const loc = this.row(key)
    return { qualifier: loc.sheet === fromSheet ? '' : qualify(loc.sheet, ''), row: loc.row }
  }

  /** Reference to a row's cell in a given column, qualified when on another sheet. */
  refAt(key: string, col: number, fromSheet: string, absolute = false): string {
    const loc = this.row(key)
    const ref = absolute ? cellRef(loc.row, col, true) : `${colLetter(col)}${loc.row}`
    return loc.sheet === fromSheet ? ref : qualify(loc.sheet, ref)
  }

  spanOf(key: string, fromSheet: string): string {
    const loc = this.row(key)
    const ref = `${cellRef(loc.row, FIRST_PERIOD_COL, true)}:${cellRef(loc.row, FIRST_PERIOD_COL + this.periods - 1, true)}`
    return loc.sheet === fromSheet ? ref : qualify(loc.sheet, ref)
  }

  /** A row's first period through column `col` (the first cell absolute, the last relative). */
  spanToOf(key: string, col: number, fromSheet: string): string {
    const loc = this.row(key)
    const ref = `${cellRef(loc.row, FIRST_PERIOD_COL, true)}:${colLetter(col)}${loc.row}`
    return loc.sheet === fromSheet ? ref : qualify(loc.sheet, ref)
  }

  /**
   * The construction columns of a row only. Sums over construction (IDC, fees) must not cover
   * operating columns: a range is a dependency even where a flag zeroes it, and Excel would see
   * a circular reference through tax → interest → balance.
   */
  constructionSpanOf(key: string, fromSheet: string, constructionPeriods: number): string {
    const loc = this.row(key)
    const ref = `${cellRef(loc.row, FIRST_PERIOD_COL, true)}:${cellRef(loc.row, FIRST_PERIOD_COL + constructionPeriods - 1, true)}`
    return loc.sheet === fromSheet ? ref : qualify(loc.sheet, ref)
  }

  /** The total column (C) of a row, absolute. */
  totalOf(key: string, fromSheet: string): string {
    return this.refAt(key, INPUT_VALUE_COL, fromSheet, true)
  }

  lastPeriodCol() { return FIRST_PERIOD_COL + this.periods - 1 }

  toDesc(): WorkbookDesc {
    // Formulas are generated last so a row may refer to rows defined on later sheets.
    this.resolved = new Map()
    for (const s of this.sheets) {
      this.lane = s.lane
      if (!this.resolved.has(s.lane)) this.resolved.set(s.lane, new Map())
      try { s.resolve() } finally { this.lane = null }
    }
    this.resolved = null
    return { title: this.title, sheets: this.sheets.map((s) => s.toDesc()), names: this.names }
  }
}

/**
 * `through`: write the formula in the first `through` period columns only (the rest stay empty and read
 * as 0) — for a solver block's construction funding, which nothing after COD draws: in a 30-year monthly
 * model it saves the sheet hundreds of thousands of cells that could only ever be zero.
 */
export type CalcOptions = { total?: 'sum' | 'none'; style?: StyleId; totalStyle?: StyleId; through?: number }

export class SheetBuilder {
  private readonly rows: (Cell | undefined)[][] = []
  private readonly groups: { from: number; to: number }[] = []
  private groupStart: number | null = null
  private readonly pending: (() => void)[] = []
  next = 1
  colWidths: number[] = []
  freeze: { rows: number; cols: number } | undefined
  landscape = true
  tabColor: string | undefined
  readonly gradeRanges: string[] = []
  /** The lane this sheet belongs to (see `Lane`), fixed when the sheet is added. */
  readonly lane: Lane | null

  constructor(readonly book: Book, readonly name: string, readonly timeline: boolean) {
    this.lane = book.lane
    if (timeline) {
      this.colWidths = [62, 11, 16, 3, ...Array.from({ length: book.periods }, () => 13)]
      this.freeze = { rows: HEADER_ROWS, cols: FIRST_PERIOD_COL - 1 }
    } else this.colWidths = [46, 14, 16, 14]
  }

  set(row: number, col: number, cell: Cell) {
    while (this.rows.length < row) this.rows.push([])
    this.rows[row - 1]![col - 1] = cell
  }

  /** Title in A1 and, on timeline sheets, the period and date header rows from the Timeline sheet. */
  header(title: string, subtitle: string) {
    this.set(1, 1, { t: 's', v: title, style: 'title' })
    // Timeline sheets carry the period header in row 2, so their subtitle sits beside the short title.
    if (this.timeline) this.set(1, 2, { t: 's', v: subtitle, style: 'subtitle' })
    else this.set(2, 1, { t: 's', v: subtitle, style: 'subtitle' })
    if (this.timeline && this.book.hasRow('period')) {
      this.set(2, 1, { t: 's', v: 'Period', style: 'header' })
      this.set(3, 1, { t: 's', v: 'Period start', style: 'header' })
      for (const c of [2, 3, 4]) { this.set(2, c, { t: 's', v: '', style: 'header' }); this.set(3, c, { t: 's', v: '', style: 'header' }) }
      for (let k = 1; k <= this.book.periods; k++) {
        const col = FIRST_PERIOD_COL + k - 1
        const shared = { master: k === 1, count: this.book.periods }
        this.set(2, col, { t: 'f', f: this.book.refAt('period', col, this.name), style: 'header', shared })
        this.set(3, col, { t: 'f', f: this.book.refAt('start', col, this.name), style: 'date', shared })
      }
    }
    this.next = this.timeline ? HEADER_ROWS + 2 : 3
  }

  section(title: string) {
    if (this.groupStart !== null) this.endGroup()
    this.next++
    this.set(this.next, 1, { t: 's', v: title, style: 'section' })
    this.next++
    this.groupStart = this.next
  }

  endGroup() {
    if (this.groupStart !== null && this.next - 1 >= this.groupStart) this.groups.push({ from: this.groupStart, to: this.next - 1 })
    this.groupStart = null
  }

  note(text: string) {
    this.set(this.next, 1, { t: 's', v: text, style: 'note' })
    this.next++
  }

  /** A per-period calculation row: one formula pattern across the timeline, optional total in C. */
  calc(key: string, label: string, unit: string, formula: (c: PeriodCtx) => string, opt: CalcOptions = {}): number {
    const row = this.next++
    this.book.registerRow(key, { sheet: this.name, row })
    this.set(row, 1, { t: 's', v: label, style: 'label' })
    this.set(row, 2, { t: 's', v: unit, style: 'unit' })
    const style = opt.style ?? 'money'
    if (opt.total === 'sum')
      this.set(row, 3, { t: 'f', f: `SUM(${this.book.spanOf(key, this.name)})`, style: opt.totalStyle ?? 'total' })
    const through = Math.min(opt.through ?? this.book.periods, this.book.periods)
    this.pending.push(() => {
      // One context per row, moved across the columns: a 30-year monthly model writes a million formulas,
      // and four closures per cell were most of the export's build time (and its garbage).
      const book = this.book
      const sheet = this.name
      let col = FIRST_PERIOD_COL
      // Each row this one reads is located once, not once per period (a million lookups on the large model).
      const seen = new Map<string, { qualifier: string; row: number }>()
      const at = (x: string, c: number) => {
        let loc = seen.get(x)
        if (loc === undefined) seen.set(x, (loc = book.locate(x, sheet)))
        return loc.qualifier + colLetter(c) + loc.row
      }
      const spans = new Map<string, string>()
      const ctx: PeriodCtx = {
        k: 1,
        at: (x) => at(x, col),
        prev: (x) => at(x, col - 1),
        next: (x) => at(x, col + 1),
        span: (x) => {
          let span = spans.get(x)
          if (span === undefined) spans.set(x, (span = book.spanOf(x, sheet)))
          return span
        },
        spanTo: (x) => book.spanToOf(x, col, sheet)
      }
      const master = { master: true, count: through }
      const clone = { master: false, count: through }
      for (let k = 1; k <= through; k++) {
        col = FIRST_PERIOD_COL + k - 1
        ctx.k = k
        this.set(row, col, { t: 'f', f: formula(ctx), style, shared: k === 1 ? master : clone })
      }
    })
    return row
  }

  /** A single value in column C (metrics, checks, inputs), optionally named. */
  scalar(key: string | null, label: string, unit: string, content: Cell | (() => Cell), name?: string, note?: string): number {
    const row = this.next++
    if (key) this.book.registerRow(key, { sheet: this.name, row })
    this.set(row, 1, { t: 's', v: label, style: 'label' })
    this.set(row, 2, { t: 's', v: unit, style: 'unit' })
    if (typeof content === 'function') this.pending.push(() => this.set(row, INPUT_VALUE_COL, content()))
    else this.set(row, INPUT_VALUE_COL, content)
    if (note !== undefined) this.set(row, INPUT_VALUE_COL + 1, { t: 's', v: note, style: 'note' })
    if (name) this.book.addName(name, this.name, cellRef(row, INPUT_VALUE_COL, true))
    return row
  }

  /** A horizontal list of values starting in column C, named as one range. */
  list(name: string, label: string, unit: string, cells: Cell[], note?: string): number {
    if (cells.length === 0) throw new Error(`empty list ${name}`)
    const row = this.next++
    this.set(row, 1, { t: 's', v: label, style: 'label' })
    this.set(row, 2, { t: 's', v: unit, style: 'unit' })
    cells.forEach((c, i) => this.set(row, INPUT_VALUE_COL + i, c))
    if (note !== undefined) this.set(row, INPUT_VALUE_COL + cells.length, { t: 's', v: note, style: 'note' })
    const first = cellRef(row, INPUT_VALUE_COL, true)
    this.book.addName(name, this.name, cells.length === 1 ? first : `${first}:${cellRef(row, INPUT_VALUE_COL + cells.length - 1, true)}`)
    const need = INPUT_VALUE_COL + cells.length
    while (this.colWidths.length < need) this.colWidths.push(12)
    return row
  }

  /**
   * A vertical list in column C, one value a row, named as one range: for lookup lists (MATCH) that
   * would make a sheet too wide to print if laid out across.
   */
  listDown(name: string, label: string, unit: string, cells: Cell[], note?: string): number {
    if (cells.length === 0) throw new Error(`empty list ${name}`)
    const first = this.next
    cells.forEach((c, i) => {
      const row = this.next++
      this.set(row, 1, { t: 's', v: i === 0 ? label : '', style: 'label' })
      this.set(row, 2, { t: 's', v: unit, style: 'unit' })
      this.set(row, INPUT_VALUE_COL, c)
    })
    if (note !== undefined) this.set(first, INPUT_VALUE_COL + 1, { t: 's', v: note, style: 'note' })
    this.book.addName(name, this.name, cells.length === 1 ? cellRef(first, INPUT_VALUE_COL, true) : `${cellRef(first, INPUT_VALUE_COL, true)}:${cellRef(this.next - 1, INPUT_VALUE_COL, true)}`)
    return first
  }

  /** A cell whose formula is generated with the others, after all rows exist. */
  pendingCell(row: number, col: number, make: () => Cell) {
    this.pending.push(() => this.set(row, col, make()))
  }

  resolve() {
    for (const f of this.pending.splice(0)) f()
  }

  /** Reference from this sheet to a row's cell in column C (totals, scalars). */
  c(key: string): string {
    return this.book.totalOf(key, this.name)
  }

  toDesc(): SheetDesc {
    this.endGroup()
    // A lane's formulas read its own names (every name is known by now: formulas may precede the name's sheet).
    const lane = this.lane
    // A name of a main-model sheet would mix the main model's figure into the lane: refused, as rows are.
    const rename = (lane: Lane) => {
      // A lane sheet's formulas repeat the same few names in every period: each identifier is looked up once.
      const seen = new Map<string, string | null>()
      return (n: string): string | undefined => {
        const hit = seen.get(n)
        if (hit !== undefined) return hit ?? undefined
        const own = lane.names.get(n)
        if (own === undefined) {
          const at = this.book.sheetOfName(n)
          if (at !== undefined && !lane.shared.has(at)) throw new Error(`lane ${lane.prefix} reads the name ${n} of the main model's sheet ${at}`)
        }
        seen.set(n, own ?? null)
        return own
      }
    }
    const renameLane = lane ? rename(lane) : null
    // Only a formula the lane renames becomes a new cell; the rest are shared with the builder.
    const renamed = (c: Cell | undefined): Cell | undefined => {
      if (c?.t !== 'f' || !renameLane) return c
      const f = renameInFormula(c.f, renameLane)
      return f === c.f ? c : { ...c, f }
    }
    const rows = renameLane ? this.rows.map((r) => r.map(renamed)) : this.rows
    return {
      name: this.name,
      rows,
      colWidths: this.colWidths,
      freeze: this.freeze,
      groups: this.groups,
      tabColor: this.tabColor,
      landscape: this.landscape,
      ...(this.gradeRanges.length ? { gradeRanges: [...this.gradeRanges] } : {})
    }
  }
}
