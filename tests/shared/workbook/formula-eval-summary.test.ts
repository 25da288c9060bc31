/**
 * Functions the display unit and the annual summary rely on, as Excel, LibreOffice and Gnumeric
 * compute them (the recalculation tests in tests/xlsx confirm the sheets in both programs).
 */
import { describe, expect, it } from 'vitest'
import { colIndex } from '../../../src/shared/workbook/a1'
import { WorkbookEvaluator } from '../../../src/shared/workbook/formula-eval'
import type { Cell, WorkbookDesc } from '../../../src/shared/workbook/types'

const book = (cells: Record<string, Cell>): WorkbookDesc => {
  const rows: (Cell | undefined)[][] = []
  for (const [ref, c] of Object.entries(cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!
    const r = Number(m[2]) - 1
    while (rows.length <= r) rows.push([])
    rows[r]![colIndex(m[1]!) - 1] = c
  }
  return { title: 't', names: [], sheets: [{ name: 'S', rows, colWidths: [], groups: [], landscape: false }] }
}
const f = (x: string): Cell => ({ t: 'f', f: x })
const n = (v: number): Cell => ({ t: 'n', v })
const s = (v: string): Cell => ({ t: 's', v })
const evalOne = (formula: string, extra: Record<string, Cell> = {}) => new WorkbookEvaluator(book({ ...extra, Z1: f(formula) })).cell('S', 1, 26)

describe('MATCH with match type 0 (exact)', () => {
  const scales = { A1: s('full'), B1: s('lakh'), C1: s('crore'), A2: n(1), B2: n(1e5), C2: n(1e7), A3: n(2027), B3: n(2028), C3: n(2028) }
  it('finds text without regard to case, the first of equal numbers, and answers #N/A otherwise', () => {
    expect(evalOne('MATCH("crore",A1:C1,0)', scales)).toBe(3)
    expect(evalOne('MATCH("LAKH",A1:C1,0)', scales)).toBe(2)
    expect(evalOne('INDEX(A2:C2,1,MATCH("crore",A1:C1,0))', scales)).toBe(1e7)
    expect(evalOne('MATCH(2028,A3:C3,0)', scales)).toBe(2)
    expect(evalOne('MATCH("crores",A1:C1,0)', scales)).toEqual({ error: '#N/A' })
    expect(evalOne('MATCH(1,A1:C1,0)', scales)).toEqual({ error: '#N/A' })
  })
  it('approximate match (type 1) is unchanged: the last position not above the value', () => {
    expect(evalOne('MATCH(2028,A3:C3,1)', scales)).toBe(3)
    expect(evalOne('MATCH(2029,A3:C3)', scales)).toBe(3)
  })
})

describe('SUMIF with a value criterion', () => {
  const rows = { A1: n(2027), B1: n(2027), C1: n(2028), D1: n(2028), A2: n(10), B2: n(5), C2: s(''), D2: n(-3) }
  it('sums the cells whose key equals the value, skipping text; 0 when none match', () => {
    expect(evalOne('SUMIF(A1:D1,2027,A2:D2)', rows)).toBe(15)
    expect(evalOne('SUMIF(A1:D1,2028,A2:D2)', rows)).toBe(-3)
    expect(evalOne('SUMIF(A1:D1,2030,A2:D2)', rows)).toBe(0)
    expect(evalOne('SUMIF(A1:D1,A1,A2:D2)', rows)).toBe(15)
  })
  it('without a sum range sums the matching keys; an error in a summed cell propagates', () => {
    expect(evalOne('SUMIF(A1:D1,2028)', rows)).toBe(4056)
    expect(evalOne('SUMIF(A1:D1,2027,A2:D2)', { ...rows, B2: f('1/0') })).toEqual({ error: '#DIV/0!' })
  })
})
