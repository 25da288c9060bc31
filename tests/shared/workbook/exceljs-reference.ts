/**
 * The exceljs writer the app used until the direct writer (src/shared/workbook/write-xlsx.ts), kept
 * as the reference it is compared with cell by cell: exceljs's output has been opened in Excel by
 * many users, so what it wrote is what the direct writer must mean. Formulas are written without
 * cached values and `fullCalcOnLoad` is set, so Excel and LibreOffice compute everything on open. Text is always a plain string value (never a
 * formula); numbers must be finite (else "Cannot export: …"). Only our own primitives and the style
 * objects built below reach exceljs — never objects from parsed input (exceljs ≤ 4.4.0 deep-merges
 * note objects, CVE-2026-78207) — and no notes are written at all.
 */
import ExcelJS from 'exceljs'
import { colLetter } from '../../../src/shared/workbook/a1'
import type { Cell, SheetDesc, StyleId, WorkbookDesc } from '../../../src/shared/workbook/types'
import { GRADE_FILLS, STYLES, type StyleDef } from '../../../src/shared/workbook/xlsx/styles'
import { sheetLayout } from '../../../src/shared/workbook/xlsx/print-layout'

/**
 * Numeric input cells refuse text, so a typo in the exported model shows a message instead of
 * #VALUE! spreading through every sheet. Years must be whole; the bounds only exclude nonsense.
 */
const NUMERIC_INPUTS: ReadonlySet<StyleId> = new Set<StyleId>(['inMoney', 'inTolerance', 'inQuantity', 'inNumber', 'inFactor', 'inPct', 'inRatio', 'inDate'])
const MAX_TEXT = 32_767
const BOUND = 1e15

/**
 * exceljs style objects, one per StyleId, built afresh for each workbook and shared by every cell
 * of that style: exceljs caches the style id per object (WeakMap), so 200k cells cost one lookup each.
 */
function styleObjects(): Record<StyleId, Partial<ExcelJS.Style>> {
  const out = {} as Record<StyleId, Partial<ExcelJS.Style>>
  for (const [id, d] of Object.entries(STYLES) as [StyleId, StyleDef][]) {
    const s: Partial<ExcelJS.Style> = {}
    if (d.font) {
      const f: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: d.font.size ?? 11 }
      if (d.font.bold) f.bold = true
      if (d.font.italic) f.italic = true
      if (d.font.color) f.color = { argb: d.font.color }
      s.font = f
    }
    if (d.fill) s.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: d.fill } }
    if (d.numFmt) s.numFmt = d.numFmt
    if (d.topBorder) s.border = { top: { style: 'thin' } }
    if (d.align) s.alignment = { horizontal: d.align }
    out[id] = s
  }
  return out
}

// Lone surrogates and U+FFFE/U+FFFF are not XML characters (Excel would repair the file); C0 controls are dropped by exceljs.
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g

/** `shared`: null for a plain formula, the master's range for a shared master, its address for a clone. */
type Sharing = { role: 'master'; ref: string } | { role: 'clone'; master: string } | null

const xmlText = (v: string): string => String(v).replace(NOT_XML, '\uFFFD')

function cellValue(c: Cell, sheet: string, row: number, col: number, sharing: Sharing): ExcelJS.CellValue {
  switch (c.t) {
    case 'n':
      if (typeof c.v !== 'number' || !Number.isFinite(c.v)) throw new RangeError(`Cannot export: ${sheet}!${colLetter(col)}${row} is undefined (${String(c.v)})`)
      return c.v
    case 's': {
      const v = String(c.v)
      if (v.length > MAX_TEXT) throw new RangeError(`Cannot export: text in ${sheet}!${colLetter(col)}${row} is longer than ${MAX_TEXT} characters`)
      return xmlText(v)
    }
    case 'b':
      return c.v === true
    case 'blank':
      return null
    case 'f':
      // Shared formulas: one pattern per calculation row, stored once (smaller file, faster write).
      // The master carries its range, so exceljs need not grow it address by address.
      if (sharing?.role === 'clone') return { sharedFormula: sharing.master } as ExcelJS.CellSharedFormulaValue
      if (sharing?.role === 'master') return { formula: String(c.f), shareType: 'shared', ref: sharing.ref } as ExcelJS.CellFormulaValue
      return { formula: String(c.f) } as ExcelJS.CellFormulaValue
  }
}

