/**
 * The cash sweep live in the Excel model (methodology §11; issue 15): on the PGM sample swept 50 % in
 * every period pro rata, and the three lenders' sample swept on a DSCR trigger into one tranche, the
 * workbook as our evaluator reads it equals the engine — the swept cash, the re-profiled instalments,
 * interest and hedge cost on the swept balances, tax re-walked, the DSRA target on the re-profiled
 * service, every tranche in its currency — with every check TRUE; an analyst's edits typed into the file
 * (the sweep share, the trigger, a metal price, the interest rate) equal the engine on the same edit; and
 * the sweep's check fails when the allocation is broken. LibreOffice and Gnumeric recalculate the same
 * files in tests/xlsx (model-recalc*.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { describeModel } from '@shared/workbook/build-model'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import { FIRST_PERIOD_COL } from '@shared/workbook/grid'
import type { Cell, WorkbookDesc } from '@shared/workbook/types'
import { compareWithEngine } from '../../xlsx/support/compare'
import { compareAnnual } from '../../xlsx/support/compare-annual'
import { type Edit } from '../../xlsx/support/edits'
import { SWEPT_CASES, sweepEditsFor } from '../../xlsx/support/sweep-cases'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }

/** The workbook with named Inputs cells replaced, as an analyst types them. */
function typed(desc: WorkbookDesc, values: Edit['cells']): WorkbookDesc {
  const sheets = desc.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.slice()) }))
  for (const [name, v] of Object.entries(values)) {
    const dn = desc.names.find((n) => n.name === name)!
    const m = /^\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$\d+)?$/.exec(dn.ref)!
    const col0 = [...m[1]!].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0)
    const sheet = sheets.find((s) => s.name === dn.sheet)!
    const row = sheet.rows[Number(m[2]) - 1]!
    const list = Array.isArray(v) ? v : [v]
    list.forEach((x, j) => { row[col0 - 1 + j] = { ...row[col0 - 1 + j]!, ...(typeof x === 'number' ? { t: 'n', v: x } : { t: 's', v: x }) } as Cell })
  }
  return { ...desc, sheets }
}

const built = new Map<string, ReturnType<typeof describeModel>>()
const describeOnce = (name: string, make: () => ReturnType<(typeof SWEPT_CASES)[number][1]>) => {
  if (!built.has(name)) { const p = make(); built.set(name, describeModel(p, runModel(p), META)) }
  const d = built.get(name)!
  if (!d.ok) throw new Error(d.message)
  return d
}

