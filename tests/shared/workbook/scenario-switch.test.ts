/**
 * The scenario switch (issue 13): picking a case in Inputs!Scenario_Selected makes every sheet compute
 * that case, equal to the engine's run of the same scenario — re-sized or holding the base case's
 * debt, which the "Base …" sheets compute live. Our evaluator here; LibreOffice and Gnumeric in
 * tests/xlsx (the edit matrix flips the selector on both samples).
 */
import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import type { ModelOptions } from '@shared/engine/types'
import type { Project } from '@shared/model'
import { describeModel } from '@shared/workbook/build-model'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import { BASE_LABEL, workbookScenarios } from '@shared/workbook/model/scenarios'
import type { Cell, WorkbookDesc } from '@shared/workbook/types'
import { compareWithEngine } from '../../xlsx/support/compare'
import { samples } from '../../xlsx/support/cases'
import { VARIANTS, mixedInrContracts } from '../../xlsx/support/projects'
import { SWEPT_CASES } from '../../xlsx/support/sweep-cases'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }

/** The workbook with named Inputs cells replaced, as an analyst types them. */
function typed(desc: WorkbookDesc, values: Record<string, string | number>): WorkbookDesc {
  const sheets = desc.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.slice()) }))
  for (const [name, v] of Object.entries(values)) {
    const dn = desc.names.find((n) => n.name === name)!
    const m = /^\$([A-Z]+)\$(\d+)$/.exec(dn.ref)!
    const col = [...m[1]!].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0)
    const sheet = sheets.find((s) => s.name === dn.sheet)!
    const old = sheet.rows[Number(m[2]) - 1]![col - 1]!
    sheet.rows[Number(m[2]) - 1]![col - 1] = { ...old, ...(typeof v === 'number' ? { t: 'n', v } : { t: 's', v }) } as Cell
  }
  return { ...desc, sheets }
}

function judge(p: Project, desc: WorkbookDesc, rows: Record<string, { sheet: string; row: number }>, options: ModelOptions | undefined) {
  const ev = new WorkbookEvaluator(desc)
  const read = (sheet: string, row: number, col: number) => ev.cell(sheet, row, col)
  const engine = runModel(p, options)
  const cmp = compareWithEngine(read, rows, engine)
  const loc = rows['chk.all']!
  return { mismatches: cmp.mismatches.slice(0, 5), checked: cmp.checked, checks: read(loc.sheet, loc.row, 3) }
}

const cases = [...samples(), ...VARIANTS]

function everyCase(make: () => Project) {
  const p = make()
  const d = describeModel(p, runModel(p), META)
  if (!d.ok) throw new Error(d.message)
  const list = workbookScenarios(p)
  expect(list[0]!.label).toBe(BASE_LABEL)
  expect(list.length).toBeGreaterThan(2)
  for (const c of list) {
    const r = judge(p, typed(d.workbook, { Scenario_Selected: c.label }), d.rows, c.scenario ? { scenario: c.scenario } : undefined)
    expect({ case: c.label, ...r }).toEqual({ case: c.label, mismatches: [], checked: r.checked, checks: true })
  }
}