/** Page header and footer text: `&` starts a code in Excel's header language, so a literal one is doubled. */
const headerText = (v: string): string => xmlText(v).replace(/&/g, '&&').slice(0, 120)

function addSheet(wb: ExcelJS.Workbook, s: SheetDesc, styles: Record<StyleId, Partial<ExcelJS.Style>>, title: string): void {
  // The print layout is the writer's own (print-layout.ts): this reference checks the cells and
  // styles exceljs writes, not a second copy of the layout rules.
  const layout = sheetLayout(s)
  const f = layout.freeze
  const timeline = f !== undefined && f.cols > 0
  const { widths } = layout
  const fits = layout.print.fit
  const ws = wb.addWorksheet(s.name, {
    properties: {
      ...(s.tabColor ? { tabColor: { argb: s.tabColor } } : {}),
      outlineLevelRow: s.groups.length ? 1 : 0,
      outlineProperties: { summaryBelow: false, summaryRight: false }
    },
    views: f ? [{ state: 'frozen', xSplit: f.cols, ySplit: f.rows }] : [{}],
    pageSetup: {
      paperSize: 9,
      orientation: s.landscape ? 'landscape' : 'portrait',
      // Calculation sheets print a band of about ten periods per page, labels and headers repeated
      // (fitting 30 years of months to a page would be unreadable); the short sheets print one page wide.
      ...(layout.print.fit ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: layout.print.scale }),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      // exceljs puts a "$" before each corner, so "A$1" becomes "$A$1": an absolute area (a relative row
      // would move with the active cell in Excel, and LibreOffice then ignores the area and fits the overflow).
      ...(layout.printArea ? { printArea: layout.printArea.replace(/\$(?=[A-Z])/g, '') } : {}),
      ...(f && f.rows > 0 ? { printTitlesRow: `1:${f.rows}` } : {}),
      ...(f && f.cols > 0 ? { printTitlesColumn: `A:${colLetter(f.cols)}` } : !timeline && !fits ? { printTitlesColumn: 'A:B' } : {})
    },
    // Every printed page says whose model, which sheet, and which page of how many.
    headerFooter: {
      oddHeader: `&L&"Calibri,Bold"${headerText(title)}&R&A`,
      oddFooter: '&LBankable model&CPage &P of &N&R&A'
    }
  })
  widths.forEach((w, i) => { ws.getColumn(i + 1).width = w })
  for (const ref of s.gradeRanges ?? []) {
    ws.addConditionalFormatting({ ref, rules: GRADE_FILLS.map(([text, fill, font], i) => ({
      type: 'cellIs', operator: 'equal', formulae: [`"${text}"`], priority: i + 1,
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } }, font: { bold: true, color: { argb: font } } }
    })) })
  }
  const grouped = new Set<number>()
  for (const g of s.groups) for (let r = g.from; r <= g.to; r++) grouped.add(r)
  for (let ri = 0; ri < s.rows.length; ri++) {
    const cells = s.rows[ri]
    if (!cells || cells.length === 0) continue
    const row = ws.getRow(ri + 1)
    if (grouped.has(ri + 1)) row.outlineLevel = 1
    const wrapLines = layout.wrapRows.get(ri + 1)
    if (wrapLines !== undefined) row.height = 15 * wrapLines
    let master: string | null = null
    let left = 0
    for (let ci = 0; ci < cells.length; ci++) {
      const c = cells[ci]
      if (!c) continue
      const cell = row.getCell(ci + 1)
      let sharing: Sharing = null
      if (c.t === 'f' && c.shared && c.shared.count > 1) {
        if (c.shared.master && sharedRunOk(cells, ci, c.shared.count)) {
          master = `${colLetter(ci + 1)}${ri + 1}`
          left = c.shared.count - 1
          sharing = { role: 'master', ref: `${master}:${colLetter(ci + c.shared.count)}${ri + 1}` }
        } else if (!c.shared.master && master !== null && left > 0) {
          sharing = { role: 'clone', master }
          left--
        }
      }
      cell.value = cellValue(c, s.name, ri + 1, ci + 1, sharing)
      if (c.style) {
        cell.style = styles[c.style]
        if (NUMERIC_INPUTS.has(c.style) || c.style === 'inYear') cell.dataValidation = numericValidation(c.style === 'inYear', c.blankOk === true)
      }
      if (c.choices) cell.dataValidation = choiceValidation(c.choices)
      if (c.choicesFrom) cell.dataValidation = { type: 'list', allowBlank: false, formulae: [c.choicesFrom], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Choose from the list', error: `One of the values of ${c.choicesFrom}.` }
      // A style of its own: exceljs's alignment setter writes into the (shared) style object, which
      // the app's writer once did, wrapping every label of the workbook after the first long one.
      if (ci === 0 && wrapLines !== undefined) cell.style = { ...cell.style, alignment: { wrapText: true } }
    }
  }
  highlightChecks(ws, s)
}

