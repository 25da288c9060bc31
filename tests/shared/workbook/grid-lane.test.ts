/**
 * Lanes (grid.ts): a second copy of sheets that reads its own rows and names, the shared sheets' rows,
 * and never the main model's — the base case behind a held-debt scenario must not mix in the case in view.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Book, type Lane, renameInFormula } from '@shared/workbook/grid'

const lane = (): Lane => ({ prefix: 'base', namePrefix: 'Base_', names: new Map([['Scn_Volume', '1']]), shared: new Set(['Inputs']) })
const formulaAt = (book: Book, sheet: string, row: number, col: number) => {
  const s = book.toDesc().sheets.find((x) => x.name === sheet)!
  const c = s.rows[row - 1]![col - 1]!
  return c.t === 'f' ? c.f : null
}

describe('lanes', () => {
  it('a lane formula reads its own row and name, a shared row, and the neutral value of a scenario name', () => {
    const book = new Book('t', 2)
    const inputs = book.addSheet('Inputs', false)
    inputs.scalar('qty', 'Quantity', 't', { t: 'n', v: 5 }, 'Qty')
    const main = book.addSheet('Ops', true)
    main.calc('out', 'Out', 't', (c) => `Qty*Scn_Volume*${c.at('k')}`)
    main.calc('k', 'K', 'x', () => 'Own_Factor')
    main.scalar('f', 'Factor', 'x', { t: 'n', v: 2 }, 'Own_Factor')
    const l = lane()
    book.inLane(l, () => {
      const s = book.addSheet('Base Ops', true)
      s.calc('out', 'Out', 't', (c) => `Qty*Scn_Volume*${c.at('k')}`)
      s.calc('k', 'K', 'x', () => 'Own_Factor')
      s.scalar('f', 'Factor', 'x', { t: 'n', v: 2 }, 'Own_Factor')
    })
    // No header: rows from 1. The main sheet reads its K row (row 2) and the scenario name.
    expect(formulaAt(book, 'Ops', 1, 5)).toBe('Qty*Scn_Volume*E2')
    // Same writer in the lane: its own K row, its own name, and Scn_Volume neutral.
    expect(formulaAt(book, 'Base Ops', 1, 5)).toBe('Qty*1*E2')
    expect(formulaAt(book, 'Base Ops', 2, 5)).toBe('Base_Own_Factor')
    expect(book.rowMap()['base:k']).toEqual({ sheet: 'Base Ops', row: 2 })
    expect(book.names.map((n) => n.name)).toEqual(['Qty', 'Own_Factor', 'Base_Own_Factor'])
  })

  it('refuses a lane row or name that would read the main model', () => {
    const rowBook = new Book('t', 1)
    rowBook.addSheet('Ops', true).calc('k', 'K', 'x', () => '1')
    rowBook.inLane(lane(), () => rowBook.addSheet('Base Cash', true).calc('use', 'Use', 'x', (c) => c.at('k')))
    expect(() => rowBook.toDesc()).toThrow(/lane base reads row k of the main model's sheet Ops/)
    const nameBook = new Book('t', 1)
    nameBook.addSheet('Ops', false).scalar(null, 'Solved', 'x', { t: 'n', v: 1 }, 'Solved')
    nameBook.inLane(lane(), () => nameBook.addSheet('Base Cash', true).calc('use', 'Use', 'x', () => 'Solved*2'))
    expect(() => nameBook.toDesc()).toThrow(/lane base reads the name Solved of the main model's sheet Ops/)
  })

  it('renames identifiers only: not inside strings, not functions, not sheet-qualified cells', () => {
    const map = new Map([['Periodic_Rate', 'Base_Periodic_Rate'], ['E5', 'X']])
    expect(renameInFormula(`IF(Periodic_Rate>0,"Periodic_Rate",MIN(Periodic_Rate,'Cash flow'!E5))`, (n) => map.get(n)))
      .toBe(`IF(Base_Periodic_Rate>0,"Periodic_Rate",MIN(Base_Periodic_Rate,'Cash flow'!E5))`)
  })

  it('renames exactly what the identifier expression outside string literals matches (random formulas)', () => {
    // The rule as it was written before the scan replaced it for speed.
    const IDENT = /(?<![A-Za-z0-9_.$!])([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_(!])/g
    const byRegex = (f: string, rename: (n: string) => string | undefined) =>
      f.split('"').map((part, i) => (i % 2 === 1 ? part : part.replace(IDENT, (m) => rename(m) ?? m))).join('"')
    const token = fc.constantFrom('Rate', 'Base_Rate', 'E12', '$E$12', 'E$1', 'x1', '_a', 'SUM(', 'IF(', "'Cash flow'!", 'Sheet1!', '1.5', '2E5', '.', '$', '!', '(', ')', ',', '+', '*', '"', '""', ' ', 'TRUE', 'Rate_2', 'a.b')
    const rename = (n: string) => (n === 'x1' ? undefined : n === 'Rate' ? 'Lane_Rate' : `[${n}]`)
    fc.assert(fc.property(fc.array(token, { maxLength: 24 }).map((t) => t.join('')), (f) => {
      expect(renameInFormula(f, rename)).toBe(byRegex(f, rename))
    }), { numRuns: 3000 })
  })
})
