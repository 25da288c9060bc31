/**
 * The shipped .xlsx itself (no LibreOffice round trip): styling, frozen panes, number formats,
 * defined names, formulas without cached values, user text as strings, the values-only variant,
 * the export guard; and one sheet rendered to PNG in artifacts/ for a look by eye.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { runModel } from '../../src/shared/engine'
import { dec } from '../../src/shared/decimal'
import { buildModelWorkbook } from '../../src/shared/workbook/build-model'
import { writeWorkbookXlsx } from '../../src/shared/workbook/write-xlsx'
import { convert, sofficeAvailable } from './support/libreoffice'
import { batteryAnnuity, mixedInrContracts } from './support/projects'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: 'ab'.repeat(32) }
let live: Uint8Array
let valuesOnly: Uint8Array
let xml: Record<string, string>

beforeAll(async () => {
  const p = mixedInrContracts()
  const r = runModel(p)
  const a = buildModelWorkbook(p, r, META)
  const b = buildModelWorkbook(p, r, { ...META, valuesOnly: true })
  if (!a.ok || !b.ok) throw new Error('build failed')
  live = await writeWorkbookXlsx(a.workbook, { creator: 'test', created: new Date(0) })
  valuesOnly = await writeWorkbookXlsx(b.workbook, { creator: 'test', created: new Date(0) })
  xml = Object.fromEntries(Object.entries(unzipSync(live)).map(([k, v]) => [k, strFromU8(v)]))
})

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb
}

describe('shipped Excel model', () => {
  it('has the FAST sheets in order', async () => {
    const wb = await open(live)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cover', 'Inputs', 'Scenarios', 'Timeline', 'Operations', 'Revenue', 'Costs', 'Tax', 'Debt', 'Cash flow', 'Income', 'Balance sheet', 'Cash flow statement', 'Metrics', 'Annual', 'Covenants',
      'Checks',
      // The base case again, whose debt a scenario holds (model/scenarios.ts).
      'Base Operations', 'Base Revenue', 'Base Costs', 'Base Tax', 'Base Debt', 'Base Cash flow'])
  })

  it('styles inputs blue on pale yellow, with workbook-scoped names and units', async () => {
    const wb = await open(live)
    const ranges = wb.definedNames.getRanges('Debt_Rate').ranges
    expect(ranges[0]).toMatch(/^'?Inputs'?!\$C\$\d+$/)
    const cell = wb.getWorksheet('Inputs')!.getCell(ranges[0]!.split('!')[1]!.replace(/\$/g, ''))
    expect(cell.value).toBe(0.105)
    expect(cell.font?.color?.argb).toBe('FF0000FF')
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC')
    expect(cell.numFmt).toContain('%')
    expect(wb.getWorksheet('Inputs')!.getCell(`B${cell.row}`).value).toBe('%/yr')
    expect(xml['xl/workbook.xml']).toMatch(/<definedName name="Grams_Per_Toz">'?Inputs'?!\$C\$\d+<\/definedName>/)
    expect((xml['xl/workbook.xml']!.match(/<definedName /g) ?? []).length).toBeGreaterThan(80)
  })

  it('freezes headers, formats numbers, sets widths, groups rows and prints landscape', async () => {
    const wb = await open(live)
    const debt = wb.getWorksheet('Debt')!
    expect(debt.views[0]).toMatchObject({ state: 'frozen', xSplit: 4, ySplit: 3 })
    expect(debt.getColumn(1).width).toBeGreaterThan(30)
    expect(debt.pageSetup.orientation).toBe('landscape')
    const metrics = wb.getWorksheet('Metrics')!
    const formats = new Set<string>()
    metrics.eachRow((row) => row.eachCell((c) => { if (c.numFmt) formats.add(c.numFmt) }))
    expect([...formats]).toEqual(expect.arrayContaining(['0.00"x"', '0.00%', '#,##0.00;[Red]-#,##0.00']))
    expect(xml['xl/worksheets/sheet9.xml']).toMatch(/<pane xSplit="4" ySplit="3"[^>]*state="frozen"/)
    expect(xml['xl/worksheets/sheet9.xml']).toMatch(/outlineLevel="1"/)
  })

  it('writes formulas without cached values, and never NaN/Infinity', () => {
    let formulas = 0
    for (const [name, text] of Object.entries(xml)) {
      if (!name.startsWith('xl/worksheets/sheet')) continue
      formulas += (text.match(/<f[ >]/g) ?? []).length
      expect(text).not.toMatch(/<\/f><v>/)
      expect(text).not.toMatch(/<v>(NaN|-?Infinity)<\/v>/)
    }
    expect(formulas).toBeGreaterThan(3000)
    // One pattern per calculation row across the timeline, stored as an Excel shared formula.
    expect((xml['xl/worksheets/sheet9.xml']!.match(/<f t="shared" ref="E\d+:[A-Z]+\d+" si="\d+">/g) ?? []).length).toBeGreaterThan(15)
    expect(xml['xl/workbook.xml']).toMatch(/fullCalcOnLoad="1"/)
  })

  it('writes user text that looks like a formula as a string, never as a formula', async () => {
    const wb = await open(live)
    const cover = wb.getWorksheet('Cover')!
    expect(cover.getCell('A1').value).toBe('=HYPERLINK("http://x","Mixed") INR plant')
    const all = Object.values(xml).join('\n')
    expect(all).not.toMatch(/<f>[^<]*HYPERLINK/)
    expect(all).not.toMatch(/<f>@?Refiner/)
    const inputs = wb.getWorksheet('Inputs')!
    const texts: string[] = []
    inputs.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string') texts.push(c.value) }))
    expect(texts).toEqual(expect.arrayContaining(['@Refiner SUM(1)', '+Gasoline OEM']))
  })

  it('values-only variant has no formulas and the same numbers', async () => {
    const text = Object.entries(unzipSync(valuesOnly)).filter(([k]) => k.startsWith('xl/worksheets/sheet')).map(([, v]) => strFromU8(v)).join('')
    expect(text).not.toMatch(/<f>/)
    const wb = await open(valuesOnly)
    expect(wb.getWorksheet('Cover')!.getCell('A2').value).toMatch(/values only/)
  })

  it('blocks export when a value is undefined (no NaN reaches the file)', () => {
    const p = batteryAnnuity()
    const r = runModel(p)
    // The IRR starting guess is the one figure the live model takes from the app (debt sizing is live).
    const broken = { ...r, metrics: { ...r.metrics, projectIrr: { ok: true as const, value: dec(0).div(0) } } }
    const b = buildModelWorkbook(p, broken, META)
    expect(b).toMatchObject({ ok: false, code: 'undefined-value' })
    expect(!b.ok && b.message).toMatch(/^Cannot export: .* is (undefined|not a finite number)/)
  })

  it.skipIf(!sofficeAvailable())('renders the model to PNG for a look (artifacts/excel-model-{cover,inputs,debt}.png)', async () => {
    const out = resolve(import.meta.dirname, '../../artifacts')
    mkdirSync(out, { recursive: true })
    const dir = mkdtempSync(join(tmpdir(), 'bankable-png-'))
    writeFileSync(join(dir, 'excel-model.xlsx'), live)
    // A timeline sheet alone: the same file with every other sheet hidden (hidden sheets are not printed).
    const wb = await open(live)
    for (const ws of wb.worksheets) if (ws.name !== 'Debt') ws.state = 'hidden'
    // …and Debt the active tab, else LibreOffice still prints the (hidden) active sheet.
    wb.views = [{ activeTab: wb.worksheets.findIndex((w) => w.name === 'Debt'), firstSheet: 0, visibility: 'visible', x: 0, y: 0, width: 10000, height: 20000 }]
    writeFileSync(join(dir, 'excel-debt.xlsx'), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    convert([join(dir, 'excel-model.xlsx'), join(dir, 'excel-debt.xlsx')], dir, 'pdf')
    const png = (pdf: string, page: number, name: string) =>
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', join(dir, pdf), join(out, name)])
    png('excel-model.pdf', 1, 'excel-model-cover')
    png('excel-model.pdf', 2, 'excel-model-inputs')
    png('excel-debt.pdf', 1, 'excel-model-debt')
    const sizes = ['cover', 'inputs', 'debt'].map((f) => statSync(join(out, `excel-model-${f}.png`)).size)
    expect(Math.min(...sizes)).toBeGreaterThan(10_000)
    expect(new Set(sizes).size).toBe(3)
  })
})