/** TRUE green, FALSE red on every check cell (the Checks sheet), as conditional formats. */
function highlightChecks(ws: ExcelJS.Worksheet, s: SheetDesc): void {
  const refs: string[] = []
  s.rows.forEach((cells, ri) => cells?.forEach((c, ci) => { if (c?.style === 'check') refs.push(`${colLetter(ci + 1)}${ri + 1}`) }))
  if (refs.length === 0) return
  const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', bgColor: { argb } })
  ws.addConditionalFormatting({
    ref: refs.join(' '),
    rules: [
      { type: 'cellIs', operator: 'equal', formulae: ['TRUE'], priority: 1, style: { fill: fill('FFC6EFCE'), font: { color: { argb: 'FF006100' } } } },
      { type: 'cellIs', operator: 'equal', formulae: ['FALSE'], priority: 2, style: { fill: fill('FFFFC7CE'), font: { color: { argb: 'FF9C0006' } } } }
    ]
  })
}

/** A shared run is written as such only when the following `count - 1` cells really are its clones. */
function sharedRunOk(cells: (Cell | undefined)[], from: number, count: number): boolean {
  for (let i = from + 1; i < from + count; i++) {
    const c = cells[i]
    if (!c || c.t !== 'f' || !c.shared || c.shared.master) return false
  }
  return true
}

function numericValidation(whole: boolean, allowBlank: boolean): ExcelJS.DataValidation {
  return whole
    ? { type: 'whole', operator: 'between', allowBlank, formulae: [1900, 9999], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Year expected', error: 'Enter a calendar year (1900 to 9999).' }
    : { type: 'decimal', operator: 'between', allowBlank, formulae: [-BOUND, BOUND], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Number expected', error: allowBlank ? 'This input must be a number, or blank for none.' : 'This input must be a number.' }
}

/** A drop-down of our own fixed words (never user text: a comma or quote would break the list). */
function choiceValidation(choices: readonly string[]): ExcelJS.DataValidation {
  if (choices.some((x) => !/^[A-Za-z0-9 ]+$/.test(x))) throw new Error(`choice list must be plain words: ${choices.join('|')}`)
  return { type: 'list', allowBlank: false, formulae: [`"${choices.join(',')}"`], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Choose from the list', error: `One of: ${choices.join(', ')}.` }
}

/** The .xlsx bytes of a workbook description. Throws RangeError("Cannot export: …") on values Excel cannot hold. */
export async function writeWorkbookXlsxExceljs(desc: WorkbookDesc, meta: { creator: string; created: Date }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.creator = xmlText(meta.creator)
  wb.lastModifiedBy = xmlText(meta.creator)
  wb.created = meta.created
  wb.modified = meta.created
  // The title carries the project name (user text): a plain string, cleaned like every cell text.
  wb.title = xmlText(desc.title)
  wb.calcProperties.fullCalcOnLoad = true
  const styles = styleObjects()
  for (const s of desc.sheets) addSheet(wb, s, styles, desc.title)
  for (const n of desc.names) wb.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!${n.ref}`, n.name)
  // Deflate level 3 rather than 6: a third less CPU on a 30-year monthly model (0.85 s vs 1.2 s for the
  // whole write) for a file about 14 % larger (0.67 MB vs 0.59 MB); measured with bench/export.ts.
  const raw: unknown = await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 3 } } } as Partial<ExcelJS.XlsxWriteOptions>)
  // A Node Buffer (or the browser bundle's Buffer polyfill) may view a shared pool: copy into a plain
  // Uint8Array of its own, which the Worker can transfer.
  if (raw instanceof Uint8Array) return new Uint8Array(raw)
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw.slice(0))
  throw new Error('exceljs returned no bytes')
}
