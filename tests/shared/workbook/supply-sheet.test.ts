/**
 * Supply contracts in the Excel model (methodology §13), evaluated by the in-repo evaluator: every
 * figure equals the engine, each contract's terms are live inputs, and the Covenants sheet grades supply
 * coverage as the checklist does.
 */
import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { bankabilityChecklist } from '@shared/format/checklist'
import type { Project } from '@shared/model'
import { describeModel } from '@shared/workbook/build-model'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import { COVENANT_COLS, covenantItems } from '@shared/workbook/model/covenants'
import type { WorkbookDesc } from '@shared/workbook/types'
import { compareWithEngine } from '../../xlsx/support/compare'
import { byproductsEpr, mixedInrContracts, supplyContracts } from '../../xlsx/support/projects'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }

function named(desc: WorkbookDesc, name: string): [string, number, number] {
  const dn = desc.names.find((x) => x.name === name)
  if (!dn) throw new Error(`no name ${name}`)
  const m = /^\$([A-Z]+)\$(\d+)$/.exec(dn.ref)!
  return [dn.sheet, Number(m[2]), m[1]!.charCodeAt(0) - 64]
}

function withInputs(desc: WorkbookDesc, values: Record<string, number>): WorkbookDesc {
  const sheets = desc.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }))
  for (const [name, v] of Object.entries(values)) {
    const [sheetName, row, col] = named(desc, name)
    const sheet = sheets.find((s) => s.name === sheetName)!
    const old = sheet.rows[row - 1]![col - 1]!
    if (old.t !== 'n' && old.t !== 'blank') throw new Error(`${name} is not an input value`)
    sheet.rows[row - 1]![col - 1] = { t: 'n', v, style: old.style }
  }
  return { ...desc, sheets }
}

function check(engine: Project, exported: Project = engine, values: Record<string, number> = {}) {
  const d = describeModel(exported, runModel(exported), META)
  if (!d.ok) throw new Error(d.message)
  const ev = new WorkbookEvaluator(withInputs(d.workbook, values))
  return { cmp: compareWithEngine((sheet, row, col) => ev.cell(sheet, row, col) as never, d.rows, runModel(engine)), rows: d.rows, ev }
}

describe('Excel model: feedstock supply contracts', () => {
  it('the contracts’ tonnes, prices, the streams’ purchase and supply coverage equal the engine', () => {
    const { cmp, rows, ev } = check(supplyContracts())
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    const r = runModel(supplyContracts())
    const cover = rows['m.supplyCover']!
    expect(r.metrics.supplyCoverage.ok).toBe(true)
    expect(ev.cell(cover.sheet, cover.row, 3)).toBeCloseTo(r.metrics.supplyCoverage.ok ? r.metrics.supplyCoverage.value.toNumber() : NaN, 12)
  })

  it('the Covenants sheet grades supply coverage as the checklist does', () => {
    const p = supplyContracts()
    const { rows, ev } = check(p)
    const items = bankabilityChecklist(p, runModel(p))
    expect(items.map((i) => i.id)).toEqual(covenantItems(p))
    const l = rows['cov.supplyCoverage']!
    const shown = items.find((i) => i.id === 'supplyCoverage')!.grade
    expect(ev.cell(l.sheet, l.row, COVENANT_COLS.grade)).toBe(shown === 'na' ? 'n/a' : shown)
  })

  it('each contract’s terms are live: volume, dates, price, floor and cap typed in the file move the model as the engine', () => {
    const base = supplyContracts()
    const edits: [Record<string, number>, (p: Project) => void][] = [
      [{ Supply1_Tonnes: 500 }, (p) => { (p.supplyContracts![0]!.volume as { tonnesPerYear: string }).tonnesPerYear = '500' }],
      [{ Supply2_Share: 0.9 }, (p) => { (p.supplyContracts![1]!.volume as { share: string }).share = '0.9' }],
      [{ Supply2_Cap: 250000 }, (p) => { (p.supplyContracts![1]!.price as { capPerQuantity: string }).capPerQuantity = '250000' }],
      [{ Supply2_Floor: 390000 }, (p) => { (p.supplyContracts![1]!.price as { floorPerQuantity: string }).floorPerQuantity = '390000' }],
      [{ Supply3_Price: 50000, Supply3_Esc: 0.1 }, (p) => { p.supplyContracts![2]!.price = { basis: 'fixed', pricePerQuantity: '50000', escalation: '0.1' } }]
    ]
    for (const [cells, apply] of edits) {
      const edited = structuredClone(base)
      apply(edited)
      expect({ cells, mismatches: check(edited, base, cells).cmp.mismatches.slice(0, 3) }).toEqual({ cells, mismatches: [] })
    }
  })

  it('a project without supply contracts gets no supply rows, inputs or covenant row', () => {
    const { rows } = check(mixedInrContracts())
    expect(Object.keys(rows).filter((k) => /supply|^sc\d/i.test(k))).toEqual([])
  })
})

