/**
 * The Excel model with tranches (issue #14, methodology §10), evaluated by the in-repo evaluator
 * (tests/xlsx confirms it in LibreOffice and Gnumeric): every structure the engine computes is laid
 * out a block per tranche and equals the engine; a single reporting-currency tranche keeps the one-debt
 * layout; the hand-computed two-tranche case reads its hand figures off the workbook; the tranche terms
 * on Inputs are live (a profile switched, a tranche hedged); and the tranches' checks fail when what
 * they test does not hold.
 */
import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { parseProject, type Project, type Tranche } from '@shared/model'
import { describeModel } from '@shared/workbook/build-model'
import { exportModelXlsx } from '@shared/workbook/export-model'
import { WorkbookEvaluator, isError } from '@shared/workbook/formula-eval'
import { FIRST_PERIOD_COL } from '@shared/workbook/grid'
import { COMMITMENT_PASSES } from '@shared/workbook/model/tranche-sizing'
import type { WorkbookDesc } from '@shared/workbook/types'
import { compareWithEngine } from '../../xlsx/support/compare'
import { twoTranchesByHand } from '../../xlsx/support/projects'
import { handProject } from '../engine/hand-project'
import { tranche } from '../model/tranche-fixtures'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }

const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}
const terms = { annualRate: '0.1', tenorYears: 3, graceMonths: 0, repayment: 'annuity' as const, upfrontFee: '0.01' }
function variant(make: (p: Project) => void): Project {
  const p = handProject()
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }, { year: 2028, perUsd: '92' }] }] }
  make(p)
  return valid(p)
}
const floating: Tranche['interest'] = { kind: 'floating', baseRates: [{ year: 2026, annualRate: '0.04' }, { year: 2028, annualRate: '0.05' }], marginAnnualRate: '0.02' }
/** The structures the Excel model refused before issue #14's tranche blocks. */
const STRUCTURES: [string, Project][] = [
  ['two USD tranches', variant((p) => (p.financing.tranches = [tranche('USD', terms, { id: 'a', share: '0.6' }), tranche('USD', { ...terms, repayment: 'equal' }, { id: 'b', share: '0.4' })]))],
  ['one INR tranche in a USD project', variant((p) => (p.financing.tranches = [tranche('INR', terms)]))],
  ['one INR tranche, hedged', variant((p) => (p.financing.tranches = [tranche('INR', terms, { hedge: { hedged: true, annualCost: '0.02' } })]))],
  ['a commitment fee', variant((p) => (p.financing.tranches = [tranche('USD', terms, { commitmentFeeAnnualRate: '0.005' })]))],
  ['an ECA premium', variant((p) => (p.financing.tranches = [tranche('USD', terms, { ecaPremium: '0.04' })]))],
  ['a floating rate (annuity re-levelled each period)', variant((p) => (p.financing.tranches = [tranche('USD', terms, { interest: floating })]))]
]

function build(p: Project, edit: (d: WorkbookDesc) => WorkbookDesc = (d) => d) {
  const d = describeModel(p, runModel(p), META)
  if (!d.ok) throw new Error(d.message)
  const ev = new WorkbookEvaluator(edit(d.workbook))
  const read = (sheet: string, row: number, col: number) => { const v = ev.cell(sheet, row, col); return isError(v) ? { error: v.error } : v }
  const at = (key: string) => read(d.rows[key]!.sheet, d.rows[key]!.row, 3)
  const row = (key: string) => Array.from({ length: runModel(p).periods.length }, (_, i) => read(d.rows[key]!.sheet, d.rows[key]!.row, FIRST_PERIOD_COL + i))
  return { d, read, at, row }
}

/** The workbook with named input cells set (a list name takes its values left to right), as a lender types them. */
function withInputs(desc: WorkbookDesc, values: Record<string, string | number>): WorkbookDesc {
  const sheets = desc.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }))
  for (const [name, v] of Object.entries(values)) {
    const dn = desc.names.find((x) => x.name === name)!
    const m = /^\$([A-Z]+)\$(\d+)$/.exec(dn.ref)!
    const sheet = sheets.find((s) => s.name === dn.sheet)!
    const col = m[1]!.charCodeAt(0) - 64
    const old = sheet.rows[Number(m[2]) - 1]![col - 1]
    sheet.rows[Number(m[2]) - 1]![col - 1] = typeof v === 'number' ? { ...old, t: 'n', v } : { ...old, t: 's', v }
  }
  return { ...desc, sheets }
}

/** The workbook with the formula of a column-C cell (or a whole period row) replaced: what a loop cut short or a miswired row would leave. */
function withFormula(desc: WorkbookDesc, loc: { sheet: string; row: number }, f: (col: number) => string, cols: number[]): WorkbookDesc {
  const sheets = desc.sheets.map((s) => (s.name !== loc.sheet ? s : { ...s, rows: s.rows.map((r, i) => (i !== loc.row - 1 ? r : r.map((c, j) => (cols.includes(j + 1) && c ? { ...c, t: 'f' as const, f: f(j + 1) } : c)))) }))
  return { ...desc, sheets }
}

