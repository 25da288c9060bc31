/**
 * Land is not depreciated; maintenance capex may be capitalised (methodology §6, §14). Hand cases on
 * the hand project (annual periods, one construction year, three operating years), the arithmetic in
 * the comments; the straight-line additions rule's Decimal and Excel forms held to each other; and
 * with both inputs absent the engine gives today's figures (the golden tests run unchanged too).
 */
import { setDebt } from '../model/tranche-fixtures'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { additionsCharges, additionsChargeExcel, bookValueExcel, depreciationCharge, depreciationExcel, depreciationPlan } from '@shared/engine/depreciation'
import type { Project } from '@shared/model'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import type { Cell } from '@shared/workbook/types'
import { handProject } from './hand-project'

const D = (x: number | string) => new Decimal(x)
const fixed2 = (xs: readonly Decimal[]) => xs.map((x) => x.toFixed(2))

function withTax(edit: (p: Project) => void): Project {
  const p = handProject()
  edit(p)
  return p
}

describe('land is a use but is never depreciated', () => {
  it('straight line over 3 years: base and charge exclude land and its contingency; IDC and fees stay in the pool', () => {
    const p = withTax((q) => {
      q.costs.capex.items.push({ id: 'land', name: 'Land', amount: '200000', taxBlock: 'land' })
      q.costs.capex.contingency = '0.1'
      setDebt(q, { upfrontFee: '0.01' })
    })
    const r = runModel(p)
    // Capex with contingency 1 200 000 × 1.1 = 1 320 000, of which land 200 000 × 1.1 = 220 000.
    expect(r.capex.land.map((x) => x.toFixed(2))).toEqual(['220000.00', '0.00', '0.00', '0.00'])
    expect(r.capex.capexWithContingency[0]!.toFixed(2)).toBe('1320000.00')
    // One construction period: IDC = 0 (nothing drawn before it); draw = 0.6 × 1 320 000 / (1 − 0.6 × 0.01)
    // = 796 780.68…, fee = 1 % of it = 7 967.81; uses = 1 327 967.81; base = uses − land = 1 107 967.81.
    expect(r.financing.uses[0]!.toFixed(2)).toBe('1327967.81')
    expect(r.tax.depreciableBase.toFixed(2)).toBe('1107967.81')
    expect(r.tax.bookValue[0]!.toFixed(2)).toBe('1107967.81')
    // Charge = 1 107 967.81 / 3 = 369 322.60 a year; the book ends at 0 (land is not on it).
    expect(fixed2(r.tax.depreciation)).toEqual(['0.00', '369322.60', '369322.60', '369322.60'])
    expect(r.tax.bookValue[3]!.abs().lt('1e-9')).toBe(true)
  })

  it('written-down value at 25 %: the rate is on the pool without land', () => {
    const p = withTax((q) => {
      q.costs.capex.items.push({ id: 'land', name: 'Land', amount: '500000', taxBlock: 'land' })
      q.tax.depreciation = { method: 'wdv', rate: '0.25' }
    })
    const r = runModel(p)
    // Base 1 000 000 (plant; no IDC or fee): 250 000, then 187 500, then 140 625.
    expect(r.tax.depreciableBase.toFixed(2)).toBe('1000000.00')
    expect(fixed2(r.tax.depreciation)).toEqual(['0.00', '250000.00', '187500.00', '140625.00'])
  })
})

