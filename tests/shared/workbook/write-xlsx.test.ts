/**
 * The direct writer on small hand-made descriptions: what goes in comes back out when the file is
 * reopened with exceljs (values, types, styles, names, panes, groups, print setup, validation,
 * properties), shared formulas are stored once per row without cached values, text that looks like
 * markup or an Excel escape stays text, and values Excel cannot hold are refused.
 */
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Cell, SheetDesc, WorkbookDesc } from '../../../src/shared/workbook/types'
import { writeWorkbookXlsx } from '../../../src/shared/workbook/write-xlsx'

const META = { creator: 'Bankable test', created: new Date('2026-03-04T05:06:07Z') }

const sheet = (name: string, rows: (Cell | undefined)[][], extra: Partial<SheetDesc> = {}): SheetDesc => ({
  name, rows, colWidths: [30, 8, 12, 3, 10, 10, 10], groups: [], landscape: true, ...extra
})

/** A timeline-like sheet: inputs in C, a shared row E3:G3 = C×period, a plain formula row. */
function desc(): WorkbookDesc {
  const inputs = sheet('Inputs', [
    [{ t: 's', v: 'Inputs', style: 'title' }],
    [{ t: 's', v: 'Price', style: 'label' }, { t: 's', v: 'USD/t', style: 'unit' }, { t: 'n', v: 24000, style: 'inMoney' }],
    [{ t: 's', v: 'Rate', style: 'label' }, { t: 's', v: '%', style: 'unit' }, { t: 'n', v: 0.105, style: 'inPct' }],
    [{ t: 's', v: 'Start year', style: 'label' }, undefined, { t: 'n', v: 2026, style: 'inYear' }],
    [{ t: 's', v: '=1+1', style: 'label' }, undefined, { t: 's', v: '@SUM(A1)', style: 'inText' }]
  ], { freeze: { rows: 1, cols: 0 }, landscape: false, tabColor: 'FFFFC000' })
  const shared = (master: boolean): Cell => ({ t: 'f', f: "'Inputs'!$C$2*E2", style: 'money', shared: { master, count: 3 } })
  const calc = sheet('Cash flow', [
    [{ t: 's', v: 'Cash flow', style: 'title' }],
    [{ t: 's', v: 'Period', style: 'header' }, undefined, undefined, undefined, { t: 'n', v: 1, style: 'header' }, { t: 'n', v: 2, style: 'header' }, { t: 'n', v: 3, style: 'header' }],
    [{ t: 's', v: 'Revenue', style: 'label' }, undefined, { t: 'f', f: 'SUM($E$3:$G$3)', style: 'total' }, undefined, shared(true), shared(false), shared(false)],
    [{ t: 's', v: 'Check', style: 'label' }, undefined, { t: 'f', f: 'ABS(C3-SUM(E3:G3))<0.01', style: 'check' }, undefined, { t: 'b', v: true, style: 'flag' }]
  ], { freeze: { rows: 2, cols: 4 }, groups: [{ from: 3, to: 4 }] })
  return { title: 'Test model', sheets: [inputs, calc], names: [{ name: 'Price1_Base', sheet: 'Inputs', ref: '$C$2' }, { name: 'Debt_Rate', sheet: 'Inputs', ref: '$C$3' }, { name: 'Periods', sheet: 'Cash flow', ref: '$E$2:$G$2' }] }
}

async function written(d: WorkbookDesc = desc()) {
  const bytes = await writeWorkbookXlsx(d, META)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  const xml = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]))
  return { bytes, wb, xml }
}