describe('the cash sweep in the Excel model (our evaluator)', () => {
  it.each(SWEPT_CASES)('%s: every compared value equals the engine, every check TRUE, and the sweep moved the debt', (name, make) => {
    const p = make()
    const result = runModel(p)
    const d = describeOnce(name, make)
    const ev = new WorkbookEvaluator(d.workbook)
    const read = (s: string, r: number, c: number) => ev.cell(s, r, c)
    const cmp = compareWithEngine(read, d.rows, result)
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    expect(cmp.checked).toBeGreaterThan(500)
    const swept = result.metrics.totalSwept
    // The Cover's headline results show the sweep: the total swept and the period the debt is repaid.
    const cover = d.workbook.sheets.find((s) => s.name === 'Cover')!
    const onCover = (label: string) => read('Cover', cover.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === label) + 1, 3)
    expect(Math.abs((onCover('Cash swept') as number) - (swept.ok ? swept.value.toNumber() : NaN))).toBeLessThan(0.01)
    expect(onCover('Debt repaid (period, under the sweep)')).toBe(result.metrics.debtRepaidPeriod)
    // The Annual sheet too, its cash sweep line included.
    expect(d.rows['a.sweep']).toBeDefined()
    expect(compareAnnual(read, d.rows, result).mismatches.slice(0, 5)).toEqual([])
    const all = d.rows['chk.all']!
    const failing = Object.entries(d.rows).filter(([k, loc]) => k.startsWith('chk.') && read(loc.sheet, loc.row, 3) !== true).map(([k]) => k)
    expect(failing).toEqual([])
    expect(read(all.sheet, all.row, 3)).toBe(true)
    // The sweep did something: cash swept, and a tranche repaid before its contractual maturity.
    expect(swept.ok && swept.value.gt(0)).toBe(true)
    const unswept = structuredClone(p)
    delete unswept.financing.waterfall!.sweep
    const before = runModel(unswept)
    const C = result.constructionPeriods
    const repaidAt = (r: typeof result, k: number) => r.financing.tranches[k]!.balance.findIndex((b, i) => i >= C && !b.gt(0))
    expect(result.financing.tranches.some((_, k) => repaidAt(result, k) < repaidAt(before, k))).toBe(true)
  })

  it('a DSRA over more than one period: the target reads two projected periods, the second pro rata (9 months of 6-month periods)', () => {
    const make = () => {
      const p = SWEPT_CASES[0]![1]()
      p.financing.dsra = { ...p.financing.dsra, enabled: true, months: 9 }
      return p
    }
    const p = make()
    const result = runModel(p)
    const d = describeOnce('PGM swept, 9-month DSRA', make)
    expect(d.rows['pj2.ds']).toBeDefined()
    expect(d.rows['pj3.ds']).toBeUndefined()
    const ev = new WorkbookEvaluator(d.workbook)
    const cmp = compareWithEngine((s, r, c) => ev.cell(s, r, c), d.rows, result)
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    const all = d.rows['chk.all']!
    expect(ev.cell(all.sheet, all.row, 3)).toBe(true)
    // DSRA_Months typed up to 15 in the file needs a third projected period: the check says so.
    const longer = new WorkbookEvaluator(typed(d.workbook, { DSRA_Months: 15 }))
    const chk = d.rows['chk.sweepDsra']!
    expect([ev.cell(chk.sheet, chk.row, 3), longer.cell(chk.sheet, chk.row, 3)]).toEqual([true, false])
  })

  const edits = SWEPT_CASES.flatMap(([name, make]) => sweepEditsFor(make()).map((e) => [`${name}: ${e.name}`, name, make, e] as const))
  it('every swept case has its four edits', () => { expect(edits.length).toBe(4 * SWEPT_CASES.length) })
  it.each(edits)('%s: equals the engine on the same edit, every check TRUE', (_label, name, make, edit) => {
    const d = describeOnce(name, make)
    const q = make()
    edit.apply(q)
    const engine = runModel(q)
    const ev = new WorkbookEvaluator(typed(d.workbook, edit.cells))
    const cmp = compareWithEngine((s, r, c) => ev.cell(s, r, c), d.rows, engine)
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    const all = d.rows['chk.all']!
    expect(ev.cell(all.sheet, all.row, 3)).toBe(true)
    const unedited = new WorkbookEvaluator(d.workbook)
    expect(compareWithEngine((s, r, c) => unedited.cell(s, r, c), d.rows, engine).mismatches.length).toBeGreaterThan(0)
  })

  it('the sweep check fails when a tranche\'s allocation is typed over (and only then)', () => {
    const [name, make] = SWEPT_CASES[0]!
    const d = describeOnce(name, make)
    const loc = d.rows['t0.sweep']!
    const chk = d.rows['chk.sweep']!
    const before = new WorkbookEvaluator(d.workbook)
    // The first operating period with cash swept: its allocation overwritten by half of it.
    const result = runModel(make())
    const i = result.financing.waterfall.sweep.findIndex((x) => x.gt(0))
    expect(i).toBeGreaterThan(0)
    expect(before.cell(chk.sheet, chk.row, 3)).toBe(true)
    const broken: WorkbookDesc = { ...d.workbook, sheets: d.workbook.sheets.map((s) => (s.name !== loc.sheet ? s : { ...s, rows: s.rows.map((r, ri) => (ri !== loc.row - 1 ? r : r.map((c, ci) => (ci === FIRST_PERIOD_COL + i - 1 ? { t: 'n', v: result.financing.waterfall.sweep[i]!.toNumber() / 2 } as Cell : c)))) })) }
    const after = new WorkbookEvaluator(broken)
    expect(after.cell(chk.sheet, chk.row, 3)).toBe(false)
    const all = d.rows['chk.all']!
    expect(after.cell(all.sheet, all.row, 3)).toBe(false)
  })
})
