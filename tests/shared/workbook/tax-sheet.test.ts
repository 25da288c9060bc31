/**
 * The Tax sheet and the Sizing blocks follow the engine's pool (land excluded, capitalised maintenance
 * added, straight-line vintages), evaluated by the in-repo evaluator on the variants that carry them
 * (WDV with land and capitalised maintenance; straight line with land first and vintages past the
 * asset life, under sculpted repayment), and the switches on Inputs move the workbook as the engine.
 */
import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import type { Project } from '@shared/model'
import { describeModel } from '@shared/workbook/build-model'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import type { WorkbookDesc } from '@shared/workbook/types'
import { compareWithEngine } from '../../xlsx/support/compare'
import { jpyAnnualSculptedRepayment, mixedInrContracts, taxRefinementsTranches } from '../../xlsx/support/projects'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }

/** The workbook with named input cells set to new values (as a lender types them). */
function withInputs(desc: WorkbookDesc, values: Record<string, string | number>): WorkbookDesc {
  const sheets = desc.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }))
  for (const [name, v] of Object.entries(values)) {
    const dn = desc.names.find((x) => x.name === name)!
    const m = /^\$([A-Z]+)\$(\d+)$/.exec(dn.ref)!
    const col = m[1]!.charCodeAt(0) - 64
    const sheet = sheets.find((s) => s.name === dn.sheet)!
    const old = sheet.rows[Number(m[2]) - 1]![col - 1]
    sheet.rows[Number(m[2]) - 1]![col - 1] = typeof v === 'number' ? { ...old, t: 'n', v } : { ...old, t: 's', v }
  }
  return { ...desc, sheets }
}

/** The engine on `engine`; the workbook exported from `exported` (default: the same project), edited by `edit`, evaluated. */
function check(engine: Project, exported: Project = engine, edit: (d: WorkbookDesc) => WorkbookDesc = (d) => d) {
  const d = describeModel(exported, runModel(exported), META)
  if (!d.ok) throw new Error(d.message)
  const ev = new WorkbookEvaluator(edit(d.workbook))
  return compareWithEngine((sheet, row, col) => ev.cell(sheet, row, col) as never, d.rows, runModel(engine))
}

describe('Tax sheet: land and capitalised maintenance', () => {
  it.each([['WDV, land, capitalised', mixedInrContracts], ['straight line, land first, capitalised, sculpted', jpyAnnualSculptedRepayment]] as const)('%s: every compared row equals the engine', (_n, make) => {
    const cmp = check(make())
    expect(cmp.mismatches).toEqual([])
    expect(cmp.checked).toBeGreaterThan(100)
  })

  it.each([['WDV', mixedInrContracts], ['straight line, sculpted', jpyAnnualSculptedRepayment]] as const)('%s: the live switches move the workbook as the engine moves', (_n, make) => {
    // Exported with land on item 1 … and maintenance capitalised; the lender reclassifies and switches.
    const edited = make()
    edited.tax.maintenanceCapex = 'expensed'
    edited.costs.capex.items.forEach((it) => { it.taxBlock = 'depreciable' })
    edited.costs.capex.items[1]!.taxBlock = 'land'
    const cmp = check(edited, make(), (d) => withInputs(d, { Maint_Tax: 'expensed', ...Object.fromEntries(edited.costs.capex.items.map((it, i) => [`Capex_Item${i + 1}_Block`, it.taxBlock!])) }))
    expect(cmp.mismatches).toEqual([])
    // Without the edits the workbook still shows the exported treatment: the comparison sees it.
    expect(check(edited, make()).mismatches.some((m) => m.what === 'dep')).toBe(true)
  })

  it('a tax word typed wrong fails its check (and ALL CHECKS PASS) instead of silently meaning depreciable or expensed', () => {
    const p = mixedInrContracts()
    const d = describeModel(p, runModel(p), META)
    if (!d.ok) throw new Error(d.message)
    const at = (desc: WorkbookDesc, key: string) => { const loc = d.rows[key]!; return new WorkbookEvaluator(desc).cell(loc.sheet, loc.row, 3) }
    expect(at(d.workbook, 'chk.taxWords')).toBe(true)
    expect(at(d.workbook, 'chk.all')).toBe(true)
    const typos: Record<string, string>[] = [{ Maint_Tax: 'capitalized' }, { Capex_Item2_Block: 'plant' }]
    for (const typo of typos) {
      expect(at(withInputs(d.workbook, typo), 'chk.taxWords')).toBe(false)
      expect(at(withInputs(d.workbook, typo), 'chk.all')).toBe(false)
    }
  })
})

