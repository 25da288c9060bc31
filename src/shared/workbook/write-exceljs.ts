/**
 * Turns a WorkbookDesc into .xlsx bytes with exceljs (works in Node and in a browser Worker).
 * Kept out of every module the engine imports. Only our own primitives reach exceljs: numbers,
 * strings, booleans and `{ formula }` objects built here (CVE-2026-78207: never pass parsed objects).
 * User text is always a string value, so "=HYPERLINK(…)" stays text and never becomes a formula.
 */
import ExcelJS from 'exceljs'
import type { Cell, StyleId, WorkbookDesc } from './types'

type XStyle = Partial<ExcelJS.Style>

const BLUE = 'FF0000FF'
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } }
const SOLVED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } }
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } }
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }

export const NUMBER_FORMATS = {
  money: '#,##0;[Red]-#,##0',
  quantity: '#,##0.00;[Red]-#,##0.00',
  number: '#,##0.00',
  factor: '0.000000',
  pct: '0.00%',
  ratio: '0.00"x"',
  date: 'yyyy-mm-dd',
  year: '0',
  flag: '0'
} as const

const input = (numFmt?: string): XStyle => ({ font: { color: { argb: BLUE } }, fill: INPUT_FILL, ...(numFmt ? { numFmt } : {}) })
const solved = (numFmt: string): XStyle => ({ font: { bold: true, color: { argb: 'FFC65911' } }, fill: SOLVED_FILL, numFmt })
const bold = (numFmt: string): XStyle => ({ font: { bold: true }, numFmt })

const STYLES: Record<StyleId, XStyle> = {
  title: { font: { bold: true, size: 14, color: { argb: 'FF1F4E78' } } },
  subtitle: { font: { italic: true, color: { argb: 'FF595959' } } },
  header: { font: { bold: true, color: { argb: 'FFFFFFFF' } }, fill: HEADER_FILL, numFmt: '0', alignment: { horizontal: 'right' } },
  section: { font: { bold: true, color: { argb: 'FF1F4E78' } }, fill: SECTION_FILL },
  label: {},
  unit: { font: { italic: true, color: { argb: 'FF7F7F7F' } } },
  note: { font: { italic: true, color: { argb: 'FF595959' } } },
  text: {},
  money: { numFmt: NUMBER_FORMATS.money },
  quantity: { numFmt: NUMBER_FORMATS.quantity },
  number: { numFmt: NUMBER_FORMATS.number },
  factor: { numFmt: NUMBER_FORMATS.factor },
  pct: { numFmt: NUMBER_FORMATS.pct },
  ratio: { numFmt: NUMBER_FORMATS.ratio },
  date: { numFmt: NUMBER_FORMATS.date, font: { color: { argb: 'FF1F4E78' } } },
  year: { numFmt: NUMBER_FORMATS.year },
  flag: { numFmt: NUMBER_FORMATS.flag, font: { color: { argb: 'FF7F7F7F' } } },
  check: { font: { bold: true } , alignment: { horizontal: 'center' } },
  inMoney: input(NUMBER_FORMATS.money),
  inQuantity: input('#,##0.######'),
  inNumber: input('0.######'),
  inFactor: input('0.0#########'),
  inPct: input('0.00##%'),
  inRatio: input(NUMBER_FORMATS.ratio),
  inDate: input(NUMBER_FORMATS.date),
  inYear: input('0'),
  inText: input(),
  solved: solved(NUMBER_FORMATS.money),
  solvedPct: solved('0.0000000000%'),
  solvedRatio: solved('0.0000000000"x"'),
  total: { font: { bold: true }, numFmt: NUMBER_FORMATS.money, border: { top: { style: 'thin' } } },
  metricPct: bold(NUMBER_FORMATS.pct),
  metricMoney: bold(NUMBER_FORMATS.money),
  metricRatio: bold(NUMBER_FORMATS.ratio),
  metricYears: bold('0.00')
}

const MAX_TEXT = 32_767

function valueOf(c: Cell, where: string): ExcelJS.CellValue {
  switch (c.t) {
    case 'n':
      if (!Number.isFinite(c.v)) throw new RangeError(`Cannot export: ${where} is undefined (${c.v})`)
      return c.v
    case 's':
      if (c.v.length > MAX_TEXT) throw new RangeError(`Cannot export: text in ${where} is longer than ${MAX_TEXT} characters`)
      return String(c.v)
    case 'b':
      return c.v === true
    case 'f':
      return { formula: String(c.f) } as ExcelJS.CellFormulaValue
  }
}

/** The .xlsx bytes of a workbook description. Throws RangeError("Cannot export: …") on values Excel cannot hold. */
export async function writeWorkbookXlsx(desc: WorkbookDesc, meta: { creator: string; created: Date }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.creator = meta.creator
  wb.created = meta.created
  wb.modified = meta.created
  wb.title = desc.title
  wb.calcProperties.fullCalcOnLoad = true
  for (const s of desc.sheets) {
    const ws = wb.addWorksheet(s.name, {
      views: s.freeze ? [{ state: 'frozen', xSplit: s.freeze.cols, ySplit: s.freeze.rows }] : [{}],
      properties: { tabColor: s.tabColor ? { argb: s.tabColor } : undefined, outlineLevelRow: s.groups.length ? 1 : 0 } as Partial<ExcelJS.WorksheetProperties>,
      pageSetup: { orientation: s.landscape ? 'landscape' : 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: s.freeze && s.freeze.rows > 0 ? `1:${s.freeze.rows}` : undefined }
    })
    ws.properties.outlineProperties = { summaryBelow: false, summaryRight: false }
    s.colWidths.forEach((w, i) => { ws.getColumn(i + 1).width = w })
    s.rows.forEach((row, ri) => {
      if (row.length === 0) return
      const xr = ws.getRow(ri + 1)
      row.forEach((c, ci) => {
        if (!c) return
        const xc = xr.getCell(ci + 1)
        xc.value = valueOf(c, `${s.name}!R${ri + 1}C${ci + 1}`)
        if (c.style) xc.style = STYLES[c.style] as ExcelJS.Style
      })
    })
    for (const g of s.groups) for (let r = g.from; r <= g.to; r++) ws.getRow(r).outlineLevel = 1
  }
  for (const n of desc.names) wb.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!${n.ref}`, n.name)
  const buf = await wb.xlsx.writeBuffer()
  return new Uint8Array(buf as ArrayBuffer)
}
