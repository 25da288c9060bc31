/**
 * Analysis value sheets in the Excel model: present only when asked, titled and bannered as values
 * (not formulas), with units and number formats, frozen headers, user text as strings, "n/a: reason"
 * instead of NaN, and the model's own sheets unchanged. Expected figures come from the analysis
 * functions themselves (compareScenarios, computeTornado, computeBreakevenGrid, runMonteCarlo):
 * the sheets must carry them unchanged.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareScenarios, computeBreakevenGrid, computeTornado, DEFAULT_MC_SETTINGS, drawsTable, presetScenarios, runMonteCarlo, type McResult } from '../../../src/shared/analysis'
import { runModel } from '../../../src/shared/engine'
import type { Project } from '../../../src/shared/model'
import { buildModelWorkbook } from '../../../src/shared/workbook/build-model'
import { DRAWS_SHEET, drawsSheet, MAX_DRAW_ROWS } from '../../../src/shared/workbook/model/analysis-draws'
import { ANALYSIS_SHEETS, formatComputedAt, hasAnalysis, type WorkbookAnalysis } from '../../../src/shared/workbook/model/analysis-sheets'
import { writeWorkbookXlsx } from '../../../src/shared/workbook/write-xlsx'
import { batteryAnnuity } from '../../xlsx/support/projects'
import { mcAssumptions } from '../../../src/shared/analysis/monte-carlo/assumptions'
import { referenceMcSettings } from '../../../src/shared/analysis/monte-carlo/reference-settings'
import { sampleProjects } from '../analysis/fixtures'

const META = { exportedAt: '2026-02-03T04:05:06Z', appVersion: '9.8.7', projectSha256: '0'.repeat(64) }
const BANNER = /^Values computed by Bankable 9\.8\.7 on 2026-01-02 03:04 UTC — not linked to the model's formulas/

function project(): Project {
  const p = batteryAnnuity()
  // User text that looks like a formula must stay text; a price collapse gives metrics that do not exist.
  p.scenarios = [...presetScenarios(), { id: 'collapse', name: '=1+1', description: '@SUM(A1)', priceMultiplierAll: '0.05' }]
  return p
}

let p: Project
let analysis: WorkbookAnalysis
let mc: McResult
let wb: ExcelJS.Workbook

beforeAll(async () => {
  p = project()
  const r = runMonteCarlo(p, { ...DEFAULT_MC_SETTINGS, draws: 400, seed: 11, volumeSd: 0.1 })
  if (!r.ok) throw new Error(r.reason)
  mc = r
  analysis = {
    computedAt: '2026-01-02T03:04:05.678Z',
    comparison: compareScenarios(p, p.scenarios),
    tornado: computeTornado(p, { step: '0.1' }),
    breakeven: computeBreakevenGrid(p),
    monteCarlo: mc
  }
  const built = buildModelWorkbook(p, runModel(p), { ...META, analysis })
  if (!built.ok) throw new Error(built.message)
  wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await writeWorkbookXlsx(built.workbook, { creator: 't', created: new Date(0) })) as unknown as ArrayBuffer)
}, 60_000)

/** Row whose column A reads `label` (first match from `from`). */
function rowOf(ws: ExcelJS.Worksheet, label: string, from = 1): ExcelJS.Row {
  for (let r = from; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === label) return ws.getRow(r)
  throw new Error(`no row "${label}" on ${ws.name}`)
}

