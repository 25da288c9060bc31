/**
 * Presentation a lender accepts (issue #13), read back from the written file and as LibreOffice shows
 * it: number formats that show the value (a 0.01 tolerance is not "0", a month count is not "12.00").
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import type { Project } from '@shared/model'
import { buildModelWorkbook, type RowMap } from '@shared/workbook/build-model'
import type { WorkbookDesc } from '@shared/workbook/types'
import { writeWorkbookXlsx } from '@shared/workbook/write-xlsx'
import { dateToSerial } from '@shared/workbook/a1'
import { editByName, samples } from './support/cases'
import { convert, readValues, sofficeAvailable } from './support/libreoffice'
import { jpyAnnualSculptedRepayment } from './support/projects'
import { type Shown, shownAs } from './support/shown'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }
type Written = { name: string; project: Project; desc: WorkbookDesc; rows: RowMap; file: string; wb: ExcelJS.Workbook }
const dir = mkdtempSync(join(tmpdir(), 'bankable-present-'))
const written: Written[] = []
let shown = new Map<string, Shown>()

/** The cell a one-cell defined name points at. */
function named(w: Written, name: string): ExcelJS.Cell {
  const ref = w.wb.definedNames.getRanges(name).ranges[0]
  if (!ref) throw new Error(`no name ${name}`)
  const [sheet, addr] = ref.split('!') as [string, string]
  return w.wb.getWorksheet(sheet.replace(/^'|'$/g, ''))!.getCell(addr.replace(/\$/g, ''))
}
const shownAt = (w: Written, c: ExcelJS.Cell) => shown.get(w.file)!(c.worksheet.name, Number(c.row), Number(c.col))

beforeAll(async () => {
  for (const [name, make] of [...samples(), ['JPY annual', jpyAnnualSculptedRepayment] as const]) {
    const project = make()
    const built = buildModelWorkbook(project, runModel(project), META)
    if (!built.ok) throw new Error(`${name}: ${built.message}`)
    const file = join(dir, `w${written.length}.xlsx`)
    const bytes = await writeWorkbookXlsx(built.workbook, { creator: 'test', created: new Date(0) })
    writeFileSync(file, bytes)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
    written.push({ name, project, desc: built.workbook, rows: built.rows, file, wb })
  }
  if (sofficeAvailable()) shown = shownAs(written.map((w) => w.file), join(dir, 'shown'))
}, 180_000)

describe('number formats show the value', () => {
  it('check tolerance and minor unit keep their decimals; timeline lengths are whole numbers', () => {
    for (const w of written) {
      for (const n of ['Check_Tolerance', 'Minor_Unit']) expect({ w: w.name, n, f: named(w, n).numFmt }).toEqual({ w: w.name, n, f: '#,##0.00########' })
      for (const n of ['Constr_Months', 'Oper_Years', 'Period_Months']) expect({ w: w.name, n, f: named(w, n).numFmt }).toEqual({ w: w.name, n, f: '#,##0' })
    }
  })

  it.skipIf(!sofficeAvailable())('LibreOffice shows the tolerance as 0.01 and the lengths without decimals', () => {
    for (const w of written) {
      expect(shownAt(w, named(w, 'Check_Tolerance'))).toBe('0.01')
      expect(shownAt(w, named(w, 'Minor_Unit'))).toBe(w.project.reportingCurrency === 'JPY' ? '1.00' : '0.01')
      expect(shownAt(w, named(w, 'Period_Months'))).toBe(String(w.project.timeline.periodMonths))
      expect(shownAt(w, named(w, 'Constr_Months'))).toBe(String(w.project.timeline.constructionMonths))
    }
  })
})

