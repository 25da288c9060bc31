/**
 * The Sizing sheet re-sizes the debt live (issue 13): its last blocks give the engine's funding gearing
 * and sculpting DSCR*, its convergence checks turn FALSE when the iteration is cut short, and our
 * evaluator settles a 30-year monthly sculpted model (long backward chains) without deep recursion.
 * LibreOffice and Gnumeric confirm the same figures under edits in tests/xlsx.
 */
import { setDebt } from '../model/tranche-fixtures'
import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import type { Project } from '@shared/model'
import { describeModel } from '@shared/workbook/build-model'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import { GEARING_BLOCKS, SCULPTING_BLOCKS } from '@shared/workbook/model/sizing'
import type { WorkbookDesc } from '@shared/workbook/types'
import { VARIANTS, sculptedCapBinding, sculptedQuarterly } from '../../xlsx/support/projects'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }

function build(p: Project) {
  const result = runModel(p)
  const d = describeModel(p, result, META)
  if (!d.ok) throw new Error(d.message)
  const ev = new WorkbookEvaluator(d.workbook)
  const at = (key: string) => { const loc = d.rows[key]!; return ev.cell(loc.sheet, loc.row, 3) }
  return { result, desc: d.workbook, rows: d.rows, at, named: (name: string) => ev.named(name) }
}

/** The same workbook with one column-C cell's formula replaced (what a loop cut short would leave). */
function withCell(desc: WorkbookDesc, rows: Record<string, { sheet: string; row: number }>, key: string, f: string): WorkbookDesc {
  const loc = rows[key]!
  const sheets = desc.sheets.map((s) => (s.name !== loc.sheet ? s : { ...s, rows: s.rows.map((r, i) => (i !== loc.row - 1 ? r : r.map((c, j) => (j === 2 && c ? { ...c, t: 'f' as const, f } : c)))) }))
  return { ...desc, sheets }
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300)

describe('Sizing sheet', () => {
  // One debt: the single-debt Sizing sheet (tranches: tranche-model.test.ts, tax-sheet.test.ts).
  it.each(VARIANTS.filter(([, make]) => make().financing.tranches.length === 1 && make().financing.tranches[0]!.repayment === 'sculpted'))('%s: the last blocks give the engine\'s gearing and DSCR*', (_n, make) => {
    const p = make()
    const { result, at } = build(p)
    expect(rel(Number(at('sz.dscr')), result.financing.sculptingDscr!.toNumber())).toBeLessThan(1e-9)
    expect(rel(Number(at('debtAtCod')), result.financing.totalDebt.toNumber())).toBeLessThan(1e-9)
    if (p.financing.sizing === 'sculpted') expect(rel(Number(at('sz.gearing')), result.financing.gearing.toNumber())).toBeLessThan(1e-9)
    expect(at('chk.all')).toBe(true)
  })

  it('no Sizing sheet where nothing is solved by iteration (gearing, annuity)', () => {
    const p = VARIANTS[1]![1]()
    expect(p.financing.tranches[0]!.repayment).toBe('annuity')
    expect(build(p).desc.sheets.map((s) => s.name)).not.toContain('Sizing')
  })

  it('the gearing check fails when the gearing loop stops short (capacity below the cap)', () => {
    const p = sculptedQuarterly()
    const { desc, rows, at } = build(p)
    expect(at('sz.capBinding')).toBe(false)
    // The last block left at the cap (block 1's g): its debt is the cap, not the capacity.
    const cut = new WorkbookEvaluator(withCell(desc, rows, `zg${GEARING_BLOCKS - 1}.g`, 'Debt_Gearing'))
    const read = (k: string) => cut.cell(rows[k]!.sheet, rows[k]!.row, 3)
    expect(Math.abs(Number(read('sz.gearingResidual')))).toBeGreaterThan(1000)
    expect({ sizing: read('chk.sizing'), all: read('chk.all') }).toEqual({ sizing: false, all: false })
  })

  it('the sculpting check fails when the sculpting loop stops short (cap binding: DSCR* above the target)', () => {
    const p = sculptedCapBinding()
    const { desc, rows, at } = build(p)
    expect(at('sz.capBinding')).toBe(true)
    const cut = new WorkbookEvaluator(withCell(desc, rows, `zs${SCULPTING_BLOCKS - 1}.s`, '1/Target_DSCR'))
    const read = (k: string) => cut.cell(rows[k]!.sheet, rows[k]!.row, 3)
    expect(Math.abs(Number(read('sz.sculptResidual')))).toBeGreaterThan(1000)
    expect({ sculpting: read('chk.sculpting'), all: read('chk.all') }).toEqual({ sculpting: false, all: false })
  })

  it('a 30-year monthly sculpted model evaluates without deep recursion and equals the engine', () => {
    const p = sculptedQuarterly()
    p.timeline = { ...p.timeline, periodMonths: 1, constructionMonths: 15, operatingYears: 30 }
    setDebt(p, { tenorYears: 18 })
    const { result, at, named } = build(p)
    expect(result.periods.length).toBe(375)
    expect(rel(Number(at('debtAtCod')), result.financing.totalDebt.toNumber())).toBeLessThan(1e-9)
    // Metrics shows amounts in the display unit (USD million here).
    expect(rel(Number(at('m.npv')) * Number(named('Display_Divisor')), result.metrics.npv.toNumber())).toBeLessThan(1e-9)
    expect(at('chk.all')).toBe(true)
  }, 60_000)
})