/** The variant with the tax refinements of §14: a building block, losses that lapse, a holiday. */
function refined(make: () => Project, edit?: (p: Project) => void): Project {
  const p = make()
  const sl = p.tax.depreciation.method === 'straightLine'
  p.costs.capex.items.push({ id: 'bldg', name: 'Buildings and civil works', amount: p.costs.capex.items.find((it) => it.taxBlock !== 'land')!.amount, taxBlock: 'buildings' })
  p.tax = {
    ...p.tax,
    // Straight-line variants get a WDV block and the reverse, so both forms sit beside each other.
    blocks: [{ id: 'buildings', name: 'Buildings', depreciation: sl ? { method: 'wdv', rate: '0.1' } : { method: 'straightLine', years: 6 } }],
    maintenanceBlock: 'buildings', lossExpiryYears: 1, holiday: { years: 1, rate: '0.05' }
  }
  edit?.(p)
  return p
}

describe('Tax sheet: asset blocks, losses that lapse, a holiday (§14)', () => {
  it.each([['WDV pool + straight-line block, gearing', mixedInrContracts], ['straight-line pool + WDV block, sculpted', jpyAnnualSculptedRepayment]] as const)('%s: every compared row equals the engine', (_n, make) => {
    const p = refined(make)
    const r = runModel(p)
    // The variant exercises what it claims: losses arise (the first years are loss-making) and some lapse.
    expect(r.tax.lossesExpired.some((x) => x.gt(0)) || r.tax.unabsorbedDepreciation!.some((x) => x.gt(0))).toBe(true)
    const cmp = check(p)
    expect(cmp.mismatches).toEqual([])
    expect(cmp.checked).toBeGreaterThan(150)
  })

  it.each([['WDV pool + straight-line block, gearing', mixedInrContracts], ['straight-line pool + WDV block, sculpted', jpyAnnualSculptedRepayment]] as const)('%s: block rates, the maintenance block, a capex item\'s block, the loss life and the holiday are live', (_n, make) => {
    const edited = refined(make, (q) => {
      const b = q.tax.blocks![0]!
      b.depreciation = b.depreciation.method === 'wdv' ? { method: 'wdv', rate: '0.2' } : { method: 'straightLine', years: 4 }
      q.tax.maintenanceBlock = 'depreciable'
      q.costs.capex.items[0]!.taxBlock = 'buildings'
      q.tax.lossExpiryYears = 2
      q.tax.holiday = { years: 2, rate: '0' }
    })
    const b = edited.tax.blocks![0]!.depreciation
    const cmp = check(edited, refined(make), (d) => withInputs(d, {
      ...(b.method === 'wdv' ? { TaxBlock1_Rate: 0.2 } : { TaxBlock1_Years: 4 }), Maint_Block: 'depreciable', Capex_Item1_Block: 'buildings',
      Loss_Expiry_Years: 2, Holiday_Years: 2, Holiday_Rate: 0
    }))
    expect(cmp.mismatches).toEqual([])
    expect(check(edited, refined(make)).mismatches.some((m) => m.what === 'tax' || m.what === 'dep')).toBe(true)
  })

  // The tranche Sizing blocks (commitment passes, gearing and sculpting blocks) and the tranche Debt/Tax
  // path build depreciation and tax with the same helpers as the one-debt blocks (model/tax.ts).
  it('with two sculpted tranches (commitment fee, ECA premium, a hedged JPY tranche): blocks, lapsing losses and the holiday equal the engine, live', () => {
    const p = taxRefinementsTranches()
    const r = runModel(p)
    expect(r.financing.tranches).toHaveLength(2)
    expect(r.tax.lossesExpired.some((x) => x.gt(0))).toBe(true)
    expect(r.tax.taxRate.some((x) => x.eq('0.05'))).toBe(true)
    const cmp = check(p)
    expect(cmp.mismatches).toEqual([])
    expect(cmp.checked).toBeGreaterThan(150)
    const edited = structuredClone(p)
    edited.tax.blocks![0]!.depreciation = { method: 'wdv', rate: '0.2' }
    edited.tax.lossExpiryYears = 2
    edited.tax.holiday = { years: 2, rate: '0' }
    const live = check(edited, p, (d) => withInputs(d, { TaxBlock1_Rate: 0.2, Loss_Expiry_Years: 2, Holiday_Years: 2, Holiday_Rate: 0 }))
    expect(live.mismatches).toEqual([])
  })

  it('a block id typed wrong in column D, or a maintenance block that is none, fails the tax check', () => {
    const p = refined(mixedInrContracts)
    const d = describeModel(p, runModel(p), META)
    if (!d.ok) throw new Error(d.message)
    const at = (desc: WorkbookDesc, key: string) => { const loc = d.rows[key]!; return new WorkbookEvaluator(desc).cell(loc.sheet, loc.row, 3) }
    expect(at(d.workbook, 'chk.taxWords')).toBe(true)
    expect(at(d.workbook, 'chk.all')).toBe(true)
    for (const typo of [{ Capex_Item4_Block: 'building' }, { Maint_Block: 'land' }, { Loss_Expiry_Years: 0 }, { Loss_Expiry_Years: 2.5 }] as Record<string, string | number>[])
      expect(at(withInputs(d.workbook, typo), 'chk.taxWords')).toBe(false)
  })
})