describe('direct .xlsx writer', () => {
  it('writes numbers as numbers and every text, formula-like or not, as a plain string', async () => {
    const { wb, xml } = await written()
    const inputs = wb.getWorksheet('Inputs')!
    expect(inputs.getCell('C2').value).toBe(24000)
    expect(inputs.getCell('C3').value).toBe(0.105)
    expect(inputs.getCell('A5').value).toBe('=1+1')
    expect(inputs.getCell('C5').value).toBe('@SUM(A1)')
    expect(xml['xl/worksheets/sheet1.xml']).not.toMatch(/<f>/)
    expect(wb.getWorksheet('Cash flow')!.getCell('E4').value).toBe(true)
  })

  it('stores a row pattern once as a shared formula, with no cached values, and sets full calculation on load', async () => {
    const { wb, xml } = await written()
    const s = xml['xl/worksheets/sheet2.xml']!
    expect(s).toMatch(/<c r="E3"[^>]*><f t="shared" ref="E3:G3" si="\d+">'Inputs'!\$C\$2\*E2<\/f><\/c>/)
    expect((s.match(/<c r="[FG]3"[^>]*><f t="shared" si="\d+"\/><\/c>/g) ?? []).length).toBe(2)
    expect(s).toMatch(/<c r="C3"[^>]*><f>SUM\(\$E\$3:\$G\$3\)<\/f><\/c>/)
    expect(s).not.toMatch(/<\/f><v>/)
    expect(xml['xl/workbook.xml']).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/)
    // exceljs reads the clones back as translated formulas.
    expect(wb.getWorksheet('Cash flow')!.getCell('G3').formula).toBe("'Inputs'!$C$2*G2")
  })

  it('gives every shared row of a sheet its own id (LibreOffice reads the ids sheet-wide)', async () => {
    const d = desc()
    const row = (master: boolean): Cell => ({ t: 'f', f: 'E3*2', style: 'money', shared: { master, count: 3 } })
    d.sheets[1]!.rows.push([{ t: 's', v: 'Double', style: 'label' }, undefined, undefined, undefined, row(true), row(false), row(false)])
    const { xml, wb } = await written(d)
    expect([...xml['xl/worksheets/sheet2.xml']!.matchAll(/<f t="shared" ref="[^"]+" si="(\d+)">/g)].map((m) => m[1])).toEqual(['0', '1'])
    expect([...xml['xl/worksheets/sheet2.xml']!.matchAll(/<c r="([FG]5)"[^>]*><f t="shared" si="(\d+)"\/>/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['F5:1', 'G5:1'])
    expect(wb.getWorksheet('Cash flow')!.getCell('G5').formula).toBe('G3*2')
  })

  it('a broken shared run (a clone missing) falls back to one formula per cell', async () => {
    const d = desc()
    d.sheets[1]!.rows[2]![6] = { t: 'n', v: 5 }
    const { xml, wb } = await written(d)
    expect(xml['xl/worksheets/sheet2.xml']).not.toMatch(/t="shared"/)
    expect(wb.getWorksheet('Cash flow')!.getCell('F3').formula).toBe("'Inputs'!$C$2*E2")
  })

  it('styles inputs blue on pale yellow, totals bold with a top border, with number formats', async () => {
    const { wb } = await written()
    const c = wb.getWorksheet('Inputs')!.getCell('C3')
    expect(c.font?.color?.argb).toBe('FF0000FF')
    expect((c.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC')
    expect(c.numFmt).toBe('0.00##%')
    const total = wb.getWorksheet('Cash flow')!.getCell('C3')
    expect(total.font?.bold).toBe(true)
    expect(total.border?.top?.style).toBe('thin')
    expect(total.numFmt).toBe('#,##0;[Red]-#,##0')
    const header = wb.getWorksheet('Cash flow')!.getCell('E2')
    expect((header.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF1F4E78')
    expect(header.font?.color?.argb).toBe('FFFFFFFF')
  })

  it('writes workbook-scoped names, frozen panes, widths, groups, tab colour and print setup', async () => {
    const { wb, xml } = await written()
    expect(wb.definedNames.getRanges('Price1_Base').ranges).toEqual(['Inputs!$C$2'])
    expect(wb.definedNames.getRanges('Periods').ranges).toEqual(["'Cash flow'!$E$2:$G$2"])
    expect(xml['xl/workbook.xml']).not.toMatch(/<definedName name="Price1_Base"[^>]*localSheetId/)
    const cf = wb.getWorksheet('Cash flow')!
    expect(cf.views[0]).toMatchObject({ state: 'frozen', xSplit: 4, ySplit: 2 })
    expect(wb.getWorksheet('Inputs')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(cf.getColumn(1).width).toBe(30)
    expect(cf.getRow(3).outlineLevel).toBe(1)
    expect(cf.getRow(2).outlineLevel ?? 0).toBe(0)
    expect(cf.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:2', printTitlesColumn: 'A:D' })
    const inputs = wb.getWorksheet('Inputs')!
    expect(inputs.pageSetup).toMatchObject({ orientation: 'portrait', fitToPage: true, fitToWidth: 1 })
    expect(inputs.properties.tabColor).toMatchObject({ argb: 'FFFFC000' })
  })

  it('numeric inputs refuse text through data validation; years must be whole', async () => {
    const { wb } = await written()
    const inputs = wb.getWorksheet('Inputs')!
    expect(inputs.getCell('C2').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', showErrorMessage: true })
    expect(inputs.getCell('C4').dataValidation).toMatchObject({ type: 'whole', formulae: [1900, 9999] })
    expect(inputs.getCell('C5').dataValidation).toBeUndefined()
    expect(inputs.getCell('A2').dataValidation).toBeUndefined()
  })

  it('records creator, title and the given creation date (not the clock); writes no notes', async () => {
    const { wb, xml } = await written()
    expect(wb.creator).toBe('Bankable test')
    expect(wb.title).toBe('Test model')
    expect(wb.created.toISOString()).toBe('2026-03-04T05:06:07.000Z')
    expect(Object.keys(xml).some((k) => /comments|vmlDrawing/.test(k))).toBe(false)
  })

  it.each([NaN, Infinity, -Infinity])('refuses %s with "Cannot export" and the cell named', async (v) => {
    const d = desc()
    d.sheets[1]!.rows[3]![2] = { t: 'n', v }
    await expect(writeWorkbookXlsx(d, META)).rejects.toThrow(new RangeError(`Cannot export: Cash flow!C4 is undefined (${String(v)})`))
  })

  it('refuses text longer than Excel holds and replaces characters XML cannot carry', async () => {
    const d = desc()
    d.sheets[0]!.rows[1]![3] = { t: 's', v: 'x'.repeat(32_768) }
    await expect(writeWorkbookXlsx(d, META)).rejects.toThrow(/Cannot export: text in Inputs!D2 is longer than 32767/)
    const e = desc()
    e.sheets[0]!.rows[1]![3] = { t: 's', v: 'a\uD800b\uFFFEc😀' }
    e.title = 'Plant \uDC00 model'
    const { wb } = await written(e)
    expect(wb.getWorksheet('Inputs')!.getCell('D2').value).toBe('a\uFFFDb\uFFFDc😀')
    expect(wb.title).toBe('Plant \uFFFD model')
  })

  it('keeps markup, entities, Excel escapes and edge spaces as text; drops control characters', async () => {
    const d = desc()
    const texts = ['<b>&amp; "q" \'a\'</b>', '_x0041_ stays', '  two spaces', 'tab\there', 'bell\u0007gone', 'line\nbreak']
    texts.forEach((v, i) => { d.sheets[0]!.rows[1]![4 + i] = { t: 's', v } })
    d.title = 'R&D <plant> "A"'
    const { wb, xml } = await written(d)
    const row = wb.getWorksheet('Inputs')!.getRow(2)
    expect(texts.map((_, i) => row.getCell(5 + i).value)).toEqual(['<b>&amp; "q" \'a\'</b>', '_x0041_ stays', '  two spaces', 'tab\there', 'bellgone', 'line\nbreak'])
    expect(xml['xl/sharedStrings.xml']).toContain('<t xml:space="preserve">  two spaces</t>')
    // Spaces inside a text need no marking; every part opens with its XML declaration.
    expect(xml['xl/sharedStrings.xml']).toContain('<t>Start year</t>')
    for (const [name, text] of Object.entries(xml)) expect({ name, head: text.slice(0, 55) }).toEqual({ name, head: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' })
    expect(xml['xl/sharedStrings.xml']).toContain('_x005F_x0041_ stays')
    expect(wb.title).toBe('R&D <plant> "A"')
    // The header's literal "&" is doubled (Excel's header codes), then escaped for XML.
    expect(xml['xl/worksheets/sheet1.xml']).toContain('<oddHeader>&amp;L&amp;&quot;Calibri,Bold&quot;R&amp;&amp;D &lt;plant&gt; &quot;A&quot;&amp;R&amp;A</oddHeader>')
  })

  it('wraps only the labels too long for column A (a shared style is never changed for one cell)', async () => {
    const d = desc()
    d.sheets[0]!.rows[1]![0] = { t: 's', v: 'A label far longer than the column is wide, '.repeat(4), style: 'label' }
    const { wb, xml } = await written(d)
    const inputs = wb.getWorksheet('Inputs')!
    expect(inputs.getCell('A2').alignment).toEqual({ wrapText: true })
    expect(inputs.getRow(2).height).toBeGreaterThan(15)
    expect(inputs.getCell('A3').alignment ?? {}).toEqual({})
    expect(xml['xl/worksheets/sheet1.xml']).toMatch(/<row r="2"[^>]* ht="\d+" customHeight="1"/)
  })

  it('is a valid zip: each entry\'s CRC-32 and sizes match its content, dated by the given time, same bytes for the same input', async () => {
    const { bytes, xml } = await written()
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const eocd = bytes.length - 22
    expect(view.getUint32(eocd, true)).toBe(0x06054b50)
    const count = view.getUint16(eocd + 10, true)
    expect(count).toBe(Object.keys(xml).length)
    let at = view.getUint32(eocd + 16, true)
    for (let i = 0; i < count; i++) {
      expect(view.getUint32(at, true)).toBe(0x02014b50)
      const nameLength = view.getUint16(at + 28, true)
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
      const content = new TextEncoder().encode(xml[name]!)
      expect({ name, crc: view.getUint32(at + 16, true), size: view.getUint32(at + 24, true) }).toEqual({ name, crc: crc32(content), size: content.length })
      // 2026-03-04 05:06:06 (two-second resolution) as DOS date and time.
      expect([view.getUint16(at + 14, true), view.getUint16(at + 12, true)]).toEqual([((2026 - 1980) << 9) | (3 << 5) | 4, (5 << 11) | (6 << 5) | 3])
      at += 46 + nameLength
    }
    expect(await writeWorkbookXlsx(desc(), META)).toEqual(bytes)
  })
})