describe('maintenance capex capitalised: joins the pool at the end of its period, depreciated from the next', () => {
  const maint = (q: Project) => { q.costs.maintenanceCapexPerYear = '30000' }

  it('written-down value at 25 % on a base of 1 000 000, 30 000 a year added', () => {
    const r = runModel(withTax((q) => { maint(q); q.tax.depreciation = { method: 'wdv', rate: '0.25' }; q.tax.maintenanceCapex = 'capitalised' }))
    // P1: 25 % × 1 000 000 = 250 000, book 750 000 + 30 000 = 780 000
    // P2: 25 % × 780 000 = 195 000, book 585 000 + 30 000 = 615 000
    // P3: 25 % × 615 000 = 153 750, book 461 250 + 30 000 = 491 250
    expect(fixed2(r.tax.depreciation)).toEqual(['0.00', '250000.00', '195000.00', '153750.00'])
    expect(fixed2(r.tax.bookValue)).toEqual(['1000000.00', '780000.00', '615000.00', '491250.00'])
    expect(fixed2(r.tax.maintenanceCapitalised)).toEqual(['0.00', '30000.00', '30000.00', '30000.00'])
  })

  it('straight line over 3 years: each addition over 3 years from the next period (vintages)', () => {
    const r = runModel(withTax((q) => { maint(q); q.tax.maintenanceCapex = 'capitalised' }))
    // P1: 1 000 000 / 3 = 333 333.33; book 666 666.67 + 30 000 = 696 666.67
    // P2: 333 333.33 + 30 000 / 3 = 343 333.33; book 696 666.67 − 343 333.33 + 30 000 = 383 333.33
    // P3: 333 333.33 + (30 000 + 30 000) / 3 = 353 333.33; book 383 333.33 − 353 333.33 + 30 000 = 60 000
    //     (= 10 000 left of P1's addition, 20 000 of P2's, 30 000 of P3's)
    expect(fixed2(r.tax.depreciation)).toEqual(['0.00', '333333.33', '343333.33', '353333.33'])
    expect(fixed2(r.tax.bookValue)).toEqual(['1000000.00', '696666.67', '383333.33', '60000.00'])
  })

  it('taxable income is no longer reduced by maintenance; CFADS still pays it', () => {
    const expensed = runModel(withTax((q) => { maint(q); q.tax.depreciation = { method: 'wdv', rate: '0.25' } }))
    const capitalised = runModel(withTax((q) => { maint(q); q.tax.depreciation = { method: 'wdv', rate: '0.25' }; q.tax.maintenanceCapex = 'capitalised' }))
    for (const r of [expensed, capitalised]) expect(r.financing.interest[1]!.toFixed(2)).toBe(expensed.financing.interest[1]!.toFixed(2))
    for (let i = 1; i <= 3; i++) {
      const e = capitalised.operations.ebitda[i]!
      // Capitalised: EBITDA − depreciation − interest; expensed: also − 30 000.
      expect(capitalised.tax.taxableIncomeBeforeLosses[i]!.eq(e.minus(capitalised.tax.depreciation[i]!).minus(capitalised.financing.interest[i]!))).toBe(true)
      expect(expensed.tax.taxableIncomeBeforeLosses[i]!.eq(e.minus(expensed.tax.depreciation[i]!).minus(expensed.financing.interest[i]!).minus('30000'))).toBe(true)
      // CFADS = EBITDA − tax − ΔWC − maintenance capex in both.
      const cf = capitalised.financing.cfads[i]!
      expect(cf.eq(e.minus(capitalised.tax.tax[i]!).minus(capitalised.operations.deltaWorkingCapital[i]!).minus('30000'))).toBe(true)
    }
    // Expensed, P1 deducts 250 000 + 30 000; capitalised deducts 250 000 only: 30 000 more taxable.
    expect(capitalised.tax.taxableIncomeBeforeLosses[1]!.minus(expensed.tax.taxableIncomeBeforeLosses[1]!).toFixed(2)).toBe('30000.00')
  })

  it('expensed: the book value never takes maintenance', () => {
    const r = runModel(withTax((q) => { maint(q); q.tax.maintenanceCapex = 'expensed' }))
    expect(fixed2(r.tax.maintenanceCapitalised)).toEqual(['0.00', '0.00', '0.00', '0.00'])
    expect(fixed2(r.tax.depreciation)).toEqual(['0.00', '333333.33', '333333.33', '333333.33'])
  })
})

describe('neutral for files without the new inputs', () => {
  it('absent taxBlock and maintenance treatment give exactly the figures of depreciable and expensed', () => {
    const base = withTax((q) => { q.costs.maintenanceCapexPerYear = '30000'; q.costs.capex.items.push({ id: 'b', name: 'Building', amount: '300000' }) })
    const explicit = withTax((q) => {
      q.costs.maintenanceCapexPerYear = '30000'
      q.costs.capex.items.push({ id: 'b', name: 'Building', amount: '300000' })
      q.costs.capex.items.forEach((it) => { it.taxBlock = 'depreciable' })
      q.tax.maintenanceCapex = 'expensed'
    })
    const a = runModel(base)
    const b = runModel(explicit)
    expect(fixed2(b.tax.depreciation)).toEqual(fixed2(a.tax.depreciation))
    expect(fixed2(b.tax.tax)).toEqual(fixed2(a.tax.tax))
    expect(b.metrics.npv.toString()).toBe(a.metrics.npv.toString())
    expect(b.metrics.debtAtCod.toString()).toBe(a.metrics.debtAtCod.toString())
  })
})