describe('Excel model: by-products, residues and EPR certificates', () => {
  it('by-product sales, disposal and EPR revenue, and everything after them, equal the engine', () => {
    const { cmp, rows } = check(byproductsEpr())
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    expect(['byproductRev', 'disposal', 'eprRev'].every((k) => rows[k] !== undefined)).toBe(true)
  })

  it('a by-product priced by the deck (graphite, USD/t by year at the period FX) equals the engine; with a second deck laid out the price is chosen by the deck in view', () => {
    const p = byproductsEpr()
    const graphite = runModel(p).byproducts.find((b) => b.byproductId === 'graphite')!
    expect(graphite.revenue.some((x) => x.gt(0))).toBe(true)
    p.prices.decks.push({ ...structuredClone(p.prices.decks[0]!), id: 'high', name: 'High', byproductPrices: [{ byproductId: 'li-graphite', points: [{ year: 2026, pricePerTonne: '500' }] }] })
    const { cmp, rows } = check(p)
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    expect(rows['bp0_0.price']).toBeDefined()
  })

  it('the deck price of a kind is live: a price typed in the file moves the model as the engine', () => {
    const base = byproductsEpr()
    const d = describeModel(base, runModel(base), META)
    if (!d.ok) throw new Error(d.message)
    const dn = d.workbook.names.find((x) => x.name === 'Deck1_ByKind1_Prices')!
    const first = /^\$([A-Z]+)\$(\d+)/.exec(dn.ref)!
    const sheets = d.workbook.sheets.map((sh) => ({ ...sh, rows: sh.rows.map((r) => [...r]) }))
    const sheet = sheets.find((sh) => sh.name === dn.sheet)!
    const col = first[1]!.charCodeAt(0) - 64
    const cell = sheet.rows[Number(first[2]) - 1]![col - 1]!
    sheet.rows[Number(first[2]) - 1]![col - 1] = { t: 'n', v: 300, style: cell.t === 'n' ? cell.style : undefined } as never
    const edited = structuredClone(base)
    edited.prices.decks[0]!.byproductPrices![0]!.points[0]!.pricePerTonne = '300'
    const ev = new WorkbookEvaluator({ ...d.workbook, sheets })
    expect(compareWithEngine((sh, r, c) => ev.cell(sh, r, c) as never, d.rows, runModel(edited)).mismatches.slice(0, 3)).toEqual([])
    expect(runModel(edited).operations.byproductRevenue.some((x, i) => !x.eq(runModel(base).operations.byproductRevenue[i]!))).toBe(true)
  })

  it('one EPR price for every year (no lookup) equals the engine too', () => {
    const p = byproductsEpr()
    p.epr!.pricePerKg = [{ year: 2030, pricePerKg: '15' }]
    expect(check(p).cmp.mismatches.slice(0, 3)).toEqual([])
  })

  it('their inputs are live: a fraction, a price, a disposal cost, an EPR rate and price typed in the file move the model as the engine', () => {
    const base = byproductsEpr()
    const edits: [Record<string, number>, (p: Project) => void][] = [
      [{ Stream2_By1_Frac: 0.6 }, (p) => { p.feedstock[1]!.byproducts![0]!.massFraction = '0.6' }],
      [{ Stream1_By1_Price: 45000 }, (p) => { (p.feedstock[0]!.byproducts![0]!.fate as { pricePerTonne: string }).pricePerTonne = '45000' }],
      [{ Stream1_By2_Cost: 15000 }, (p) => { (p.feedstock[0]!.byproducts![1]!.fate as { costPerTonne: string }).costPerTonne = '15000' }],
      [{ EPR_Kg_Ni: 2500 }, (p) => { p.epr!.kgPerTonneRecovered.Ni = '2500' }]
    ]
    for (const [cells, apply] of edits) {
      const edited = structuredClone(base)
      apply(edited)
      expect({ cells, mismatches: check(edited, base, cells).cmp.mismatches.slice(0, 3) }).toEqual({ cells, mismatches: [] })
    }
  })
})