describe('Excel model with tranches', () => {
  it.each(STRUCTURES)('%s: laid out a block per tranche, equal to the engine, every check TRUE, exported', async (_n, p) => {
    const { d, read, at } = build(p)
    expect(d.rows['t0.draw']).toBeDefined()
    expect(d.workbook.names.some((n) => n.name === 'Debt_Rate')).toBe(false)
    const cmp = compareWithEngine(read as never, d.rows, runModel(p))
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    expect(cmp.checked).toBeGreaterThan(150)
    expect(at('chk.all')).toBe(true)
    expect(await exportModelXlsx(p, { ...META, created: new Date(0) })).toMatchObject({ ok: true })
  })

  it('a single reporting-currency tranche at a fixed rate keeps the one-debt layout (the engine\'s fast lane)', () => {
    const { d } = build(handProject())
    expect(d.workbook.names.some((n) => n.name === 'Debt_Rate')).toBe(true)
    expect(d.rows['t0.draw']).toBeUndefined()
    expect(d.workbook.names.some((n) => n.name.startsWith('Tranche1_'))).toBe(false)
  })

  it('the hand-computed two tranches read their hand figures off the workbook (tests/xlsx/support/projects.ts twoTranchesByHand)', () => {
    const { row, at } = build(twoTranchesByHand())
    const near = (got: unknown[], want: number[]) => expect(got.map((x) => Math.round(Number(x) * 1e6) / 1e6)).toEqual(want)
    near(row('t1.drawCcy'), [24_000_000, 0, 0, 0]) // 300,000 × 80
    near(row('t1.fx'), [80, 80, 100, 100])
    near(row('t1.interestCcy'), [0, 1_920_000, 960_000, 0]) // 8 % × 24 m, 8 % × 12 m
    near(row('t1.principalCcy'), [0, 12_000_000, 12_000_000, 0])
    near(row('t1.interest'), [0, 24_000, 9_600, 0]) // ÷ 80, ÷ 100
    near(row('t1.principal'), [0, 150_000, 120_000, 0])
    near(row('t0.interest'), [0, 30_000, 20_000, 10_000])
    near(row('t0.principal'), [0, 100_000, 100_000, 100_000])
    near(row('ds'), [0, 304_000, 249_600, 110_000])
    near(row('closing'), [600_000, 350_000, 100_000, 0])
    expect(Number(at('debtAtCod'))).toBe(600_000)
    expect(at('chk.all')).toBe(true)
  })

  it('the tranche terms are live: a profile switched, a tranche hedged, a share moved move the workbook as the engine moves', () => {
    const exported = twoTranchesByHand()
    const edited = structuredClone(exported)
    edited.financing.tranches[1]!.repayment = 'annuity'
    edited.financing.tranches[1]!.hedge = { hedged: true, annualCost: '0.02' }
    edited.financing.tranches[0]!.share = '0.6'
    edited.financing.tranches[1]!.share = '0.4'
    const { d, read, at } = build(exported, (w) => withInputs(w, { Tranche2_Profile: 'annuity', Tranche2_Hedged: 1, Tranche2_Hedge_Cost: 0.02, Tranche1_Share: 0.6, Tranche2_Share: 0.4 }))
    expect(compareWithEngine(read as never, d.rows, runModel(valid(edited))).mismatches.slice(0, 5)).toEqual([])
    expect(at('chk.all')).toBe(true)
    // Unedited, the workbook still shows the exported terms: the comparison sees the difference.
    const plain = build(exported)
    expect(compareWithEngine(plain.read as never, plain.d.rows, runModel(valid(edited))).mismatches.length).toBeGreaterThan(10)
  })

  it('shares that do not add up to 100 % fail their check and the drawdowns check', () => {
    const { at } = build(twoTranchesByHand(), (w) => withInputs(w, { Tranche1_Share: 0.55 }))
    expect({ shares: at('chk.shares'), draws: at('chk.trDraws'), all: at('chk.all') }).toEqual({ shares: false, draws: false, all: false })
  })

  it("a profile switched to 'sculpted' in a file without sculpting blocks fails its check (re-export)", () => {
    const { at } = build(twoTranchesByHand(), (w) => withInputs(w, { Tranche1_Profile: 'sculpted' }))
    expect({ profiles: at('chk.profiles'), all: at('chk.all') }).toEqual({ profiles: false, all: false })
  })

  it('the commitment check fails when the commitment passes stop short', () => {
    const p = STRUCTURES[4]![1]
    const { d } = build(p)
    // The last pass at the cap left on no commitment: the ECA premium is charged on nothing.
    const cut = build(p, (w) => withFormula(w, d.rows[`zc${COMMITMENT_PASSES - 1}.t0.D`]!, () => '0', [3]))
    expect({ commitment: cut.at('chk.commitment'), all: cut.at('chk.all') }).toEqual({ commitment: false, all: false })
  })

  it("a tranche not repaid by its maturity, or tranches that do not add up to the aggregate, fail their checks", () => {
    const p = twoTranchesByHand()
    const { d } = build(p)
    // The INR tranche's last instalment (period 3, its maturity) left unpaid.
    const unpaid = build(p, (w) => withFormula(w, d.rows['t1.principalCcy']!, () => '0', [FIRST_PERIOD_COL + 2]))
    expect({ maturity: unpaid.at('chk.trMaturity'), all: unpaid.at('chk.all') }).toEqual({ maturity: false, all: false })
    // The aggregate closing balance miswired to the first tranche only.
    const loc = d.rows['closing']!
    const miswired = build(p, (w) => withFormula(w, loc, (col) => `'Debt'!${String.fromCharCode(64 + col)}${d.rows['t0.bal']!.row}`, [FIRST_PERIOD_COL]))
    expect({ cod: miswired.at('chk.trCod'), all: miswired.at('chk.all') }).toEqual({ cod: false, all: false })
  })
})
