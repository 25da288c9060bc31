import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { coverDefined, coverDefinedExcel, coverDefinedFloat, minorUnit, settlePrincipal, settlePrincipalExcel, settlePrincipalFloat } from '@shared/rules/minor-unit'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import type { Cell } from '@shared/workbook/types'

/** Evaluates `formula` with A1, B1, C1 holding the numbers given (one sheet, as the workbook evaluator reads it). */
function evaluateFormula(formula: string, a: number, b: number, c: number): unknown {
  const n = (v: number): Cell => ({ t: 'n', v })
  const row: Cell[] = [n(a), n(b), n(c), { t: 'f', f: formula }]
  return new WorkbookEvaluator({ title: 't', names: [], sheets: [{ name: 'S', rows: [row], colWidths: [], groups: [], landscape: false }] }).cell('S', 1, 4)
}

describe('repaid to the minor unit (methodology §7)', () => {
  it('knows each currency’s smallest unit', () => {
    expect(minorUnit('USD').toString()).toBe('0.01')
    expect(minorUnit('INR').toString()).toBe('0.01')
    expect(minorUnit('JPY').toString()).toBe('1')
  })

  it('an instalment leaving less than one unit clears the balance; one leaving a unit or more stands', () => {
    const u = new Decimal('0.01')
    expect(settlePrincipal(new Decimal('19791300'), new Decimal('19791299.999999999999999995'), u).toString()).toBe('19791300')
    expect(settlePrincipal(new Decimal('100'), new Decimal('99.99'), u).toString()).toBe('99.99')
    expect(settlePrincipal(new Decimal('100'), new Decimal('99.991'), u).toString()).toBe('100')
    expect(settlePrincipal(new Decimal('5e-18'), new Decimal(0), u).eq('5e-18')).toBe(true)
    expect(settlePrincipal(new Decimal('500'), new Decimal('499.5'), new Decimal(1)).toString()).toBe('500')
  })

  it('a cover ratio needs a denominator of at least one unit', () => {
    const u = new Decimal('0.01')
    expect(coverDefined(new Decimal('0.01'), u)).toBe(true)
    expect(coverDefined(new Decimal('0.0099'), u)).toBe(false)
    expect(coverDefined(new Decimal('2.25e-19'), u)).toBe(false)
  })

  it('exactly one unit left stands, in every form; the Excel forms name the workbook’s Minor_Unit', () => {
    // Binary-exact values, so the float edge is the Decimal edge: 1 − 0.5 leaves exactly 0.5.
    expect(settlePrincipalFloat(1, 0.5, 0.5)).toBe(0.5)
    expect(settlePrincipal(new Decimal(1), new Decimal('0.5'), new Decimal('0.5')).toString()).toBe('0.5')
    expect(evaluateFormula(settlePrincipalExcel('A1', 'B1', 'C1'), 1, 0.5, 0.5)).toBe(0.5)
    expect(coverDefinedFloat(0.5, 0.5)).toBe(true)
    expect(evaluateFormula(coverDefinedExcel('B1', 'C1'), 0, 0.5, 0.5)).toBe(true)
    expect(settlePrincipalExcel('A1', 'B1')).toBe('IF(A1-(B1)<Minor_Unit,A1,B1)')
    expect(coverDefinedExcel('D7')).toBe('D7>=Minor_Unit')
  })

  it('the Decimal, float and Excel forms agree', () => {
    const amount = fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom(0, 0.005, 0.01, 0.5, 1, 1e-20))
    fc.assert(
      fc.property(amount, amount, fc.constantFrom(0.01, 1), (opening, cut, unit) => {
        const principal = Math.min(opening, cut)
        // Float and Excel arithmetic cannot tell a difference within rounding of the unit itself
        // (0.03 − 0.02 < 0.01 in binary): the forms agree away from that edge.
        fc.pre(Math.abs(opening - principal - unit) > 1e-9 * Math.max(1, opening) && Math.abs(cut - unit) > 1e-12)
        const D = (x: number) => new Decimal(x)
        const dec = settlePrincipal(D(opening), D(principal), D(unit)).toNumber()
        expect(settlePrincipalFloat(opening, principal, unit)).toBe(dec)
        expect(evaluateFormula(settlePrincipalExcel('A1', 'B1', 'C1'), opening, principal, unit)).toBe(dec)
        expect(coverDefinedFloat(cut, unit)).toBe(coverDefined(D(cut), D(unit)))
        expect(evaluateFormula(coverDefinedExcel('B1', 'C1'), opening, cut, unit)).toBe(coverDefined(D(cut), D(unit)))
      }),
      { numRuns: 300, seed: 11 }
    )
  })
})
