/**
 * The direct writer against the exceljs writer it replaced (kept as `exceljs-reference.ts`): both
 * files read back with exceljs must agree on every cell (value, formula — shared clones translated —,
 * number format, font, fill, border, alignment, validation), every sheet's panes, widths, groups,
 * row heights, conditional formats, page setup, print area and titles, header and footer, and the
 * workbook's names and properties. Run on every bundled sample and on a sample with analysis sheets.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { computeExportAnalysis } from '../../../src/cli/commands/export-analysis'
import { runModel } from '../../../src/shared/engine'
import { parseProject, type Project } from '../../../src/shared/model'
import { buildModelWorkbook } from '../../../src/shared/workbook/build-model'
import type { WorkbookDesc } from '../../../src/shared/workbook/types'
import { writeWorkbookXlsx } from '../../../src/shared/workbook/write-xlsx'
import { writeWorkbookXlsxExceljs } from './exceljs-reference'

const META = { creator: 'Bankable parity', created: new Date('2026-03-04T05:06:07Z') }
const BUILD = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }
const dir = resolve(import.meta.dirname, '../../../resources/samples')

function sample(file: string): Project {
  const r = parseProject(JSON.parse(readFileSync(join(dir, file), 'utf8')))
  if (!r.ok) throw new Error(file)
  return r.value
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb
}

/** Undefined-valued keys dropped, so `{ bold: undefined }` and `{}` compare equal. */
const plain = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)))

/** A sheet's cells as [address, what a reader sees] (exceljs's own style defaults count as none). */
function cells(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>()
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: true }, (c) => {
    const font = c.font && Object.keys(c.font).some((k) => !['name', 'family', 'size', 'color', 'scheme'].includes(k) || (k === 'color' && !('theme' in (c.font.color ?? {})))) ? c.font : undefined
    out.set(c.address, plain({
      type: c.type, value: c.formula ? undefined : c.value, formula: c.formula || undefined,
      numFmt: c.numFmt || undefined, font: font && { bold: font.bold, italic: font.italic, size: font.size, color: font.color?.argb },
      fill: c.fill && c.fill.type === 'pattern' && c.fill.pattern !== 'none' ? c.fill : undefined,
      border: c.border?.top ? c.border.top.style : undefined,
      alignment: c.alignment && Object.keys(c.alignment).length ? c.alignment : undefined,
      validation: c.dataValidation
    }))
  }))
  return out
}

function sheetProps(ws: ExcelJS.Worksheet): unknown {
  const p = ws.pageSetup
  const rows: unknown[] = []
  ws.eachRow({ includeEmpty: false }, (r) => { if (r.outlineLevel || r.height) rows.push([r.number, r.outlineLevel ?? 0, r.height]) })
  return plain({
    name: ws.name, tab: ws.properties.tabColor?.argb, outlineLevelRow: ws.properties.outlineLevelRow,
    views: ws.views.map((v) => ({ state: v.state, xSplit: 'xSplit' in v ? v.xSplit || undefined : undefined, ySplit: 'ySplit' in v ? v.ySplit || undefined : undefined })),
    page: { paperSize: p.paperSize, orientation: p.orientation, fitToPage: !!p.fitToPage, scale: p.fitToPage ? undefined : p.scale, fitToWidth: p.fitToPage ? p.fitToWidth : undefined, fitToHeight: p.fitToPage ? p.fitToHeight : undefined,
      printArea: p.printArea, printTitlesRow: p.printTitlesRow, printTitlesColumn: p.printTitlesColumn, margins: p.margins },
    header: ws.headerFooter.oddHeader, footer: ws.headerFooter.oddFooter,
    widths: ws.columns?.map((c) => c.width) ?? [],
    rows,
    conditional: (ws as unknown as { conditionalFormattings: { ref: string; rules: object[] }[] }).conditionalFormattings.map((cf) => ({ ref: cf.ref.split(' ').sort().join(' '), rules: cf.rules.map((r) => ({ ...r, priority: undefined })) }))
  })
}

async function expectSame(desc: WorkbookDesc): Promise<void> {
  const [mine, ref] = await Promise.all([writeWorkbookXlsx(desc, META).then(load), writeWorkbookXlsxExceljs(desc, META).then(load)])
  expect(mine.worksheets.map((w) => w.name)).toEqual(ref.worksheets.map((w) => w.name))
  expect({ creator: mine.creator, title: mine.title, created: mine.created, modified: mine.modified, calc: mine.calcProperties })
    .toEqual({ creator: ref.creator, title: ref.title, created: ref.created, modified: ref.modified, calc: ref.calcProperties })
  const names = (wb: ExcelJS.Workbook) => plain(wb.definedNames.model.map((n) => ({ name: n.name, ranges: n.ranges.map((r) => r.replace(/^'([A-Za-z0-9_]+)'!/, '$1!')) })).sort((a, b) => a.name.localeCompare(b.name)))
  expect(names(mine)).toEqual(names(ref))
  for (const ws of ref.worksheets) {
    const other = mine.getWorksheet(ws.name)!
    expect(sheetProps(other)).toEqual(sheetProps(ws))
    const a = cells(other)
    const b = cells(ws)
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort())
    for (const [addr, v] of b) if (JSON.stringify(a.get(addr)) !== JSON.stringify(v)) expect({ sheet: ws.name, addr, cell: a.get(addr) }).toEqual({ sheet: ws.name, addr, cell: v })
  }
}

describe('direct writer = exceljs writer, read back', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')).sort())('sample %s', async (file) => {
    const project = sample(file)
    const built = buildModelWorkbook(project, runModel(project), BUILD)
    if (!built.ok) throw new Error(built.message)
    await expectSame(built.workbook)
  }, 120_000)

  it('the PGM sample with its analysis sheets (grades, banners, values only)', async () => {
    const project = sample('pgm-catalyst-recovery.json')
    const analysis = computeExportAnalysis(project, { withAnalysis: true, draws: { draws: 200, seed: 1 }, computedAt: '2026-01-01T00:00:00Z' })
    if (!analysis.ok) throw new Error(analysis.message)
    const built = buildModelWorkbook(project, runModel(project), { ...BUILD, analysis: analysis.value ?? undefined })
    if (!built.ok) throw new Error(built.message)
    expect(built.workbook.sheets.some((s) => (s.gradeRanges ?? []).length > 0)).toBe(true)
    await expectSame(built.workbook)
  }, 120_000)
})