describe('straight-line charge on additions by vintage', () => {
  it('over 2 periods: [4, 10, 20, 30, 0, 0] gives [0, 2, 7, 15, 25, 15]', () => {
    // 4 spent in period 0 → 2 in 1 and 2; 10 in 1 → 5 in 2 and 3; 20 in 2 → 10 in 3 and 4; 30 in 3 → 15 in 4 and 5.
    const plan = depreciationPlan({ method: 'straightLine', years: 2 }, D(0), 12)
    expect(additionsCharges(plan, [4, 10, 20, 30, 0, 0].map(D)).map(String)).toEqual(['0', '2', '7', '15', '25', '15'])
  })

  it('zero under written-down value (the additions are in the book the rate takes)', () => {
    const plan = depreciationPlan({ method: 'wdv', rate: '0.25' }, D(0), 12)
    expect(additionsCharges(plan, [0, 10, 20].map(D)).map(String)).toEqual(['0', '0', '0'])
  })

  it('Decimal and Excel forms agree over a row of periods, with the book value capping the charge', () => {
    // Rows: 1 constants (named), 2 period number, 3 op flag, 4 op index, 5 additions, 6 cumulative, 7 additions charge, 8 depreciation, 9 book.
    const additions = [0, 0, 12, 7, 30, 0, 5, 40, 0, 0, 9, 1]
    const periods = additions.length
    const constr = 2
    const base = 600
    const years = 3
    const periodMonths = 6
    const cols = Array.from({ length: periods }, (_, k) => String.fromCharCode(66 + k)) // B.. (A is the opening column)
    const prev = (row: number, k: number) => `${k === 0 ? 'A' : cols[k - 1]}${row}`
    const span = `$B$6:$${cols[periods - 1]}$6`
    const n = (v: number): Cell => ({ t: 'n', v })
    const row = (f: (k: number) => Cell): (Cell | undefined)[] => [undefined, ...cols.map((_, k) => f(k))]
    const rows: (Cell | undefined)[][] = [
      [n(years), n(12), n(periodMonths), n(base)],
      row((k) => n(k + 1)),
      row((k) => n(k >= constr ? 1 : 0)),
      row((k) => n(k >= constr ? k - constr + 1 : 0)),
      row((k) => n(additions[k]!)),
      row((k) => ({ t: 'f', f: additionsChargeExcel.cumulative({ prevCumulative: prev(6, k), addition: `${cols[k]}5` }) })),
      row((k) => ({ t: 'f', f: additionsChargeExcel.charge({ prevCumulative: prev(6, k), period: `${cols[k]}2`, cumulativeSpan: span }) })),
      row((k) => ({ t: 'f', f: depreciationExcel('straightLine', { op: `${cols[k]}3`, opIndex: `${cols[k]}4`, prevBook: prev(9, k), base: 'Base', additions: `${cols[k]}7` }) })),
      row((k) => ({ t: 'f', f: bookValueExcel({ prevBook: prev(9, k), constr: `(1-${cols[k]}3)`, uses: k < constr ? String(base / constr + 50) : '0', land: '50', additions: `${cols[k]}5`, depreciation: `${cols[k]}8` }) }))
    ]
    const names = ['Dep_Years', 'Months_Per_Year', 'Period_Months', 'Base'].map((name, i) => ({ name, sheet: 'S', ref: `$${'ABCD'[i]}$1` }))
    const ev = new WorkbookEvaluator({ title: 't', names, sheets: [{ name: 'S', rows, colWidths: [], groups: [], landscape: false }] })
    const plan = depreciationPlan({ method: 'straightLine', years }, D(base), periodMonths)
    const onAdditions = additionsCharges(plan, additions.map(D))
    expect(onAdditions.map((_, k) => ev.cell('S', 7, k + 2))).toEqual(onAdditions.map((x) => expect.closeTo(x.toNumber(), 9)))
    // The engine's walk (schedule.ts): charge on the book brought forward, then the addition joins.
    let book = D(0)
    const charges = additions.map((a, k) => {
      if (k < constr) { book = book.plus(base / constr); return D(0) }
      const c = depreciationCharge(plan, book, k - constr, onAdditions[k]!)
      book = book.minus(c).plus(a)
      return c
    })
    expect(charges.map((_, k) => ev.cell('S', 8, k + 2))).toEqual(charges.map((x) => expect.closeTo(x.toNumber(), 9)))
    expect(ev.cell('S', 9, periods + 1)).toBeCloseTo(book.toNumber(), 9)
  })
})
