import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { taxStep, taxStepExcel, taxStepFloat } from '@shared/rules/tax-with-losses'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import type { Cell } from '@shared/workbook/types'

/** Evaluates the Excel form with A1 = before, B1 = losses brought forward, C1 = rate; D1:G1 = used, carried, taxable, tax. */
function evaluateExcel(before: number, broughtForward: number, rate: number): { used: unknown; carried: unknown; taxable: unknown; tax: unknown } {
  const f = taxStepExcel({ before: 'A1', broughtForward: 'B1', used: 'D1', taxable: 'F1', rate: 'C1' })
  const n = (v: number): Cell => ({ t: 'n', v })
  const row: Cell[] = [n(before), n(broughtForward), n(rate), { t: 'f', f: f.used }, { t: 'f', f: f.carried }, { t: 'f', f: f.taxable }, { t: 'f', f: f.tax }]
  const ev = new WorkbookEvaluator({ title: 't', names: [], sheets: [{ name: 'S', rows: [row], colWidths: [], groups: [], landscape: false }] })
  return { used: ev.cell('S', 1, 4), carried: ev.cell('S', 1, 5), taxable: ev.cell('S', 1, 6), tax: ev.cell('S', 1, 7) }
}

describe('tax with losses carried forward (methodology §6)', () => {
  it('a loss adds to the pool; a profit uses the pool up to the profit; tax is on what is left', () => {
    const D = (x: string | number) => new Decimal(x)
    const loss = taxStep(D(-100), D(50), D('0.25'))
    expect([loss.used, loss.carried, loss.taxable, loss.tax].map(String)).toEqual(['0', '150', '0', '0'])
    const partly = taxStep(D(120), D(150), D('0.25'))
    expect([partly.used, partly.carried, partly.taxable, partly.tax].map(String)).toEqual(['120', '30', '0', '0'])
    const profit = taxStep(D(200), D(30), D('0.25'))
    expect([profit.used, profit.carried, profit.taxable, profit.tax].map(String)).toEqual(['30', '0', '170', '42.5'])
  })

  it('the Decimal, float and Excel forms agree', () => {
    // Whole amounts and binary-exact rates: every form computes the same numbers exactly.
    const amount = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(0, 1, -1))
    const pool = fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.constant(0))
    fc.assert(
      fc.property(amount, pool, fc.constantFrom(0, 0.125, 0.25, 0.375, 0.5), (before, broughtForward, rate) => {
        const d = taxStep(new Decimal(before), new Decimal(broughtForward), new Decimal(rate))
        const expected = { used: d.used.toNumber(), carried: d.carried.toNumber(), taxable: d.taxable.toNumber(), tax: d.tax.toNumber() }
        const f = taxStepFloat(before, broughtForward, rate)
        expect({ used: f.used + 0, carried: f.carried + 0, taxable: f.taxable + 0, tax: f.tax + 0 }).toEqual(expected)
        expect(evaluateExcel(before, broughtForward, rate)).toEqual(expected)
      }),
      { numRuns: 300, seed: 7 }
    )
  })

  it('carried over many periods, the Decimal and float pools stay equal', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { maxLength: 40 }), (befores) => {
        let d = new Decimal(0)
        let f = 0
        for (const b of befores) {
          d = taxStep(new Decimal(b), d, new Decimal('0.25')).carried
          f = taxStepFloat(b, f, 0.25).carried
          expect(f).toBe(d.toNumber())
        }
      }),
      { numRuns: 100, seed: 3 }
    )
  })
})

describe('tax, depreciation and repayment steps: branch figures by hand (issue 21 survivors)', () => {
  it('the Excel form names the workbook’s Tax_Rate unless told otherwise', () => {
    expect(taxStepExcel({ before: 'B1', broughtForward: 'A1', used: 'C1', taxable: 'D1' }).tax).toBe('Tax_Rate*D1')
  })

  it('equal repayment sets its instalment once, at the first repayment period: 1,200 over 4 → 300 each', async () => {
    const { Repayment } = await import('@shared/engine/debt-schedule')
    const r = new Repayment({ kind: 'equal' }, 2, 5, new Decimal(0), new Decimal('0.01'))
    let balance = new Decimal(1200)
    const paid: string[] = []
    for (let i = 2; i <= 5; i++) {
      const p = r.principal(i, balance, new Decimal(0), new Decimal(0))
      paid.push(p.toString())
      balance = balance.minus(p)
    }
    expect(paid).toEqual(['300', '300', '300', '300'])
    expect(r.residualAtMaturity.toString()).toBe('0')
  })
})
