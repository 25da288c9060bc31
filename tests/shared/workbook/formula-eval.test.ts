/** The formula evaluator follows Excel on the subset the model writes (golden values: Excel/LibreOffice semantics). */
import { describe, expect, it } from 'vitest'
import { colIndex, colLetter, dateToSerial, serialToDate } from '../../../src/shared/workbook/a1'
import { WorkbookEvaluator, excelIrr } from '../../../src/shared/workbook/formula-eval'
import type { Cell, WorkbookDesc } from '../../../src/shared/workbook/types'

const book = (cells: Record<string, Cell>, names: WorkbookDesc['names'] = []): WorkbookDesc => {
  const rows: (Cell | undefined)[][] = []
  for (const [ref, c] of Object.entries(cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!
    const r = Number(m[2]) - 1
    rows[r] = rows[r] ?? []
    rows[r]![colIndex(m[1]!) - 1] = c
  }
  for (let i = 0; i < rows.length; i++) rows[i] = rows[i] ?? []
  return { title: 't', names, sheets: [{ name: 'S', rows, colWidths: [], groups: [], landscape: false }] }
}
const f = (x: string): Cell => ({ t: 'f', f: x })
const n = (v: number): Cell => ({ t: 'n', v })
const evalOne = (formula: string, extra: Record<string, Cell> = {}) => new WorkbookEvaluator(book({ ...extra, Z1: f(formula) })).cell('S', 1, 26)

describe('A1 helpers', () => {
  it('column letters round-trip and dates use the 1900 serial system', () => {
    for (const c of [1, 26, 27, 52, 53, 702, 703, 16384]) expect(colIndex(colLetter(c))).toBe(c)
    expect(colLetter(16384)).toBe('XFD')
    expect(dateToSerial('2026-01-01')).toBe(46023) // Excel: =DATE(2026,1,1) → 46023
    expect(serialToDate(46023)).toBe('2026-01-01')
  })
})

describe('evaluator', () => {
  it('precedence as in Excel: unary minus binds tighter than ^, ^ is left-associative', () => {
    expect(evalOne('-2^2')).toBe(4)
    expect(evalOne('2^3^2')).toBe(64)
    expect(evalOne('1+2*3-4/2')).toBe(5)
    expect(evalOne('"a"&"b"="AB"')).toBe(true)
    expect(evalOne('A1*-B1', { A1: n(3), B1: n(2) })).toBe(-6)
  })

  it('blank cells are 0, IF is lazy, errors propagate', () => {
    expect(evalOne('A1+1')).toBe(1)
    expect(evalOne('IF(0,1/0,7)')).toBe(7)
    expect(evalOne('1/0')).toEqual({ error: '#DIV/0!' })
    expect(evalOne('MIN(A1:A3)+MAX(A1:A3)+SUM(A1:A3)', { A1: n(1), A2: { t: 's', v: '' }, A3: n(5) })).toBe(12)
    expect(evalOne('AVERAGE(A1:A3)', { A1: n(1), A2: { t: 's', v: '' }, A3: n(5) })).toBe(3)
  })

  it('INDEX/MATCH (approximate), SUMPRODUCT, PMT, EDATE month ends, YEAR', () => {
    const years = { A1: n(2026), B1: n(2028), C1: n(2031), A2: n(10), B2: n(20), C2: n(30) }
    expect(evalOne('INDEX(A2:C2,MATCH(2030,A1:C1,1))', years)).toBe(20)
    expect(evalOne('MATCH(2025,A1:C1,1)', years)).toEqual({ error: '#N/A' })
    expect(evalOne('SUMPRODUCT(A1:C1,A2:C2)', years)).toBe(2026 * 10 + 2028 * 20 + 2031 * 30)
    // Closed form r·PV / (1 − (1+r)^−n) = 97,820.316… (Excel =PMT(4.5%,14,-1000000) shows 97,820.32)
    expect(evalOne('PMT(0.045,14,-1000000)') as number).toBeCloseTo((0.045 * 1_000_000) / (1 - Math.pow(1.045, -14)), 6)
    expect(evalOne('PMT(0.045,14,-1000000)') as number).toBeCloseTo(97_820.32, 2)
    expect(evalOne(`EDATE(${dateToSerial('2024-01-31')},1)`)).toBe(dateToSerial('2024-02-29'))
    expect(evalOne(`YEAR(${dateToSerial('2031-12-31')})`)).toBe(2031)
  })

  it('SUMIF with a text criterion (no case) and a number criterion', () => {
    const t = (v: string): Cell => ({ t: 's', v })
    const items = { A1: t('land'), B1: t('depreciable'), C1: t('Land'), A2: n(10), B2: n(20), C2: n(30) }
    expect(evalOne('SUMIF(A1:C1,"land",A2:C2)', items)).toBe(40)
    expect(evalOne('SUMIF(A1:C1,"none",A2:C2)', items)).toBe(0)
    expect(evalOne('SUMIF(A2:C2,20)', items)).toBe(20)
  })

  it('IRR matches the reference vector and reports #NUM! without a sign change', () => {
    expect(excelIrr([-1000, 300, 400, 500, 200]) as number).toBeCloseTo(0.15322, 5) // reliability.md §5.1: 15.32 % (Newton and bisection agree)
    expect(excelIrr([-1, -2])).toEqual({ error: '#NUM!' })
  })

  it('IRR: zero flows after the last non-zero one change nothing, also in the bisection fallback (issue 21)', () => {
    const zeros = (n: number) => Array.from({ length: n }, () => 0)
    // −1 + 0.5/(1+r) = 0 ⇔ r = −0.5 (by hand). Newton from 0.1 steps to −1.22 (below −1) and falls back to
    // bisection on [−0.9999, 10]; with 82 trailing zeros each zero flow was 0/(1e−4)^i = 0/0 = NaN there, and
    // the bisection closed on −0.9999.
    expect(excelIrr([-1, 0.5]) as number).toBeCloseTo(-0.5, 12)
    expect(excelIrr([-1, 0.5, ...zeros(82)]) as number).toBeCloseTo(-0.5, 12)
    // The 372-month series of tests/shared/finance/irr.test.ts (12 × −250,000, 240 × +40,000, 120 × 0):
    // 0.0117346869188774804… a month by a 60-digit bisection on the closed form (independent of both IRRs).
    // The engine's irr() gives the same; this evaluator used to give −0.9999 (the same 0/0).
    const f = [...Array.from({ length: 12 }, () => -250000), ...Array.from({ length: 240 }, () => 40000), ...zeros(120)]
    expect(excelIrr(f) as number).toBeCloseTo(0.011734686918877480, 14)
  })

  it('defined names resolve, and a circular reference is reported, not looped', () => {
    const ev = new WorkbookEvaluator(book({ A1: n(4), B1: f('Rate*2') }, [{ name: 'Rate', sheet: 'S', ref: '$A$1' }]))
    expect(ev.cell('S', 1, 2)).toBe(8)
    expect(() => new WorkbookEvaluator(book({ A1: f('B1'), B1: f('A1') })).cell('S', 1, 1)).toThrow(/circular reference/)
  })
})

describe('functions the Checks sheet relies on', () => {
  it('IFERROR turns an error into its fallback and passes a value through; COLUMNS counts a range', () => {
    const cells = { A1: n(1), B1: n(2), C1: n(3) }
    expect(evalOne('IFERROR(INDEX(A1:C1,1,5),FALSE)', cells)).toBe(false)
    expect(evalOne('IFERROR(INDEX(A1:C1,1,2),FALSE)', cells)).toBe(2)
    expect(evalOne('IFERROR(1/0,-1)', cells)).toBe(-1)
    expect(evalOne('COLUMNS(A1:C1)', cells)).toBe(3)
  })

  it('INDEX names the row and the column (the form Gnumeric accepts), and refuses a column past the end', () => {
    const cells = { A1: n(10), B1: n(20) }
    expect(evalOne('INDEX(A1:B1,1,2)', cells)).toBe(20)
    expect(evalOne('INDEX(A1:B1,1,3)', cells)).toEqual({ error: '#REF!' })
  })
})

describe('functions the contract and covenant rows rely on', () => {
  it('MATCH type 0 finds the first exact hit, text case-insensitively, #N/A otherwise; ISNUMBER reads it as a flag', () => {
    const cells: Record<string, Cell> = { A1: { t: 's', v: 'AAA' }, B1: { t: 's', v: 'BBB-' }, C1: { t: 's', v: 'BBB-' }, D1: n(5), E1: { t: 's', v: 'BB+' }, F1: { t: 'blank', style: 'inText' } }
    expect(evalOne('MATCH("BBB-",A1:D1,0)', cells)).toBe(2)
    expect(evalOne('MATCH("bbb-",A1:D1,0)', cells)).toBe(2)
    expect(evalOne('MATCH(5,A1:D1,0)', cells)).toBe(4)
    expect(evalOne('MATCH(E1,A1:D1,0)', cells)).toEqual({ error: '#N/A' })
    expect(evalOne('MATCH(F1,A1:D1,0)', cells)).toEqual({ error: '#N/A' })
    expect(evalOne('ISNUMBER(MATCH(E1,A1:D1,0))', cells)).toBe(false)
    expect(evalOne('ISNUMBER(MATCH(B1,A1:D1,0))', cells)).toBe(true)
  })

  it('NA() is #N/A; a styled blank cell reads as empty (ISNUMBER false, 0 in arithmetic)', () => {
    expect(evalOne('NA()')).toEqual({ error: '#N/A' })
    const cells: Record<string, Cell> = { A1: { t: 'blank', style: 'inMoney', blankOk: true } }
    expect(evalOne('ISNUMBER(A1)', cells)).toBe(false)
    expect(evalOne('A1+2', cells)).toBe(2)
  })
})