describe('scenario switch', () => {
  it.each(cases)('%s: every case in the switch equals the engine\'s run of that scenario', (_n, make) => everyCase(make))
  // The swept cases too (issue 15): a scenario that holds the debt sweeps its own cash again over the base case's
  // instalments; the three lenders' file takes ~30 s in our evaluator over its cases.
  it.each(SWEPT_CASES)('%s: every case in the switch equals the engine\'s run of that scenario', (_n, make) => everyCase(make), 180_000)

  it('a held-debt scenario follows an edit of the base case (capex +10 %, then the downside)', () => {
    for (const [, make] of samples()) {
      const p = make()
      const d = describeModel(p, runModel(p), META)
      if (!d.ok) throw new Error(d.message)
      const held = workbookScenarios(p).find((c) => c.scenario && !c.scenario.resizeDebt && (c.scenario.capexMultiplier || c.scenario.priceMultiplierAll || c.scenario.volumeMultiplier || c.scenario.interestRateDelta))!
      const capex = Number(p.costs.capex.items[0]!.amount) * 1.1
      const q = structuredClone(p)
      q.costs.capex.items[0]!.amount = String(capex)
      const r = judge(q, typed(d.workbook, { Scenario_Selected: held.label, Capex_Item1: capex }), d.rows, { scenario: held.scenario! })
      expect({ case: held.label, ...r }).toEqual({ case: held.label, mismatches: [], checked: r.checked, checks: true })
    }
  })

  it('a case whose debt is flipped to re-size in the table sizes on that case', () => {
    for (const [, make] of samples()) {
      const p = make()
      const d = describeModel(p, runModel(p), META)
      if (!d.ok) throw new Error(d.message)
      const list = workbookScenarios(p)
      const i = list.findIndex((c) => c.scenario && !c.scenario.resizeDebt)
      const tab = d.workbook.names.find((n) => n.name === 'ScnTab_Resize')!
      const m = /^\$([A-Z]+)\$(\d+):/.exec(tab.ref)!
      const sheets = d.workbook.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.slice()) }))
      const inputs = sheets.find((s) => s.name === tab.sheet)!
      inputs.rows[Number(m[2]) - 1]![2 + i] = { t: 'n', v: 1, style: 'inNumber' }
      const r = judge(p, typed({ ...d.workbook, sheets }, { Scenario_Selected: list[i]!.label }), d.rows, { scenario: { ...list[i]!.scenario!, resizeDebt: true } })
      expect(r).toEqual({ mismatches: [], checked: r.checked, checks: true })
    }
  })

  it('every override at once, on an INR plant with USD and INR contracts: a JPY deck, FX ×1.1, recovery capped, per-product prices, ramp-up, opex, capex, rate, re-sized', () => {
    const p = mixedInrContracts()
    // A second deck in JPY (prices ×150 from the USD deck), so the deck choice also changes the deck currency's FX row.
    p.fx.rates.push({ currency: 'JPY', points: [{ year: 2026, perUsd: '150' }, { year: 2029, perUsd: '140' }] })
    const jpy = structuredClone(p.prices.decks[0]!)
    jpy.id = 'jpy'
    jpy.name = 'JPY deck'
    jpy.currency = 'JPY'
    for (const x of jpy.prices) {
      if (x.mode === 'escalating') x.basePricePerUnit = String(Number(x.basePricePerUnit) * 150)
      else x.points = x.points.map((pt) => ({ ...pt, price: String(Number(pt.price) * 150) }))
    }
    p.prices.decks.push(jpy)
    const all = {
      id: 'all', name: 'Everything', priceDeckId: 'jpy', priceMultiplierAll: '0.9', priceMultipliers: [{ productId: p.products[1]!.id, multiplier: '1.2' }],
      volumeMultiplier: '0.85', rampUp: ['0.3', '0.7'], recoveryMultiplier: '1.5', capexMultiplier: '1.2', opexMultiplier: '1.15', interestRateDelta: '0.015', fxMultiplier: '1.1'
    }
    p.scenarios = [all, { ...all, id: 'all2', name: 'Everything, debt re-sized', resizeDebt: true }, { id: 'merchant', name: 'Merchant only', offtakeEnabled: false, interestRateDelta: '-0.5' }]
    const d = describeModel(p, runModel(p), META)
    if (!d.ok) throw new Error(d.message)
    for (const c of workbookScenarios(p)) {
      const r = judge(p, typed(d.workbook, { Scenario_Selected: c.label }), d.rows, c.scenario ? { scenario: c.scenario } : undefined)
      expect({ case: c.label, ...r }).toEqual({ case: c.label, mismatches: [], checked: r.checked, checks: true })
    }
  })

  it('each currency its own FX move (issue 19): INR −10 % alone, JPY +10 % on top of all × 1.1, laid out live; without one, no row', () => {
    const p = mixedInrContracts()
    p.fx.rates.push({ currency: 'JPY', points: [{ year: 2026, perUsd: '150' }, { year: 2029, perUsd: '140' }] })
    p.offtake[0]!.currency = 'JPY'
    p.scenarios = [
      { id: 'inr', name: 'INR stronger', fxMultipliers: [{ currency: 'INR', multiplier: '0.9' }] },
      { id: 'jpy', name: 'JPY weaker on all weaker', fxMultiplier: '1.1', fxMultipliers: [{ currency: 'JPY', multiplier: '1.1' }], resizeDebt: true }
    ]
    const d = describeModel(p, runModel(p), META)
    if (!d.ok) throw new Error(d.message)
    expect(d.workbook.names.filter((n) => /^Scn_FX_(INR|JPY|USD)$/.test(n.name)).map((n) => n.name)).toEqual(['Scn_FX_INR', 'Scn_FX_JPY'])
    for (const c of workbookScenarios(p)) {
      const r = judge(p, typed(d.workbook, { Scenario_Selected: c.label }), d.rows, c.scenario ? { scenario: c.scenario } : undefined)
      expect({ case: c.label, ...r }).toEqual({ case: c.label, mismatches: [], checked: r.checked, checks: true })
    }
    // The INR entry is an input: typed to 1 in the table, the INR case is the base case again (the debt held as sized).
    const tab = d.workbook.names.find((n) => n.name === 'ScnTab_FX_INR')!
    const at = /^\$([A-Z]+)\$(\d+):/.exec(tab.ref)!
    const sheets = d.workbook.sheets.map((sh) => ({ ...sh, rows: sh.rows.map((r) => r.slice()) }))
    sheets.find((sh) => sh.name === tab.sheet)!.rows[Number(at[2]) - 1]![3] = { t: 'n', v: 1, style: 'inFactor' }
    const r = judge(p, typed({ ...d.workbook, sheets }, { Scenario_Selected: 'INR stronger' }), d.rows, { scenario: { id: 'inr', name: 'INR stronger', fxMultipliers: [{ currency: 'INR', multiplier: '1' }] } })
    expect(r).toEqual({ mismatches: [], checked: r.checked, checks: true })
    // Scenarios that move FX only all together lay out no per-currency row (old files write the same workbook).
    const q = mixedInrContracts()
    q.scenarios = [{ id: 'all', name: 'All', fxMultiplier: '1.1' }]
    const e = describeModel(q, runModel(q), META)
    if (!e.ok) throw new Error(e.message)
    expect(e.workbook.names.some((n) => n.name.startsWith('Scn_FX_') && n.name !== 'Scn_FX_Path')).toBe(false)
  })

  it('an unknown case name fails the scenario check', () => {
    const p = samples()[0]![1]()
    const d = describeModel(p, runModel(p), META)
    if (!d.ok) throw new Error(d.message)
    const ev = new WorkbookEvaluator(typed(d.workbook, { Scenario_Selected: 'No such case' }))
    const at = (k: string) => ev.cell(d.rows[k]!.sheet, d.rows[k]!.row, 3)
    expect({ scenario: at('chk.scenario'), all: at('chk.all') }).toEqual({ scenario: false, all: false })
  })
})