describe('analysis sheets', () => {
  it('come after the model sheets, each titled and bannered as values, with no formula anywhere', () => {
    const names = wb.worksheets.map((w) => w.name)
    // The model's last sheets are the base-case lane (model/scenarios.ts), after Checks.
    expect(names.slice(-4)).toEqual(['Base Cash flow', ANALYSIS_SHEETS.scenarios, ANALYSIS_SHEETS.sensitivity, ANALYSIS_SHEETS.draws])
    expect(names.indexOf('Checks')).toBeLessThan(names.indexOf('Base Operations'))
    expect(ANALYSIS_SHEETS).toEqual({ scenarios: 'Scenarios (values)', sensitivity: 'Sensitivity (values)', draws: 'Sensitivity draws (values)', breachSizing: 'Breach sizing (values)' })
    expect(names).not.toContain(ANALYSIS_SHEETS.breachSizing) // not run, not written (analysis-breach-sizing.test.ts)
    for (const name of [ANALYSIS_SHEETS.scenarios, ANALYSIS_SHEETS.sensitivity, ANALYSIS_SHEETS.draws]) {
      const ws = wb.getWorksheet(name)!
      expect(String(ws.getCell('A1').value)).toContain(p.name)
      expect(String(ws.getCell('A2').value)).toMatch(BANNER)
      expect(ws.views[0]).toMatchObject({ state: 'frozen' })
      ws.eachRow((row) => row.eachCell((c) => {
        expect(c.type).not.toBe(ExcelJS.ValueType.Formula)
        if (typeof c.value === 'number') expect(Number.isFinite(c.value)).toBe(true)
      }))
    }
    const cover = wb.getWorksheet('Cover')!
    const texts: string[] = []
    cover.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))))
    expect(texts).toContain('Analysis (values, not formulas)')
    for (const name of [ANALYSIS_SHEETS.scenarios, ANALYSIS_SHEETS.sensitivity, ANALYSIS_SHEETS.draws]) expect(texts).toContain(name)
  })

  it('Scenarios (values): every headline metric per scenario as computed, with units and formats; user text as strings', () => {
    const ws = wb.getWorksheet(ANALYSIS_SHEETS.scenarios)!
    const header = rowOf(ws, 'Metric')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number, xSplit: 2 })
    const cols = analysis.comparison!.columns
    expect(cols.map((_, i) => header.getCell(4 + i).value)).toEqual(cols.map((c) => c.name))
    // "=1+1" is a plain string cell, not a formula.
    expect(header.getCell(4 + cols.length - 1).type).toBe(ExcelJS.ValueType.String)
    expect(rowOf(ws, 'Description').getCell(4 + cols.length - 1).value).toBe('@SUM(A1)')
    const base = runModel(p).metrics
    const checks = [
      { label: 'Equity IRR', key: 'equityIrr', unit: '%', fmt: '0.00%' },
      { label: 'Project NPV', key: 'npv', unit: p.reportingCurrency, fmt: '#,##0;[Red]-#,##0' },
      { label: 'Minimum DSCR', key: 'minDscr', unit: 'x', fmt: '0.00"x"' },
      { label: 'Senior debt at COD', key: 'debtAtCod', unit: p.reportingCurrency, fmt: '#,##0;[Red]-#,##0' }
    ] as const
    for (const c of checks) {
      const row = rowOf(ws, c.label)
      expect(row.getCell(2).value).toBe(c.unit)
      expect(row.getCell(3).numFmt).toBe(c.fmt)
      cols.forEach((col, i) => {
        const m = col.metrics[c.key]
        const cell = row.getCell(4 + i)
        if (m.ok) {
          expect(cell.value).toBe(Number(m.value))
          expect(cell.numFmt).toBe(c.fmt)
        } else expect(cell.value).toBe(`n/a: ${m.reason}`)
      })
    }
    expect(rowOf(ws, 'Project NPV').getCell(3).value).toBe(base.npv.toNumber())
    // The price collapse has no equity IRR: the reason is written, not NaN.
    const collapsed = cols.findIndex((c) => c.scenarioId === 'collapse')
    expect(cols[collapsed]!.metrics.equityIrr.ok).toBe(false)
    expect(String(rowOf(ws, 'Equity IRR').getCell(4 + collapsed).value)).toMatch(/^n\/a: ./)
    // Deltas: downside's NPV change equals the comparison's decimal delta.
    const down = cols.findIndex((c) => c.scenarioId === 'downside')
    expect(rowOf(ws, 'Project NPV − base').getCell(4 + down).value).toBe(Number(cols[down]!.deltaToBase.npv))
    expect(rowOf(ws, 'Equity IRR − base').getCell(2).value).toBe('% points')
  })

  it('Sensitivity (values): tornado, breakeven and Monte Carlo summary equal the computed results', () => {
    const ws = wb.getWorksheet(ANALYSIS_SHEETS.sensitivity)!
    const t = analysis.tornado!
    const header = rowOf(ws, 'Driver')
    expect(header.getCell(5).value).toBe('Equity IRR low (%)')
    expect(header.getCell(8).value).toBe(`Project NPV low (${p.reportingCurrency})`)
    t.rows.forEach((r, i) => {
      const row = ws.getRow(header.number + 2 + i)
      expect(row.getCell(1).value).toBe(r.label)
      expect(row.getCell(2).value).toBe(Number(r.step))
      expect(row.getCell(2).numFmt).toBe('0.00%')
      expect(row.getCell(3).numFmt).toBe('0.0000"×"')
      const v = (m: (typeof r.low)['npv']) => (m.ok ? Number(m.value) : `n/a: ${m.reason}`)
      expect([row.getCell(5).value, row.getCell(6).value, row.getCell(8).value, row.getCell(9).value, row.getCell(11).value, row.getCell(12).value])
        .toEqual([v(r.low.equityIrr), v(r.high.equityIrr), v(r.low.npv), v(r.high.npv), v(r.low.minDscr), v(r.high.minDscr)])
    })
    const be = analysis.breakeven!.rows[0]!.cells.minDscr1
    const beRow = rowOf(ws, 'All prices', rowOf(ws, 'Prices moved').number)
    expect(beRow.getCell(2).value).toBe('Minimum DSCR = 1.00x')
    expect(beRow.getCell(3).value).toBe(be.multiplier.ok ? Number(be.multiplier.value) : `n/a: ${!be.multiplier.ok && be.multiplier.reason}`)
    if (be.impliedPrices[0]) expect(beRow.getCell(5).value).toBe(Number(be.impliedPrices[0].price))
    const stats = rowOf(ws, 'Minimum DSCR', rowOf(ws, 'Metric').number)
    expect(stats.getCell(2).value).toBe('x')
    expect([3, 4, 5, 6].map((c) => stats.getCell(c).value)).toEqual([mc.stats.minDscr.p10, mc.stats.minDscr.p50, mc.stats.minDscr.p90, mc.stats.minDscr.mean])
    expect(stats.getCell(3).numFmt).toBe('0.00"x"')
    expect(rowOf(ws, 'Draws').getCell(3).value).toBe(400)
    expect(rowOf(ws, 'Volume multiplier standard deviation').getCell(3).value).toBe(0.1)
    expect(ws.getRow(rowOf(ws, 'Seed').number).getCell(3).value).toBe(11)
  })

  it('Sensitivity (values): each Monte Carlo assumption with where it comes from, as the panel lists them (issue 19)', () => {
    const ws = wb.getWorksheet(ANALYSIS_SHEETS.sensitivity)!
    const head = rowOf(ws, 'Assumption')
    expect(head.getCell(2).value).toBe('Value — where it comes from')
    const rows = mcAssumptions(p, mc.settings)
    expect(rows.length).toBeGreaterThan(3)
    rows.forEach((a, i) => expect([ws.getRow(head.number + 1 + i).getCell(1).value, ws.getRow(head.number + 1 + i).getCell(2).value]).toEqual([a.label, `${a.value} — ${a.source}`]))
    // This run's flat 25 % GBM default says it is an assumption; a run on the reference process names its sources, κ per metal included.
    expect(String(rowOf(ws, 'Price model', head.number).getCell(2).value)).toMatch(/— assumption$/)
    const q = sampleProjects().find((x) => x.name === 'india-black-mass-hydromet.json')!.project
    const run = runMonteCarlo(q, { ...referenceMcSettings(q), draws: 20, seed: 1 })
    if (!run.ok) throw new Error(run.reason)
    const built = buildModelWorkbook(q, runModel(q), { ...META, analysis: { monteCarlo: run, includeDraws: false } })
    if (!built.ok) throw new Error(built.message)
    const sheet = built.workbook.sheets.find((x) => x.name === ANALYSIS_SHEETS.sensitivity)!
    const texts = sheet.rows.map((r) => [r[0], r[1]].map((c) => (c?.t === 's' ? c.v : null)).join(' | '))
    const ni = q.products.find((x) => x.metal === 'Ni')!.name
    expect(texts).toContain(`${ni} mean reversion | κ = 0.17/yr, half-life 4.1 years — estimated from its own stored price series (annual averages 1980–2015, 35 yearly pairs)`)
    expect(texts).toContain(`${ni} price volatility | 35 %/yr — estimated from IMF monthly Ni prices 1980–2015`)
    expect(texts).toContain('Price correlations | none: each product’s prices move independently — assumption: no sourced correlation between metals')
  })

  it('Sensitivity draws (values): drawsTable row for row, empty where a draw has no value, header frozen', () => {
    const ws = wb.getWorksheet(DRAWS_SHEET)!
    const table = drawsTable(mc)
    const header = rowOf(ws, 'Draw (#)')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number, xSplit: 1 })
    expect(header.getCell(table.columns.length).value).toBe('Minimum DSCR (x)')
    expect(table.columns.map((_, i) => header.getCell(i + 1).value)).toContain('Equity IRR (%)')
    table.rows.forEach((r, i) => {
      const row = ws.getRow(header.number + 1 + i)
      expect(r.map((_, j) => row.getCell(j + 1).value)).toEqual(r.map((x) => x))
    })
    expect(ws.rowCount).toBe(header.number + table.rows.length)
    const irrCol = table.columns.findIndex((c) => c.key === 'equityIrr') + 1
    expect(ws.getRow(header.number + 1).getCell(irrCol).numFmt).toBe('0.00%')
  })

  it('leave the model sheets exactly as the plain build has them (cover gains lines at the end only)', () => {
    const result = runModel(p)
    const plain = buildModelWorkbook(p, result, META)
    const withA = buildModelWorkbook(p, result, { ...META, analysis })
    if (!plain.ok || !withA.ok) throw new Error('build failed')
    expect(withA.workbook.names).toEqual(plain.workbook.names)
    expect(withA.rows).toEqual(plain.rows)
    plain.workbook.sheets.forEach((s, i) => {
      const a = withA.workbook.sheets[i]!
      if (s.name === 'Cover') expect(a.rows.slice(0, s.rows.length)).toEqual(s.rows)
      else expect(a).toEqual(s)
    })
    expect(withA.workbook.sheets.length).toBe(plain.workbook.sheets.length + 3)
    // Nothing asked, nothing added; an empty analysis adds nothing either.
    expect(hasAnalysis({ computedAt: 'x' })).toBe(false)
    const empty = buildModelWorkbook(p, result, { ...META, analysis: {} })
    expect(empty.ok && empty.workbook).toEqual(plain.workbook)
    // Values-only build with analysis: the same analysis sheets.
    const values = buildModelWorkbook(p, result, { ...META, valuesOnly: true, analysis })
    expect(values.ok && values.workbook.sheets.slice(-3)).toEqual(withA.workbook.sheets.slice(-3))
    // Draws left out on request.
    const noDraws = buildModelWorkbook(p, result, { ...META, analysis: { ...analysis, includeDraws: false } })
    expect(noDraws.ok && noDraws.workbook.sheets.map((s) => s.name)).not.toContain(DRAWS_SHEET)
  })

  it(`caps the draws at ${MAX_DRAW_ROWS.toLocaleString('en-US')} rows with a note; null and non-finite values stay empty`, () => {
    const n = MAX_DRAW_ROWS + 5
    const rep = <T>(xs: T[]) => Array.from({ length: n }, (_, i) => xs[i % xs.length]!)
    const d = mc.draws
    const big: McResult = {
      ...mc, settings: { ...mc.settings, draws: n },
      draws: { ...d, volume: rep(d.volume), recovery: rep(d.recovery), meanPriceMultiplier: d.meanPriceMultiplier.map(rep), equityIrr: [null, Number.NaN, ...rep(d.equityIrr).slice(2)], projectIrr: rep(d.projectIrr), npv: rep(d.npv), minDscr: rep(d.minDscr) }
    }
    const s = drawsSheet(big, 'T', 'B')
    const headerRow = s.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === 'Draw (#)')
    expect(s.rows.length - headerRow - 1).toBe(MAX_DRAW_ROWS)
    const notes = s.rows.slice(0, headerRow).flat().map((c) => (c && c.t === 's' ? c.v : ''))
    expect(notes.join(' ')).toContain(`Only draws 1 to 100,000 of ${n.toLocaleString('en-US')} are written here`)
    const irr = drawsTable(big).columns.findIndex((c) => c.key === 'equityIrr')
    expect(s.rows[headerRow + 1]![irr]).toBeUndefined()
    expect(s.rows[headerRow + 2]![irr]).toBeUndefined()
    expect(s.rows[headerRow + 3]![irr]).toMatchObject({ t: 'n', style: 'pct' })
  })

  it('formats the computation time as a date and UTC time', () => {
    expect(formatComputedAt('2026-01-02T03:04:05.678Z')).toBe('2026-01-02 03:04 UTC')
    expect(formatComputedAt('2026-01-02T03:04:05Z')).toBe('2026-01-02 03:04 UTC')
    expect(formatComputedAt('yesterday')).toBe('yesterday')
  })
})
