/**
 * Issue 11, smaller defects: the .xlsx reader neither loses nor invents data (bad shared-string
 * indexes, hex/binary/empty values are refused with the cell's address), the CSV row limit counts
 * rows and not line breaks, and lot-schema problems carry a code that says what is wrong.
 */
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importRows } from '../../../src/shared/import'
import { CATALYST_LOT_COLUMNS } from '../../../src/shared/import/lot-import'
import { buildXlsx, row } from './build-xlsx'

const sheetWith = (cell: string) => buildXlsx([{ name: 'Lots', xml: `${row(1, ['Lot ID'])}<row r="2">${cell}</row>` }], { sharedStrings: ['a', 'b'] })

describe('.xlsx cells are read as written or refused with their address', () => {
  it.each([
    ['shared-string index out of range', '<c r="A2" t="s"><v>7</v></c>', /^Lots!A2: shared-string index "7" does not exist/],
    ['shared-string index not a number', '<c r="A2" t="s"><v>x1</v></c>', /^Lots!A2: shared-string index "x1"/],
    ['hex number', '<c r="A2"><v>0x7D0</v></c>', /^Lots!A2: "0x7D0" is not a decimal number/],
    ['binary number', '<c r="A2"><v>0b101</v></c>', /^Lots!A2: "0b101" is not a decimal number/],
    ['empty value', '<c r="A2"><v></v></c>', /^Lots!A2: the cell has an empty value/],
    ['boolean other than 0/1', '<c r="A2" t="b"><v>2</v></c>', /^Lots!A2: "2" is not a boolean/]
  ])('%s', (_name, cell, message) => {
    const r = importRows(sheetWith(cell), 'l.xlsx', 'catalyst-lots')
    expect(r).toMatchObject({ ok: false, code: 'invalid-cell' })
    expect('message' in r && r.message).toMatch(message)
  })

  it('valid shared strings and decimal numbers still read', () => {
    const r = importRows(sheetWith('<c r="A2" t="s"><v>1</v></c><c r="B2"><v>1.5E3</v></c>'), 'l.xlsx', 'catalyst-lots')
    expect(r.ok).toBe(false)
    expect(r).toMatchObject({ code: 'invalid-rows', preview: { rows: [['Lot ID', ''], ['b', '1500']] } })
  })
})

describe('CSV row limit counts rows, not line breaks', () => {
  const body = (n: number) => `Lot ID\n${'x\n'.repeat(n - 1)}x`
  it.each([['without', ''], ['with', '\n'], ['with CRLF', '\r\n']])('header + 99,999 rows %s a trailing newline is read', (_n, tail) => {
    const r = importRows(strToU8(body(99_999) + tail), 'l.csv', 'catalyst-lots')
    expect(r).toMatchObject({ ok: false, code: 'invalid-rows' })
  })
  it('header + 100,000 rows is too large', () => {
    expect(importRows(strToU8(body(100_000)), 'l.csv', 'catalyst-lots')).toMatchObject({ ok: false, code: 'range-too-large' })
  })
})

describe('lot-import errors say what is wrong', () => {
  const header = CATALYST_LOT_COLUMNS.map((c) => c.header)
  const good = ['c1', 'C1', 'USD', '2025-06-15', '', '2100', '2000', '1.5%', '1000', '98%', '1308', '15', '', '', '', '', '', '', '', '', '1.5']
  const csv = (cells: string[]) => strToU8(`${header.join(',')}\n${cells.join(',')}`)
  it('net wet above gross is an invalid value at the Net wet kg cell, not "required"', () => {
    const cells = [...good]
    cells[header.indexOf('Net wet kg')] = '4200'
    const r = importRows(csv(cells), 'l.csv', 'catalyst-lots')
    if (r.ok || !('errors' in r)) throw new Error(JSON.stringify(r))
    expect(r.errors).toEqual([expect.objectContaining({ row: 2, column: 'G', code: 'invalid-value', message: expect.stringContaining('gross') })])
  })
  it('a missing required value is still "required"', () => {
    const cells = [...good]
    cells[header.indexOf('Gross kg')] = ''
    const r = importRows(csv(cells), 'l.csv', 'catalyst-lots')
    if (r.ok || !('errors' in r)) throw new Error(JSON.stringify(r))
    expect(r.errors.map((e) => [e.column, e.code])).toContainEqual(['F', 'required'])
  })
})
