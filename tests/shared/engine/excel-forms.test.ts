/**
 * One rule, one place: the principal and depreciation rules' workbook formulas (written beside their
 * Decimal forms in engine/debt-schedule.ts and engine/depreciation.ts, used by the Debt, Tax and
 * Sizing sheets) give the Decimal forms' figures, period by period, on random inputs.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { Repayment, principalExcel } from '@shared/engine/debt-schedule'
import { depreciationCharge, depreciationExcel, depreciationPlan } from '@shared/engine/depreciation'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import type { Cell } from '@shared/workbook/types'

const n = (v: number): Cell => ({ t: 'n', v })
/** Row 1 holds the named constants, row 2 the period's cells and, in the last column, the formula. */
function evaluate(constants: Record<string, number>, cells: Record<string, number>, formula: (ref: Record<string, string>) => string): unknown {
  const names = Object.keys(constants).map((name, i) => ({ name, sheet: 'S', ref: `$${String.fromCharCode(65 + i)}$1` }))
  const keys = Object.keys(cells)
  const ref = Object.fromEntries(keys.map((k, i) => [k, `${String.fromCharCode(65 + i)}2`]))
  const rows: Cell[][] = [Object.values(constants).map(n), [...Object.values(cells).map(n), { t: 'f', f: formula(ref) }]]
  const ev = new WorkbookEvaluator({ title: 't', names, sheets: [{ name: 'S', rows, colWidths: [], groups: [], landscape: false }] })
  return ev.cell('S', 2, keys.length + 1)
}

const close = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))

describe('principal: Decimal and Excel forms agree', () => {
  // Repayment window: 0-based periods 2..5 (1-based 3..6), four instalments.
  const FIRST = 2
  const LAST = 5
  const money = fc.integer({ min: 0, max: 5_000_000_000 }).map((x) => x / 100)
  const constants = (rate: number) => ({ Periodic_Rate: rate, Tenor_Periods: LAST - FIRST + 1, Maturity_Period: LAST + 1, Minor_Unit: 0.01 })
  const excel = (kind: 'annuity' | 'equal' | 'sculpted', rate: number, i: number, opening: number, cfads: number, s: number) =>
    evaluate(constants(rate), { repay: i >= FIRST && i <= LAST ? 1 : 0, opening, period: i + 1, interest: opening * rate, cfads, s, debt: opening },
      (r) => principalExcel(kind, { repay: r.repay!, opening: r.opening!, period: r.period!, interest: r.interest!, debtAtCod: r.debt!, sculptedService: `${r.cfads}*${r.s}` }))

  it('sculpted, in and out of the window, at maturity, floored and settled', () => {
    fc.assert(fc.property(money, fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map((x) => x / 100), fc.double({ min: 0.2, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 0.08, noNaN: true }), fc.integer({ min: 0, max: 7 }), (opening, cfads, s, rate, i) => {
        const D = (x: number | string) => new Decimal(x)
        const interest = D(opening).times(rate)
        const want = new Repayment({ kind: 'sculpted', s: D(s) }, FIRST, LAST, D(rate), D('0.01')).principal(i, D(opening), interest, D(cfads)).toNumber()
        expect(close(excel('sculpted', rate, i, opening, cfads, s), want)).toBe(true)
      }), { numRuns: 300 })
  })

  it('annuity and equal at the first instalment (the level the rest repeats)', () => {
    // A zero rate, or one a lender would write (a subnormal rate leaves (1+r)^n − 1 = 0 in binary floating point).
    const rates = fc.oneof(fc.constant(0), fc.double({ min: 1e-4, max: 0.08, noNaN: true }))
    fc.assert(fc.property(money, rates, fc.constantFrom('annuity' as const, 'equal' as const), (opening, rate, kind) => {
      const D = (x: number | string) => new Decimal(x)
      const want = new Repayment({ kind }, FIRST, LAST, D(rate), D('0.01')).principal(FIRST, D(opening), D(opening).times(rate), D(0)).toNumber()
      expect(close(excel(kind, rate, FIRST, opening, 0, 0), want)).toBe(true)
    }), { numRuns: 200 })
  })
})

describe('depreciation: Decimal and Excel forms agree', () => {
  it('straight line and written-down value, inside and past the asset life, capped by the book value', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 0, max: 1_000_000_000 }), fc.constantFrom(1, 3, 6, 12),
      fc.integer({ min: 1, max: 25 }), fc.double({ min: 0.01, max: 0.6, noNaN: true }), fc.integer({ min: 0, max: 80 }), fc.boolean(),
      (base, book, periodMonths, years, rate, opIndex, straight) => {
        const dep = straight ? { method: 'straightLine' as const, years } : { method: 'wdv' as const, rate: String(rate) }
        const want = depreciationCharge(depreciationPlan(dep, new Decimal(base), periodMonths), new Decimal(book), opIndex).toNumber()
        const got = evaluate({ Dep_Years: years, Dep_WDV_Rate: Number(String(rate)), Months_Per_Year: 12, Period_Months: periodMonths },
          { op: 1, opIndex: opIndex + 1, book, base }, (r) => depreciationExcel(dep.method, { op: r.op!, opIndex: r.opIndex!, prevBook: r.book!, base: r.base! }))
        expect(close(got, want)).toBe(true)
      }), { numRuns: 300 })
  })

  it('nothing in construction (operations flag 0)', () => {
    for (const method of ['straightLine', 'wdv'] as const)
      expect(evaluate({ Dep_Years: 10, Dep_WDV_Rate: 0.15, Months_Per_Year: 12, Period_Months: 6 }, { op: 0, opIndex: 0, book: 500, base: 1000 },
        (r) => depreciationExcel(method, { op: r.op!, opIndex: r.opIndex!, prevBook: r.book!, base: r.base! }))).toBe(0)
  })
})