describe('display unit of the output amounts', () => {
  it('defaults by currency (INR crore, USD and JPY million) and is a drop-down of the scales', () => {
    for (const w of written) {
      const unit = named(w, 'Display_Unit')
      expect(unit.value).toBe(w.project.reportingCurrency === 'INR' ? 'crore' : 'million')
      expect(unit.dataValidation).toMatchObject({ type: 'list', formulae: ['"full,thousand,lakh,crore,million,billion"'], showErrorMessage: true })
      expect(named(w, 'Display_Divisor').formula).toBe('INDEX(Display_Divisors,1,MATCH(Display_Unit,Display_Scales,0))')
    }
  })

  it('fakes no Indian digit grouping in any number format (it cannot be expressed for every magnitude)', () => {
    for (const w of written) for (const ws of w.wb.worksheets) ws.eachRow((row) => row.eachCell((c) => {
      expect({ at: `${ws.name}!${c.address}`, f: c.numFmt ?? '' }).not.toMatchObject({ f: expect.stringMatching(/##,##,|#,##,##0|\[>=?1000000?0\]/) })
    }))
  })

  it.skipIf(!sofficeAvailable())('every Metrics and Cover amount shows its unit beside it, live ("INR crore", "USD million")', () => {
    for (const w of written) {
      const label = w.project.reportingCurrency === 'INR' ? 'INR crore' : `${w.project.reportingCurrency} million`
      expect(shownAt(w, named(w, 'Display_Label'))).toBe(label)
      for (const k of ['m.npv', 'm.debt', 'm.equity', 'm.grants', 'm.uses', 'm.totalRevenue', 'm.totalCfads']) {
        const loc = w.rows[k]!
        expect({ w: w.name, k, unit: shown.get(w.file)!(loc.sheet, loc.row, 2) }).toEqual({ w: w.name, k, unit: label })
      }
      const cover = w.desc.sheets[0]!
      const debtRow = cover.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === 'Senior debt') + 1
      expect(shown.get(w.file)!('Cover', debtRow, 2)).toBe(label)
    }
  })
})

describe.skipIf(!sofficeAvailable())('display unit chosen in the file', () => {
  it('lakh instead of crore: every output amount ×100 and the label follows; calculation sheets unchanged', async () => {
    const w = written.find((x) => x.project.reportingCurrency === 'INR')!
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(w.file) as unknown as ArrayBuffer)
    const ref = wb.definedNames.getRanges('Display_Unit').ranges[0]!.split('!')[1]!.replace(/\$/g, '')
    wb.getWorksheet('Inputs')!.getCell(ref).value = 'lakh'
    const file = join(dir, 'lakh.xlsx')
    writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    convert([w.file, file], join(dir, 'lakh-recalc'), 'xlsx:Calc MS Excel 2007 XML')
    const before = await readValues(readFileSync(join(dir, 'lakh-recalc', w.file.split('/').pop()!)))
    const after = await readValues(readFileSync(join(dir, 'lakh-recalc', 'lakh.xlsx')))
    for (const k of ['m.npv', 'm.debt', 'm.totalRevenue']) {
      const loc = w.rows[k]!
      const [a, b] = [before(loc.sheet, loc.row, 3), after(loc.sheet, loc.row, 3)] as [number, number]
      expect(Math.abs(b / a - 100)).toBeLessThan(1e-12)
      expect(after(loc.sheet, loc.row, 2)).toBe('INR lakh')
    }
    const debt = w.rows['closing']!
    expect(after(debt.sheet, debt.row, 6)).toBe(before(debt.sheet, debt.row, 6))
  }, 60_000)
})

describe.skipIf(!sofficeAvailable())('annual year columns are structure', () => {
  it('a start date moved so the periods span one more calendar year fails chk.layout; one that keeps the years passes', async () => {
    const w = written.find((x) => x.name.includes('pgm'))!
    // 22 six-month periods from 2026-07-01 start in 2026–2037: 12 year columns. From 2026-01-01 they start
    // in 2026–2036 (11 years: the layout no longer fits); from 2026-08-01 in 2026–2037 (still 12).
    expect(w.project.timeline).toMatchObject({ startDate: '2026-07-01', constructionMonths: 12, operatingYears: 10, periodMonths: 6 })
    const files = await Promise.all(['2026-01-01', '2026-08-01'].map(async (d, i) => {
      const file = join(dir, `start${i}.xlsx`)
      writeFileSync(file, await editByName(readFileSync(w.file), { Start_Date: dateToSerial(d) }))
      return file
    }))
    convert(files, join(dir, 'start-recalc'), 'xlsx:Calc MS Excel 2007 XML')
    const loc = w.rows['chk.layout']!
    const read = await Promise.all(files.map(async (f) => (await readValues(readFileSync(join(dir, 'start-recalc', f.split('/').pop()!))))(loc.sheet, loc.row, 3)))
    expect(read).toEqual([false, true])
  }, 60_000)
})

describe('print and labels', () => {
  it('every sheet prints the project in the header, and the sheet and "Page n of m" in the footer', () => {
    for (const w of written) for (const ws of w.wb.worksheets) {
      expect(ws.headerFooter.oddHeader).toBe(`&L&"Calibri,Bold"${w.desc.title.replace(/&/g, '&&')}&R&A`)
      expect(ws.headerFooter.oddFooter).toBe('&LBankable model&CPage &P of &N&R&A')
    }
  })

  it('no label is cut: column A holds every label beside a value, or the label wraps in a taller row', () => {
    for (const w of written) for (const s of w.desc.sheets) {
      const ws = w.wb.getWorksheet(s.name)!
      const width = ws.getColumn(1).width!
      s.rows.forEach((cells, ri) => {
        const a = cells?.[0]
        if (!a || a.t !== 's' || a.style !== 'label' || !cells.slice(1).some((c) => c !== undefined)) return
        const need = Math.ceil(a.v.length * 0.9) + 2
        const cell = ws.getCell(ri + 1, 1)
        const fits = need <= width || (cell.alignment?.wrapText === true && (ws.getRow(ri + 1).height ?? 15) >= 15 * Math.ceil(need / width))
        expect({ at: `${w.name} ${s.name}!A${ri + 1}`, label: a.v, fits }).toEqual({ at: `${w.name} ${s.name}!A${ri + 1}`, label: a.v, fits: true })
      })
    }
  })

  it('Inputs prints landscape, one page wide at 70 % or more, within an absolute print area', () => {
    for (const w of written) {
      const ps = w.wb.getWorksheet('Inputs')!.pageSetup
      expect(ps).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 })
      // exceljs reads the area back without "$"; the file itself must hold it absolute.
      const area = /^A1:([A-Z]+)(\d+)$/.exec(ps.printArea ?? '')
      expect(area).not.toBeNull()
      const xml = strFromU8(unzipSync(readFileSync(w.file))['xl/workbook.xml']!)
      // The quote around the sheet name may be written as such or as &apos; (both are the same XML).
      expect(xml.replace(/&apos;/g, "'")).toContain(`'Inputs'!$A$1:$${area![1]}$${area![2]}<`)
      const cols = area![1]!.split('').reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0)
      const printed = Array.from({ length: cols }, (_, i) => w.wb.getWorksheet('Inputs')!.getColumn(i + 1).width ?? 9).reduce((a, b) => a + b, 0)
      expect(135 / printed).toBeGreaterThanOrEqual(0.7)
    }
  })

  it('Checks: TRUE green and FALSE red by conditional formatting on the check column', () => {
    for (const w of written) {
      const ws = w.wb.getWorksheet('Checks')!
      // exceljs reads conditional formats into this field; its types declare only the writer's method.
      const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; style?: { fill?: unknown } }[] }[] }).conditionalFormattings
      expect(cf).toHaveLength(1)
      const rows = Object.entries(w.rows).filter(([k]) => k.startsWith('chk.')).map(([, l]) => `C${l.row}`)
      expect(cf[0]!.ref.split(' ').sort()).toEqual(rows.sort())
      expect(cf[0]!.rules.map((r) => [r.type, (r as { operator?: string }).operator, (r as { formulae?: unknown[] }).formulae, (r.style?.fill as { bgColor?: { argb?: string } })?.bgColor?.argb]))
        .toEqual([['cellIs', 'equal', ['TRUE'], 'FFC6EFCE'], ['cellIs', 'equal', ['FALSE'], 'FFFFC7CE']])
    }
  })
})
